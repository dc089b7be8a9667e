/**
 * The JSON Schemas authors' editors use are generated from the zod schema and checked
 * in. These tests fail when they fall behind, and when a course names the wrong one.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderJsonSchema, SCHEMA_FILES } from '../../src/cli/json-schemas.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const COURSE_DIRS = ['courses', 'tests/fixtures/courses', 'organisations', 'tests/fixtures/organisations'];

/** Every JSON file under the course folders, relative to the project root. */
function jsonFiles(): string[] {
  return COURSE_DIRS.filter((dir) => existsSync(join(ROOT, dir)))
    .flatMap((dir) =>
      readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' }).map(
        (path) => `${dir}/${path.split(sep).join('/')}`,
      ),
    )
    .filter((path) => path.endsWith('.json'))
    .sort();
}

/** The "$schema" a file names, read from its text so that a file with a syntax error still answers. */
const schemaNamedIn = (file: string) => /"\$schema"\s*:\s*"([^"]*)"/.exec(readFileSync(join(ROOT, file), 'utf8'))?.[1];

describe('generated JSON Schemas', () => {
  it.each(Object.keys(SCHEMA_FILES) as (keyof typeof SCHEMA_FILES)[])('%s matches the zod schema', (name) => {
    const checkedIn = readFileSync(join(ROOT, name), 'utf8');
    expect(checkedIn, `${name} is out of date with src/course. Run \`npm run schema\` and commit the result`).toBe(
      renderJsonSchema(name),
    );
  });
});

describe('"$schema" in course and profile files', () => {
  const files = jsonFiles();
  const courses = files.filter((file) => file.endsWith('/course.json'));

  it('finds the fixture courses', () => {
    expect(courses).toEqual(
      expect.arrayContaining(['tests/fixtures/courses/mini/course.json', 'tests/fixtures/courses/sample/course.json']),
    );
  });

  it('finds the profiles, the demo and the test profiles', () => {
    expect(files.filter((file) => file.endsWith('/profile.json'))).toEqual([
      'organisations/demo/profile.json',
      'tests/fixtures/organisations/lakeside/profile.json',
      'tests/fixtures/organisations/oasis/profile.json',
    ]);
  });

  it.each(files.filter((file) => file.endsWith('/profile.json')))(
    '%s points at the root profile.schema.json',
    (file) => {
      expect(resolve(dirname(join(ROOT, file)), schemaNamedIn(file) ?? '')).toBe(join(ROOT, 'profile.schema.json'));
    },
  );

  it.each(courses)('%s points at the root course.schema.json', (file) => {
    const expected = relative(dirname(join(ROOT, file)), join(ROOT, 'course.schema.json'))
      .split(sep)
      .join('/');
    expect(schemaNamedIn(file), `${file} should name "$schema": "${expected}"`).toBe(expected);
  });

  // Translation files may leave "$schema" out, but one they name must be the right one.
  const others = files
    .map((file) => [file, file.includes('/i18n/') ? 'translation.schema.json' : undefined] as const)
    .filter(([file, schema]) => schema && schemaNamedIn(file) !== undefined);

  it.each(others)('%s points at the root %s', (file, schema) => {
    expect(resolve(dirname(join(ROOT, file)), schemaNamedIn(file)!)).toBe(join(ROOT, schema!));
  });
});
