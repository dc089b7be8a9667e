/**
 * A translation: one file per language under `courses/<id>/i18n/<language>.json`.
 * It holds only strings, keyed by the stable ids of the source course, so every
 * language shares the same structure, ids and learner progress keys.
 */
import { z } from 'zod';
import { LANGUAGE_TAG } from './language.ts';
import { semver } from './schema-primitives.ts';

export const translationFile = z.strictObject({
  $schema: z.string().optional(),
  language: z.string().regex(LANGUAGE_TAG, { error: 'must be a BCP 47 language tag such as "fr" or "ar"' }),
  direction: z.enum(['ltr', 'rtl']).optional(),
  sourceVersion: semver.meta({ description: 'The source course version this translation was made from.' }),
  estimatedMinutes: z.int().min(1).max(6000).optional().meta({
    description:
      "Minutes this language takes, shown to its learners. Leave out to show the course's; either must agree with this language's estimate.",
  }),
  strings: z.record(z.string().min(1), z.string()).meta({
    description:
      'Every translatable string of the source course, by key. Run `npm run validate` to list missing keys. An image may also take "<image id>.src", a file of its own for this language.',
  }),
});
