/**
 * The course format: the one definition of what a course is. Course types come from
 * here (`z.infer`), and so does the JSON Schema authors' editors use.
 */
import { z } from 'zod';
import { block } from './blocks-schema.ts';
import { LANGUAGE_TAG } from './language.ts';
import { question } from './questions-schema.ts';
import { assetPath, id, markdown, plainText, semver } from './schema-primitives.ts';

/** A picture outside the blocks: a course cover or a lesson opening. Always described, always sized. */
export const picture = z
  .strictObject({
    src: assetPath.meta({ description: 'An image file in the course folder, such as "media/cover.svg".' }),
    alt: plainText.meta({ description: 'What the picture shows that matters, for people who cannot see it.' }),
    width: z
      .int()
      .positive()
      .max(10_000)
      .meta({ description: 'Intrinsic width in pixels, so the page does not jump while it loads.' }),
    height: z.int().positive().max(10_000),
  })
  .meta({ id: 'picture', description: 'A described, sized picture.' });

/** Where to learn more, offered on the completion screen. */
export const furtherLearningItem = z.strictObject({
  id,
  title: plainText,
  description: markdown.optional(),
  url: z
    .url({ protocol: /^https?$/ })
    .optional()
    .meta({ description: 'An http(s) address. Leave out for a course found in the learning platform by its title.' }),
});

export const page = z.strictObject({
  id,
  title: plainText,
  sensitive: z
    .boolean()
    .default(false)
    .meta({ description: 'Shows the course content note again before this page, for distressing material.' }),
  blocks: z.array(block).min(1),
});

export const lesson = z.strictObject({
  id,
  title: plainText,
  description: markdown
    .optional()
    .meta({ description: 'One or two sentences on what the learner will do, shown when the lesson opens.' }),
  image: picture.optional().meta({
    description: 'A picture for the lesson opening, shown above its first page. Leave out for none.',
  }),
  pages: z.array(page).min(1),
});

export const assessment = z
  .strictObject({
    id,
    title: plainText,
    intro: markdown,
    passMark: z
      .number()
      .min(0)
      .max(100)
      .meta({ description: 'Percentage needed to pass, 0–100. An LMS mastery score overrides it.' }),
    draw: z
      .int()
      .positive()
      .optional()
      .meta({ description: 'How many questions each attempt draws from the pool, in all. Leave out to use them all.' }),
    drawPerObjective: z.int().min(1).max(10).optional().meta({
      description:
        'Each attempt draws at least this many questions on every learning objective, within "draw". Leave out to draw at random.',
    }),
    questions: z
      .array(question)
      .min(1)
      .meta({ description: 'The question pool. These are the only graded questions in the course.' }),
    maxAttempts: z
      .int()
      .min(1)
      .max(100)
      .optional()
      .meta({ description: 'How many times the learner may take the assessment. Leave out for no limit.' }),
    retakeAfterPass: z
      .boolean()
      .default(false)
      .meta({ description: 'Whether a learner who passed may try again for a better score.' }),
    requires: z
      .enum(['pages-complete', 'none'])
      .default('pages-complete')
      .meta({ description: 'The assessment stays locked until every page is complete, unless "none".' }),
  })
  .meta({ description: 'The graded final assessment.' });

export const COMPLETION_CONDITIONS = ['pages-complete', 'assessment-passed', 'assessment-finished'] as const;

export const completion = z
  .strictObject({
    when: z
      .array(z.enum(COMPLETION_CONDITIONS))
      .min(1)
      .meta({ description: 'Every condition listed must hold for the course to be complete.' }),
    onFailure: z
      .enum(['failed', 'incomplete'])
      .default('failed')
      .meta({ description: 'What the LMS is told when the learner uses every assessment attempt without passing.' }),
  })
  .meta({ description: 'Declarative completion rules.' });

export const course = z.strictObject({
  $schema: z.string().optional(),
  id,
  version: semver.meta({ description: 'Bump it on every published change. Saved progress records it.' }),
  title: plainText,
  description: markdown,
  cover: picture.optional().meta({ description: 'The course cover, shown on the first screen. 16:9 suits it best.' }),
  language: z.string().regex(LANGUAGE_TAG, { error: 'must be a BCP 47 language tag such as "en", "fr" or "ar-EG"' }),
  direction: z
    .enum(['ltr', 'rtl'])
    .optional()
    .meta({ description: 'Text direction. Leave out to follow the language.' }),
  estimatedMinutes: z.int().min(1).max(6000),
  objectives: z
    .array(z.strictObject({ id, text: plainText }))
    .min(1)
    .max(12),
  contentNote: z
    .strictObject({ title: plainText.optional(), body: markdown })
    .optional()
    .meta({ description: 'Shown before the course starts and before sensitive pages.' }),
  navigation: z.enum(['sequential', 'free']).default('sequential').meta({
    description: '"sequential": each page unlocks when the one before it is complete. "free": any page, any order.',
  }),
  assets: z
    .strictObject({
      allowRemote: z
        .array(z.string().regex(/^https:\/\/[^/]+\//, { error: 'must be an https:// address ending in "/"' }))
        .default([])
        .meta({ description: 'URL prefixes media may load from. Empty by default: everything ships in the package.' }),
    })
    .default({ allowRemote: [] }),
  lessons: z.array(lesson).min(1),
  assessment: assessment.optional(),
  completion,
  furtherLearning: z
    .array(furtherLearningItem)
    .max(8)
    .superRefine((items, ctx) => {
      const seen = new Set<string>();
      items.forEach((item, i) => {
        if (seen.has(item.id))
          ctx.addIssue({
            code: 'custom',
            path: [i, 'id'],
            message: `"${item.id}" is used twice in furtherLearning. Give each resource its own id`,
          });
        seen.add(item.id);
      });
    })
    .optional()
    .meta({
      description:
        'Resources and other courses to suggest on the completion screen, in order. Their ids key their translations.',
    }),
});
