/**
 * Every broken fixture under tests/fixtures/broken is the mini course with one mistake.
 * Each test pins the exact lines an author sees, so the wording and the line:column
 * stay right. Each fixture should give one problem, at the spot of the mistake.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { courseChecks } from '../../src/validator/flow-check.ts';
import { MAX_FILE_BYTES } from '../../src/validator/json-source.ts';
import { nodeCourseFolder } from '../../src/validator/node-folder.ts';
import { formatProblem } from '../../src/validator/problem.ts';
import { validateCourseFolder } from '../../src/validator/validate-course.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BROKEN = 'tests/fixtures/broken';
const tested = new Set<string>();

/** The formatted problem lines for one fixture, which must not validate. */
function problemsOf(name: string): string[] {
  tested.add(name);
  const { problems, courses } = validateCourseFolder(nodeCourseFolder(`${BROKEN}/${name}`, ROOT), courseChecks);
  expect(courses).toEqual([]);
  expect(problems.length).toBeGreaterThan(0);
  const lines = problems.map(formatProblem);
  // `file:line:col → path: what is wrong. What to do.`, with no "Error" in front.
  for (const line of lines)
    expect(line).toMatch(/^tests\/fixtures\/broken\/[a-z-]+\/[\w/-]+\.json:\d+:\d+ → (?:\S+: )?[a-z0-9"].*\.$/);
  return lines;
}

/** Every file under a folder with its size and modification time, to show nothing was written. */
function fileStates(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((rel) => {
      const stat = statSync(join(dir, rel));
      return `${rel} ${stat.size} ${stat.mtimeMs}`;
    });
}

const before = fileStates(join(ROOT, BROKEN));

// #region JSON syntax and file-level problems
describe('JSON syntax', () => {
  it('reports a missing comma after the item that lacks it', () => {
    expect(problemsOf('syntax-missing-comma')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/broken/syntax-missing-comma/course.json:4:21 → invalid JSON: a comma is missing here, between two items. Add ",".",
      ]
    `);
  });

  it('reports a trailing comma once, at the comma', () => {
    expect(problemsOf('syntax-trailing-comma')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/broken/syntax-trailing-comma/course.json:42:45 → invalid JSON: a comma before "}" has nothing after it. Remove this trailing comma.",
      ]
    `);
  });

  it('reports a comment as not allowed in JSON', () => {
    expect(problemsOf('syntax-comment')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/broken/syntax-comment/course.json:8:3 → invalid JSON: comments are not allowed in JSON. Remove the comment.",
      ]
    `);
  });

  it('reports an empty file and how to start one', () => {
    expect(problemsOf('empty-file')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/broken/empty-file/course.json:1:1 → the file is empty. Start from a course made by \`npm run new-course -- <id>\`.",
      ]
    `);
  });

  it('reports a field that appears twice at its second appearance', () => {
    expect(problemsOf('duplicate-key')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/broken/duplicate-key/course.json:8:3 → title: this field appears twice in the same object, and only the last one would count. Keep one.",
      ]
    `);
  });

  describe('a file above the size limit', () => {
    let temp: string;
    beforeAll(() => {
      temp = mkdtempSync(join(tmpdir(), 'pss-large-course-'));
      const course = readFileSync(join(ROOT, 'tests/fixtures/courses/mini/course.json'), 'utf8');
      // The usual way a course grows this large: an image pasted in as a data: URL.
      const pasted = `data:image/png;base64,${'A'.repeat(MAX_FILE_BYTES + 512 * 1024)}`;
      mkdirSync(join(temp, 'large'));
      writeFileSync(join(temp, 'large/course.json'), course.replace('"media/listening.svg"', JSON.stringify(pasted)));
    });
    afterAll(() => rmSync(temp, { recursive: true, force: true }));

    it('is refused before parsing, with its size', () => {
      expect(statSync(join(temp, 'large/course.json')).size).toBeGreaterThan(MAX_FILE_BYTES);
      const { problems, courses } = validateCourseFolder(nodeCourseFolder('large', temp), courseChecks);
      expect(courses).toEqual([]);
      expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
        [
          "large/course.json:1:1 → the file is 5.5 MB, above the 5.0 MB limit. Move media into files of their own and keep only text in the JSON.",
        ]
      `);
    });
  });
});
// #endregion

// #region Schema: types, fields, block types
describe('schema', () => {
  it('reports text where a number belongs', () => {
    expect(problemsOf('wrong-type')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/broken/wrong-type/course.json:8:23 → estimatedMinutes: should be a number, not the text "forty".",
      ]
    `);
  });

  it('reports a missing required field at the object that lacks it', () => {
    expect(problemsOf('missing-field')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/broken/missing-field/course.json:23:9 → lessons[0].pages[1].title: is missing. Add text in double quotes here.",
      ]
    `);
  });

  it('reports an unknown block type with the types there are', () => {
    expect(problemsOf('unknown-block-type')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/broken/unknown-block-type/course.json:27:23 → lessons[0].pages[1].blocks[0].type: the text "quiz" is not a known type. Use one of "text", "image", "audio", "video", "callout", "reveal", "scenario", "reflection", "checklist", "plan", "contacts", "likert", "single-choice", "multiple-choice", "true-false", "matching", "ordering".",
      ]
    `);
  });

  it('suggests the block type a misspelt one was meant to be', () => {
    expect(problemsOf('block-type-typo')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/broken/block-type-typo/course.json:27:23 → lessons[0].pages[1].blocks[0].type: the text "single-choise" is not a known type. Did you mean "single-choice"? Use one of "text", "image", "audio", "video", "callout", "reveal", "scenario", "reflection", "checklist", "plan", "contacts", "likert", "single-choice", "multiple-choice", "true-false", "matching", "ordering".",
      ]
    `);
  });

  it('reports a misspelt field once, naming the field it replaces', () => {
    expect(problemsOf('unknown-field-typo')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/broken/unknown-field-typo/course.json:17:11 → lessons[0].pages[0].titel: is not a field here, and "title" is missing. Did you mean "title"? Fix the spelling.",
      ]
    `);
  });

  it('reports raw HTML in Markdown and in plain text at the tag', () => {
    expect(problemsOf('raw-html')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/broken/raw-html/course.json:19:93 → lessons[0].pages[0].blocks[0].body: contains raw HTML, which the player never renders. Write plain text or Markdown (**bold**, *italic*, [link](https://…)) instead (found "<script>").",
        "tests/fixtures/broken/raw-html/course.json:25:28 → lessons[0].pages[1].title: contains raw HTML, which the player never renders. Write plain text or Markdown (**bold**, *italic*, [link](https://…)) instead (found "<img src=x onerror=alert(1)>").",
      ]
    `);
  });

  it('reports a javascript: link at the link', () => {
    expect(problemsOf('unsafe-link')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/broken/unsafe-link/course.json:19:120 → lessons[0].pages[0].blocks[0].body: links to "javascript:alert(1)", which is not allowed. Link only to https://, http://, mailto: or tel: addresses.",
      ]
    `);
  });
});
// #endregion

// #region Cross-references: ids, answers, objectives, scenarios
describe('cross-references', () => {
  it('reports an id used twice in the course at the second use', () => {
    expect(problemsOf('duplicate-id')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/broken/duplicate-id/course.json:24:17 → lessons[0].pages[1].id: "page-intro" is already the id at lessons[0].pages[0]. Ids must be unique across the whole course; give this one a new id.",
      ]
    `);
  });

  it('reports a correct answer that is not a choice', () => {
    expect(problemsOf('correct-not-a-choice')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/broken/correct-not-a-choice/course.json:30:27 → lessons[0].pages[1].blocks[0].correct: "c" is not one of this question's choices (a, b). Use the id of a choice.",
      ]
    `);
  });

  it('reports a course language the player has no interface text for', () => {
    expect(problemsOf('language-without-interface')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/broken/language-without-interface/course.json:7:15 → language: "sw" has no interface text in the player (it has ar, en, es, fr), so its buttons would show in English. Add src/player/i18n/sw.ts, translated from en.ts, and list it in src/player/i18n/index.ts.",
      ]
    `);
  });

  it('reports an unknown objective and suggests the close one', () => {
    expect(problemsOf('unknown-objective')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/broken/unknown-objective/course.json:27:141 → lessons[0].pages[1].blocks[0].objectives[0]: "obj-listening" is not a learning objective of this course (obj-listen). Did you mean "obj-listen"? Use the id of an objective, or add it to "objectives".",
      ]
    `);
  });

  it('reports a scenario choice that leads to a missing node, and nothing that follows from it', () => {
    expect(problemsOf('scenario-missing-next')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/broken/scenario-missing-next/course.json:33:99 → lessons[0].pages[1].blocks[1].nodes[0].choices[0].next: "ending" is not a node of this scenario (start, end). Point "next" at an existing node.",
      ]
    `);
  });

  it('reports a scenario node that loops without a way to an ending', () => {
    expect(problemsOf('scenario-dead-end-loop')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/broken/scenario-dead-end-loop/course.json:36:23 → lessons[0].pages[1].blocks[1].nodes[1].id: node "pushed" has no way to any ending: every path from it loops or stops. Point one of its choices towards an ending.",
      ]
    `);
  });

  it('reports a scenario node that no choice leads to', () => {
    expect(problemsOf('scenario-unreachable-node')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/broken/scenario-unreachable-node/course.json:35:23 → lessons[0].pages[1].blocks[1].nodes[1].id: node "later" can never be reached from the start "start". Point a choice at it, or remove it.",
      ]
    `);
  });
});
// #endregion

// #region Assets and accessibility
describe('assets', () => {
  it('reports a path that leaves the course folder', () => {
    expect(problemsOf('path-traversal')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/broken/path-traversal/course.json:20:60 → lessons[0].pages[0].blocks[1].src: "../secret.svg" leaves the course folder with "..". Copy the file into the course folder and use a path inside it.",
      ]
    `);
  });

  it('reports an absolute path', () => {
    expect(problemsOf('absolute-path')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/broken/absolute-path/course.json:20:60 → lessons[0].pages[0].blocks[1].src: "/home/author/listening.svg" is an absolute path, which will not exist inside the package. Use a path relative to the course folder, such as "media/photo.jpg".",
      ]
    `);
  });

  it('reports a web address that assets.allowRemote does not list', () => {
    expect(problemsOf('remote-asset')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/broken/remote-asset/course.json:20:60 → lessons[0].pages[0].blocks[1].src: "https://example.org/listening.svg" is a web address. Media ships inside the package so it works offline and in every LMS: copy the file into the course folder, or list its https:// prefix in "assets.allowRemote".",
      ]
    `);
  });

  it('names the file on disk when a path differs from it only in letter case', () => {
    expect(problemsOf('missing-asset')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/broken/missing-asset/course.json:20:60 → lessons[0].pages[0].blocks[1].src: "media/Listening.svg" is spelt "media/listening.svg" on disk. Write it exactly as the file is named, letter case included.",
      ]
    `);
  });

  it('reports an image with neither alt text nor decorative: true', () => {
    expect(problemsOf('image-without-alt')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/broken/image-without-alt/course.json:20:13 → lessons[0].pages[0].blocks[1].alt: is missing. Describe what the image shows for people who cannot see it, or set "decorative": true if it adds nothing to the text.",
      ]
    `);
  });
});
// #endregion

// #region Translations
describe('translations', () => {
  it('reports missing and unknown keys, suggesting the missing key for the unknown one', () => {
    expect(problemsOf('translation-keys')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/broken/translation-keys/i18n/ar.json:5:3 → strings: 2 strings are not translated: "page-try.title", "q-reply.choices.b.text". Add them; \`npm run validate -- tests/fixtures/broken/translation-keys --template ar\` prints every key.",
        "tests/fixtures/broken/translation-keys/i18n/ar.json:15:5 → strings["q-reply.choices.c.text"]: is not a string of the source course. Did you mean "q-reply.choices.b.text"? Remove it, or check that the source id has not changed.",
      ]
    `);
  });

  it('reports a translation made from an older course version', () => {
    expect(problemsOf('translation-stale')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/broken/translation-stale/i18n/ar.json:4:3 → sourceVersion: is 0.9.0, but the course is now 1.0.0. Review the strings that changed since, then set sourceVersion to "1.0.0".",
      ]
    `);
  });

  it('reports an empty translation and how to start one', () => {
    expect(problemsOf('translation-empty')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/broken/translation-empty/i18n/ar.json:1:1 → the file is empty. \`npm run validate -- tests/fixtures/broken/translation-empty --template ar\` prints one to start from.",
      ]
    `);
  });

  it('reports raw HTML in a translated string at the tag', () => {
    expect(problemsOf('translation-raw-html')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/broken/translation-raw-html/i18n/ar.json:11:25 → strings["intro-text.body"]: contains raw HTML, which the player never renders. Write plain text or Markdown (**bold**, *italic*, [link](https://…)) instead (found "<b>").",
      ]
    `);
  });
});
// #endregion

describe('every fixture', () => {
  // These run last (vitest runs a file's tests in order), after every fixture was validated.
  it('has a test', () => {
    expect(readdirSync(join(ROOT, BROKEN)).sort()).toEqual([...tested].sort());
  });

  it('is left exactly as it was: validation writes nothing', () => {
    expect(fileStates(join(ROOT, BROKEN))).toEqual(before);
  });
});
