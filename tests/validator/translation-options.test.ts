/**
 * What a translation may change beyond its strings: an image's file (`<image id>.src`), for
 * a picture with words in it, and its own `estimatedMinutes`, checked against its own words.
 * The mini course is validated in memory with a French translation made from its template.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { courseChecks } from '../../src/validator/flow-check.ts';
import { nodeCourseFolder } from '../../src/validator/node-folder.ts';
import { formatProblemLine } from '../../src/validator/problem.ts';
import { applyTranslation, optionalStrings, translationTemplate } from '../../src/validator/translations.ts';
import { type CourseFolder, validateCourseFolder } from '../../src/validator/validate-course.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MINI = 'tests/fixtures/courses/mini';
const mini = () => JSON.parse(readFileSync(`${ROOT}/${MINI}/course.json`, 'utf8'));

/** The mini course with a French translation, and, when given, a French picture in media/. */
function withFrench(extra: Record<string, unknown>, strings: Record<string, string> = {}, frenchImage = true) {
  const translation = {
    language: 'fr',
    sourceVersion: '1.0.0',
    ...extra,
    strings: { ...translationTemplate(mini()), ...strings },
  };
  const disk = nodeCourseFolder(MINI, ROOT);
  const folder: CourseFolder = {
    path: disk.path,
    read: (path) => (path === 'i18n/fr.json' ? JSON.stringify(translation, null, 2) : disk.read(path)),
    exists: (path) => (frenchImage && path === 'media/listening.fr.svg') || disk.exists(path),
    list: (dir) => (dir === 'i18n' ? [...disk.list(dir), 'fr.json'] : disk.list(dir)),
  };
  const result = validateCourseFolder(folder, courseChecks);
  return { ...result, lines: result.problems.map(formatProblemLine), french: result.courses.at(-1) };
}

const imageOf = (course: { lessons: { pages: { blocks: { id: string }[] }[] }[] }) =>
  course.lessons[0]!.pages[0]!.blocks.find((b) => b.id === 'intro-image') as unknown as { src: string };

describe('a translated image', () => {
  it('is offered for image blocks only, and never required', () => {
    expect(optionalStrings(mini()).map((s) => s.key)).toEqual(['intro-image.src']);
    expect(Object.keys(translationTemplate(mini()))).not.toContain('intro-image.src');
    expect(withFrench({}).problems).toEqual([]);
  });

  it("shows this language's own file", () => {
    const { problems, french } = withFrench({}, { 'intro-image.src': 'media/listening.fr.svg' });
    expect(problems).toEqual([]);
    expect(french!.course.language).toBe('fr');
    expect(imageOf(french!.course).src).toBe('media/listening.fr.svg');
    expect(imageOf(applyTranslation(mini(), {}) as never).src).toBe('media/listening.svg');
  });

  it('must name a file inside the course that exists, reported at the key', () => {
    const missing = withFrench({}, { 'intro-image.src': 'media/listening.fr.svg' }, false);
    const outside = withFrench({}, { 'intro-image.src': '../listening.fr.svg' });
    expect([...missing.lines, ...outside.lines]).toMatchInlineSnapshot(`
      [
        "tests/fixtures/courses/mini/i18n/fr.json:24:24 → strings["intro-image.src"]: "media/listening.fr.svg" does not exist in the course folder. Check the spelling and the letter case, or add the file. [missing-file]",
        "tests/fixtures/courses/mini/i18n/fr.json:24:24 → strings["intro-image.src"]: "../listening.fr.svg" leaves the course folder with "..". Copy the file into the course folder and use a path inside it. [unsafe-path]",
      ]
    `);
  });

  it('is not a key of any other block', () => {
    expect(withFrench({}, { 'intro-text.src': 'media/listening.fr.svg' }).lines).toMatchInlineSnapshot(`
      [
        "tests/fixtures/courses/mini/i18n/fr.json:24:5 → strings["intro-text.src"]: is not a string of the source course. Remove it, or check that the source id has not changed. [unknown-string]",
      ]
    `);
  });
});

describe("a translation's own estimatedMinutes", () => {
  it('is shown to learners of that language', () => {
    const { problems, french } = withFrench({ estimatedMinutes: 2 });
    expect(problems).toEqual([]);
    expect(french!.course.estimatedMinutes).toBe(2);
    expect((french!.raw as { estimatedMinutes: number }).estimatedMinutes).toBe(2);
  });

  it('agrees with the estimate of its own words, and is reported where it is written', () => {
    expect(withFrench({ estimatedMinutes: 30 }).lines).toMatchInlineSnapshot(`
      [
        "tests/fixtures/courses/mini/i18n/fr.json:4:3 → estimatedMinutes: says 30 minutes, but the content takes about 2 (73 words at 130 a minute is 1 min, plus 1 min of activities). Set it between 1 and 5. [estimate-disagrees]",
      ]
    `);
  });

  it("otherwise leaves the course's minutes to agree with this language's words", () => {
    // The first page says much more in this language: 700 words more, over 5 minutes more to read.
    const long = { 'intro-text.body': Array(700).fill('mot').join(' ') };
    expect(withFrench({}, long).lines).toMatchInlineSnapshot(`
      [
        "tests/fixtures/courses/mini/i18n/fr.json:1:1 → estimatedMinutes: this translation shows the course's 3 minutes, but in this language the content takes about 7 (764 words at 130 a minute is 6 min, plus 1 min of activities). Add "estimatedMinutes" between 4 and 10 to the translation. [estimate-disagrees]",
      ]
    `);
    expect(withFrench({ estimatedMinutes: 7 }, long).problems).toEqual([]);
  });
});
