/** The JSON Schemas editors use to autocomplete and check course and profile files, generated from the zod schema. */
import { z } from 'zod';
import { course } from '../course/course-schema.ts';
import { profile } from '../course/profile-schema.ts';
import { translationFile } from '../course/translation-schema.ts';

export const SCHEMA_FILES = {
  'course.schema.json': { schema: course, title: 'Course' },
  'profile.schema.json': { schema: profile, title: 'Organisation profile' },
  'translation.schema.json': { schema: translationFile, title: 'Course translation' },
} as const;

/** The text of one generated schema file, stable from run to run. */
export function renderJsonSchema(name: keyof typeof SCHEMA_FILES): string {
  const { schema, title } = SCHEMA_FILES[name];
  // draft-07 is the version every common editor's JSON support understands fully.
  const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-07', unrepresentable: 'any', reused: 'ref' });
  return `${JSON.stringify(
    { ...json, title, description: `Generated from src/course by \`npm run schema\`. Do not edit by hand.` },
    null,
    2,
  )}\n`;
}
