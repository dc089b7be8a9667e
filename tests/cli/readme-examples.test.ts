/**
 * Every JSON example in the README validates against the schema its "$schema" names, so
 * the README cannot drift from the format again. A new kind of example (an organisation
 * profile, say) fails here until its schema is added to SCHEMAS.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { contactsFile, course } from '../../src/course/course-schema.ts';
import { translationFile } from '../../src/course/translation-schema.ts';
import { formatProblem } from '../../src/validator/problem.ts';
import { extractStrings, optionalStrings } from '../../src/validator/translations.ts';
import { validateJsonFile } from '../../src/validator/validate-file.ts';
import { ROOT } from '../support/courses.ts';

const SCHEMAS: Record<string, z.ZodType> = {
  'course.schema.json': course,
  'contacts.schema.json': contactsFile,
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
  return validateJsonFile('README.md', text, schema).problems.map((p) =>
    formatProblem({ ...p, line: line + p.line - 1 }),
  );
}

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const examples = jsonExamples(README);

describe('README JSON examples', () => {
  it('finds a course, a contacts file and a translation', () => {
    const names = examples.map((e) => String(JSON.parse(e.text).$schema).split('/').pop());
    expect(names).toEqual(
      expect.arrayContaining(['course.schema.json', 'contacts.schema.json', 'translation.schema.json']),
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

  it('catches an example that has drifted, such as contacts written as a bare list', () => {
    const planted = [
      '```json',
      '{ "$schema": "../../contacts.schema.json", "contacts": [{ "id": "x", "kind": "friend", "name": "A" }] }',
      '```',
    ];
    const [example] = jsonExamples(planted.join('\n'));
    expect(exampleProblems(example!)).toMatchInlineSnapshot(`
      [
        "README.md:2:78 → contacts[0].kind: the text "friend" is not allowed here. Use one of "emergency", "organisation", "helpline", "peer-support", "professional".",
      ]
    `);
    expect(exampleProblems({ line: 1, text: '[{ "id": "x" }]' })).toMatchInlineSnapshot(`
      [
        "README.md:1: names no known "$schema" (undefined); add it to SCHEMAS",
      ]
    `);
  });
});
