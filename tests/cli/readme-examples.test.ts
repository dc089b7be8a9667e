/**
 * Every JSON example in the README validates against the schema its "$schema" names, so
 * the README cannot drift from the format again; a profile example must also pass the
 * profile's own rules (one language set, an emergency contact, no example contacts).
 * A new kind of example fails here until its schema is added to SCHEMAS.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { course } from '../../src/course/course-schema.ts';
import { profile } from '../../src/course/profile-schema.ts';
import { translationFile } from '../../src/course/translation-schema.ts';
import type { Profile } from '../../src/course/types.ts';
import { problemAt } from '../../src/validator/error-catalogue.ts';
import { formatPath, formatProblem, type Problem } from '../../src/validator/problem.ts';
import { PROFILE_RULES } from '../../src/validator/profile-rules.ts';
import { extractStrings, optionalStrings } from '../../src/validator/translations.ts';
import { validateJsonFile } from '../../src/validator/validate-file.ts';
import { ROOT } from '../support/courses.ts';

const SCHEMAS: Record<string, z.ZodType> = {
  'course.schema.json': course,
  'profile.schema.json': profile,
  'translation.schema.json': translationFile,
};

interface Example {
  line: number;
  text: string;
}

/** The ```json blocks of a Markdown text, with the line each starts on. */
function jsonExamples(markdown: string): Example[] {
  const examples: Example[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() !== '```json') continue;
    const end = lines.findIndex((line, j) => j > i && line.trim() === '```');
    examples.push({ line: i + 2, text: lines.slice(i + 1, end).join('\n') });
    i = end;
  }
  return examples;
}

/** What is wrong with one example, as lines; empty when it validates. */
function exampleProblems({ line, text }: Example): string[] {
  let value: { $schema?: unknown };
  try {
    value = JSON.parse(text);
  } catch (error) {
    return [`README.md:${line}: not JSON: ${(error as Error).message}`];
  }
  const name = String(value.$schema ?? '')
    .split('/')
    .pop()!;
  const schema = SCHEMAS[name];
  if (!schema) return [`README.md:${line}: names no known "$schema" (${String(value.$schema)}); add it to SCHEMAS`];
  // Positions inside the example, moved to where the example sits in the README.
  const { problems, value: parsed, source } = validateJsonFile('README.md', text, schema);
  const found: Problem[] = [...problems];
  if (name === 'profile.schema.json' && parsed && source) {
    // The profile's own rules, as in its folder: named by its id, with its logo on disk.
    const context = {
      profile: parsed as Profile,
      folderName: (parsed as Profile).id,
      folderPath: `organisations/${(parsed as Profile).id}`,
      fileExists: () => true,
      report: ((path, rule, params) =>
        found.push(
          problemAt({ file: 'README.md', ...source.locate(path), path: formatPath(path) }, rule, params),
        )) as Parameters<(typeof PROFILE_RULES)[number]>[0]['report'],
    };
    for (const rule of PROFILE_RULES) rule(context);
  }
  return found.filter((p) => p.severity === 'error').map((p) => formatProblem({ ...p, line: line + p.line - 1 }));
}

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const examples = jsonExamples(README);

describe('README JSON examples', () => {
  it('finds a course, a translation and an organisation profile', () => {
    const names = examples.map((e) => String(JSON.parse(e.text).$schema).split('/').pop());
    expect(names).toEqual(
      expect.arrayContaining(['course.schema.json', 'translation.schema.json', 'profile.schema.json']),
    );
  });

  it.each(examples)('validates the example at README.md:$line', (example) => {
    expect(exampleProblems(example)).toEqual([]);
  });

  it('uses translation keys the real course has', () => {
    const translation = examples
      .map((e) => JSON.parse(e.text))
      .find((v) => String(v.$schema).endsWith('translation.schema.json'));
    const source = JSON.parse(readFileSync(join(ROOT, 'courses/self-care/course.json'), 'utf8'));
    const keys = new Set([...extractStrings(source), ...optionalStrings(source)].map((s) => s.key));
    expect(Object.keys(translation.strings).filter((key) => !keys.has(key))).toEqual([]);
  });

  it('catches an example that has drifted, such as a contact of an unknown kind', () => {
    const planted = [
      '```json',
      '{ "$schema": "../../course.schema.json", "id": "x", "version": "1.0.0", "title": "X", "description": "X",',
      '  "language": "en", "estimatedMinutes": 1, "objectives": [{ "id": "o", "text": "O" }],',
      '  "lessons": [{ "id": "l", "title": "L", "pages": [{ "id": "p", "title": "P",',
      '    "blocks": [{ "type": "contacts", "id": "c", "kinds": ["friend"] }] }] }],',
      '  "completion": { "when": ["pages-complete"] } }',
      '```',
    ];
    const [example] = jsonExamples(planted.join('\n'));
    expect(exampleProblems(example!)).toMatchInlineSnapshot(`
      [
        "README.md:5:59 → lessons[0].pages[0].blocks[0].kinds[0]: the text "friend" is not allowed here. Use one of "emergency", "organisation", "helpline", "peer-support", "professional".",
      ]
    `);
    expect(exampleProblems({ line: 1, text: '[{ "id": "x" }]' })).toMatchInlineSnapshot(`
      [
        "README.md:1: names no known "$schema" (undefined); add it to SCHEMAS",
      ]
    `);
  });

  it('catches a profile example that breaks the profile rules, such as an example address', () => {
    const acme = examples.map((e) => e.text).find((text) => text.includes('profile.schema.json'))!;
    const planted = acme.replace(/"phone": "[^"]*"/, '"email": "help@example.org"');
    expect(planted).not.toBe(acme);
    expect(
      exampleProblems({ line: 1, text: planted }).map((line) => line.replace(/:\d+:\d+/, ':…')),
    ).toMatchInlineSnapshot(`
      [
        "README.md:… → contacts.en.contacts[0].email: "help@example.org" is on a domain reserved for examples, so whoever turns to it would reach nobody. Put your organisation's real contact here.",
      ]
    `);
  });
});
