/**
 * Question blocks. The same shapes serve as knowledge checks (inside a page, practice
 * only) and as graded questions (inside `assessment.questions`, scored). Where a
 * question sits decides its purpose, so a question can never be both.
 */
import { z } from 'zod';
import { id, idRef, markdown, plainText } from './schema-primitives.ts';

const feedback = z
  .strictObject({
    correct: markdown.meta({ description: 'Shown after a correct answer. Say why it is right.' }),
    incorrect: markdown.meta({ description: 'Shown after a wrong answer. Explain why, without blame.' }),
    partial: markdown
      .optional()
      .meta({ description: 'Shown when some but not all parts are right (multiple choice, matching, ordering).' }),
  })
  .meta({ description: 'Feedback that explains why. Required on every question.' });

const questionBase = {
  id,
  prompt: markdown,
  objectives: z
    .array(idRef)
    .default([])
    .meta({ description: 'Ids of the learning objectives this question assesses.' }),
  weight: z.number().positive().max(100).default(1).meta({ description: 'Relative weight in the assessment score.' }),
  attempts: z.int().min(1).max(10).default(1).meta({
    description: 'How many tries the learner gets before the answer is final. Knowledge checks often allow 2.',
  }),
  feedback,
  alwaysDraw: z.boolean().optional().meta({
    description:
      'Graded questions only: every assessment attempt includes this question, such as the one on crisis referral.',
  }),
};

const choice = z.strictObject({
  id,
  text: markdown,
  feedback: markdown.optional().meta({ description: 'Feedback for this choice when it is picked.' }),
});

const shuffle = z.boolean().default(true).meta({ description: 'Show choices in a different order to each learner.' });

export const singleChoice = z.strictObject({
  type: z.literal('single-choice'),
  ...questionBase,
  choices: z.array(choice).min(2).max(8),
  correct: idRef.meta({ description: 'The id of the correct choice.' }),
  shuffle,
});

export const multipleChoice = z.strictObject({
  type: z.literal('multiple-choice'),
  ...questionBase,
  choices: z.array(choice).min(2).max(10),
  correct: z.array(idRef).min(1).meta({ description: 'The ids of every correct choice.' }),
  shuffle,
});

export const trueFalse = z.strictObject({
  type: z.literal('true-false'),
  ...questionBase,
  correct: z.boolean().meta({ description: 'Whether the statement in the prompt is true.' }),
});

export const matching = z.strictObject({
  type: z.literal('matching'),
  ...questionBase,
  pairs: z
    .array(z.strictObject({ id, prompt: plainText, match: plainText }))
    .min(2)
    .max(8)
    .meta({
      description: 'Each prompt and the one answer it matches. The learner picks a match for each prompt from a list.',
    }),
  distractors: z
    .array(z.strictObject({ id, text: plainText }))
    .max(4)
    .default([])
    .meta({ description: 'Extra answers that match no prompt.' }),
  shuffle,
});

export const ordering = z.strictObject({
  type: z.literal('ordering'),
  ...questionBase,
  items: z
    .array(z.strictObject({ id, text: plainText }))
    .min(3)
    .max(8)
    .meta({ description: 'The items in their correct order. The player shows them shuffled.' }),
});

export const questionTypes = [singleChoice, multipleChoice, trueFalse, matching, ordering] as const;
export const question = z.discriminatedUnion('type', [...questionTypes]);
