/**
 * A value of the wrong shape where an object belongs gets a message that names the
 * object's fields, so an author who wrote a string or a list learns what to write instead.
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { course } from '../../src/course/course-schema.ts';
import { profile } from '../../src/course/profile-schema.ts';
import { formatProblem } from '../../src/validator/problem.ts';
import { validateJsonFile } from '../../src/validator/validate-file.ts';
import { copyFixture, REPO_ROOT, tempDir } from '../packaging/helpers.ts';

const temp = tempDir();

const problemsIn = (file: string, schema: typeof course | typeof profile) =>
  validateJsonFile(file, readFileSync(file, 'utf8'), schema).problems.map((p) =>
    formatProblem(p).replace(`${temp}/`, '<temp>/'),
  );

describe('shape messages', () => {
  it('name the fields of a choice written as plain text', () => {
    const dir = copyFixture('mini', temp, {
      'course.json': (c) => (c.lessons[0].pages[1].blocks[0].choices[0] = 'Are you okay?'),
    });
    expect(
      problemsIn(join(dir, 'course.json'), course).map((line) => line.replace(/^.*course\.json/, 'course.json')),
    ).toMatchInlineSnapshot(`
      [
        "course.json:51:17 → lessons[0].pages[1].blocks[0].choices[0]: should be an object { id, text, feedback? }, not the text "Are you okay?".",
      ]
    `);
  });

  it("name the fields of a language's contacts written as a bare list", () => {
    const file = join(temp, 'profile.json');
    const lakeside = JSON.parse(
      readFileSync(join(REPO_ROOT, 'tests/fixtures/organisations/lakeside/profile.json'), 'utf8'),
    );
    lakeside.contacts.en = lakeside.contacts.en.contacts;
    writeFileSync(file, JSON.stringify(lakeside));
    expect(
      problemsIn(file, profile).map((line) => line.replace(/^.*profile\.json/, 'profile.json')),
    ).toMatchInlineSnapshot(`
      [
        "profile.json:1:287 → contacts.en: should be an object { note?, contacts }, not a list.",
      ]
    `);
  });

  it('name the fields of a missing object', () => {
    const dir = copyFixture('mini', temp, { 'course.json': (c) => delete c.lessons[0].pages[1].blocks[0].feedback });
    expect(
      problemsIn(join(dir, 'course.json'), course).map((line) => line.replace(/^.*course\.json/, 'course.json')),
    ).toMatchInlineSnapshot(`
      [
        "course.json:43:13 → lessons[0].pages[1].blocks[0].feedback: is missing. Add an object { correct, incorrect, partial? } here.",
      ]
    `);
  });
});
