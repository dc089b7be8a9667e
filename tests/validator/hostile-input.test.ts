/**
 * What a hostile or careless author can leave in a course folder: links out of it, paths
 * that escape it, files that are not what their names say, text no reader can use. Each
 * case gets one located problem, pinned here word for word, and validation writes nothing.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { courseChecks } from '../../src/validator/flow-check.ts';
import { nodeCourseFolder } from '../../src/validator/node-folder.ts';
import { formatProblemLine } from '../../src/validator/problem.ts';
import { validateCourseFolder } from '../../src/validator/validate-course.ts';
import { validateProfileFolder } from '../../src/validator/validate-profile.ts';
import { ROOT } from '../support/courses.ts';
import { ACCEPTED, HOSTILE, HOSTILE_FILES, plantHostileCourses } from '../support/hostile-folders.ts';

const planted = plantHostileCourses();
afterAll(() => planted.remove());

/** Every file under the planted folder, with size and modification time, to show nothing was written. */
function fileStates(): string[] {
  return readdirSync(planted.root, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((rel) => {
      const stat = statSync(join(planted.root, rel), { throwIfNoEntry: false });
      return `${rel} ${stat?.size} ${stat?.mtimeMs}`;
    });
}
const before = fileStates();
const tested = new Set<string>();

/** The problem lines `npm run validate` prints for one planted folder, errors then warnings. */
function linesOf(name: string): { errors: string[]; warnings: string[] } {
  tested.add(name);
  const { problems, warnings, courses } = validateCourseFolder(nodeCourseFolder(name, planted.root), courseChecks);
  if (problems.length) expect(courses).toEqual([]);
  return { errors: problems.map(formatProblemLine), warnings: warnings.map(formatProblemLine) };
}
const errorsOf = (name: string) => {
  const { errors } = linesOf(name);
  // One cause, one problem: nothing follows from it, and a translation does not repeat it.
  expect(errors).toHaveLength(1);
  return errors[0];
};

describe('paths that lead out of the course folder', () => {
  it('refuses a symbolic link to a file anywhere on the disk', () => {
    expect(errorsOf('symlinked-file')).toMatchInlineSnapshot(
      `"symlinked-file/course.json:32:22 → lessons[0].pages[0].blocks[1].src: "media/leak.svg" is a symbolic link, and a link can lead anywhere on the disk. Copy the file itself into the course folder. [unsafe-path]"`,
    );
  });

  it('refuses a path through a symbolic link to a folder', () => {
    expect(errorsOf('symlinked-folder')).toMatchInlineSnapshot(
      `"symlinked-folder/course.json:32:22 → lessons[0].pages[0].blocks[1].src: "media/etc/secret.svg" goes through "media/etc", which is a symbolic link, and a link can lead anywhere on the disk. Copy the file itself into the course folder. [unsafe-path]"`,
    );
  });

  it('refuses ".." even inside a longer path', () => {
    expect(errorsOf('dot-dot')).toMatchInlineSnapshot(
      `"dot-dot/course.json:32:22 → lessons[0].pages[0].blocks[1].src: "media/../../outside/secret.svg" leaves the course folder with "..". Copy the file into the course folder and use a path inside it. [unsafe-path]"`,
    );
  });

  it('refuses percent-encoded traversal', () => {
    expect(errorsOf('percent-encoded')).toMatchInlineSnapshot(
      `"percent-encoded/course.json:32:22 → lessons[0].pages[0].blocks[1].src: "media/%2e%2e/%2e%2e/outside/secret.svg" has a percent-encoded character, which a browser decodes and a file name does not, so it could lead somewhere else in the package. Write the character itself, or rename the file without it. [unsafe-path]"`,
    );
  });

  it('names the spelling on disk when only the letter case differs', () => {
    expect(errorsOf('letter-case')).toMatchInlineSnapshot(
      `"letter-case/course.json:32:22 → lessons[0].pages[0].blocks[1].src: "media/Listening.svg" is spelt "media/listening.svg" on disk. Write it exactly as the file is named, letter case included. [letter-case]"`,
    );
  });

  it('refuses a hard link, whose bytes may be any file on the disk', () => {
    expect(errorsOf('hard-link')).toMatchInlineSnapshot(
      `"hard-link/course.json:32:22 → lessons[0].pages[0].blocks[1].src: "media/linked.svg" is a hard link, which shares its bytes with another file that may be outside the course folder. Copy the file into the course folder instead of linking it. [unsafe-path]"`,
    );
  });

  it('checks a lesson picture as it checks image blocks', () => {
    expect(errorsOf('symlinked-lesson-image')).toMatchInlineSnapshot(
      `"symlinked-lesson-image/course.json:104:16 → lessons[0].image.src: "media/opening.svg" is a symbolic link, and a link can lead anywhere on the disk. Copy the file itself into the course folder. [unsafe-path]"`,
    );
  });

  it('reports a cover picture that does not exist, instead of crashing later', () => {
    expect(errorsOf('missing-cover')).toMatchInlineSnapshot(
      `"missing-cover/course.json:111:12 → cover.src: "media/cover.svg" does not exist in the course folder. Check the spelling and the letter case, or add the file. [missing-file]"`,
    );
  });

  it('refuses an organisation logo that is a link', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pss-linked-logo-'));
    cpSync(join(ROOT, 'tests/fixtures/organisations/lakeside'), join(dir, 'lakeside'), { recursive: true });
    rmSync(join(dir, 'lakeside/logo.svg'));
    symlinkSync('/etc/hostname', join(dir, 'lakeside/logo.svg'));
    try {
      const { problems } = validateProfileFolder(nodeCourseFolder('lakeside', dir));
      expect(problems.map(formatProblemLine)).toMatchInlineSnapshot(`
        [
          "lakeside/profile.json:6:20 → logo.src: "logo.svg" is a symbolic link, and a link can lead anywhere on the disk. Copy the file itself into the profile folder. [unsafe-path]",
        ]
      `);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a translation that is a link', () => {
    expect(errorsOf('symlinked-translation')).toMatchInlineSnapshot(
      `"symlinked-translation/i18n/ar.json:1:1 → "i18n/ar.json" is a symbolic link, and a link can lead anywhere on the disk. Copy the file itself into the course folder. [unsafe-path]"`,
    );
  });
});

describe('media whose bytes are not what the name says', () => {
  it('names what a .png really holds', () => {
    expect(errorsOf('png-holds-mp3')).toMatchInlineSnapshot(
      `"png-holds-mp3/course.json:32:22 → lessons[0].pages[0].blocks[1].src: "media/photo.png" is named as a PNG image, but its bytes are an MP3 recording. Export it again in the format its name says, or give it the ending of what it holds. [media-mismatch]"`,
    );
  });

  it('recognises a web page saved under an image name', () => {
    expect(errorsOf('svg-holds-web-page')).toMatchInlineSnapshot(
      `"svg-holds-web-page/course.json:32:22 → lessons[0].pages[0].blocks[1].src: "media/listening.svg" is named as an SVG image, but its bytes are a web page. Export it again in the format its name says, or give it the ending of what it holds. [media-mismatch]"`,
    );
  });
});

describe('files that are not UTF-8 JSON a course can hold', () => {
  it('refuses a Latin-1 file at its first accented letter', () => {
    expect(errorsOf('latin-1')).toMatchInlineSnapshot(
      `"latin-1/course.json:5:26 → this character is not UTF-8, so the file is probably saved as Latin-1 or Windows-1252 and its accents would show garbled. Save it as UTF-8 (in most editors: Save with encoding, UTF-8). [wrong-encoding]"`,
    );
  });

  it('names a UTF-16 file as such', () => {
    expect(errorsOf('utf-16')).toMatchInlineSnapshot(
      `"utf-16/course.json:1:1 → the file is saved as UTF-16. Save it as UTF-8 (in most editors: Save with encoding, UTF-8). [wrong-encoding]"`,
    );
  });

  it('refuses nesting 50,000 deep with a location instead of a stack overflow', () => {
    expect(errorsOf('nested-deep')).toMatchInlineSnapshot(
      `"nested-deep/course.json:1:58 → the JSON is nested more than 32 levels deep here, far deeper than any course. Check for brackets opened and never closed. [too-deep]"`,
    );
  });

  it('accepts a byte order mark at the start, and counts columns after it', () => {
    expect(linesOf('byte-order-mark')).toEqual({ errors: [], warnings: [] });
  });
});

describe('text no reader can use', () => {
  it('reports a NUL character at its escape', () => {
    expect(errorsOf('nul-in-title')).toMatchInlineSnapshot(
      `"nul-in-title/course.json:18:23 → lessons[0].title: contains a NUL character (\\u0000), which the player cannot show. Remove it. [bad-character]"`,
    );
  });

  it('reports half of a surrogate pair', () => {
    expect(errorsOf('lone-surrogate')).toMatchInlineSnapshot(
      `"lone-surrogate/course.json:41:28 → lessons[0].pages[1].title: contains \\ud83d, half of a character pair that cannot stand alone. Remove it, or write the whole character. [bad-character]"`,
    );
  });

  it('refuses keys JavaScript would swallow, in a course', () => {
    expect(errorsOf('reserved-key')).toMatchInlineSnapshot(
      `"reserved-key/course.json:28:15 → lessons[0].pages[0].blocks[0].constructor: "constructor" is a name every JavaScript object already has, so this field would be silently lost. Rename or remove it. [reserved-key]"`,
    );
  });

  it('refuses keys JavaScript would swallow, in translation strings', () => {
    expect(errorsOf('proto-in-strings')).toMatchInlineSnapshot(
      `"proto-in-strings/i18n/ar.json:6:5 → strings.__proto__: "__proto__" is a name every JavaScript object already has, so this field would be silently lost. Rename or remove it. [reserved-key]"`,
    );
  });

  it('refuses an id that every JavaScript object already has', () => {
    expect(errorsOf('constructor-id')).toMatchInlineSnapshot(
      `"constructor-id/course.json:26:21 → lessons[0].pages[0].blocks[0].id: "constructor" is a name every JavaScript object already has, so progress saved under it would be misread. Choose a more specific id. [reserved-id]"`,
    );
  });
});

describe('link-like text', () => {
  it('warns that a link in a plain-text field shows as typed', () => {
    expect(linesOf('link-in-title')).toMatchInlineSnapshot(`
      {
        "errors": [],
        "warnings": [
          "link-in-title/course.json:41:25 → lessons[0].pages[1].title: is plain text, so "[this](https://example.org/try)" shows as typed, brackets and all. Put the link in a Markdown field, such as a text block's body, or write the address alone. [link-in-plain-text]",
        ],
      }
    `);
  });

  it('warns about Markdown link forms the subset does not read', () => {
    expect(linesOf('markdown-link-not-read')).toMatchInlineSnapshot(`
      {
        "errors": [],
        "warnings": [
          "markdown-link-not-read/course.json:27:29 → lessons[0].pages[0].blocks[0].body: "[the helpline] (https://example.org/help)" is not read as a link, so the learner sees it as typed. Write it as [words](https://…), with nothing between "]" and "(". [link-not-read]",
          "markdown-link-not-read/course.json:27:86 → lessons[0].pages[0].blocks[0].body: "[1]: https://example.org" is not read as a link, so the learner sees it as typed. Write it as [words](https://…), with nothing between "]" and "(". [link-not-read]",
        ],
      }
    `);
  });

  it('refuses a script link in a plain-text field', () => {
    expect(errorsOf('link-in-title-unsafe')).toMatchInlineSnapshot(
      `"link-in-title-unsafe/course.json:41:25 → lessons[0].pages[1].title: links to "javascript:alert(1)", which is not allowed. Link only to https://, http://, mailto: or tel: addresses. [unsafe-link]"`,
    );
  });

  it('reads a link with spaces around its target, and refuses it when it is a script', () => {
    expect(errorsOf('spaced-javascript-link')).toMatchInlineSnapshot(
      `"spaced-javascript-link/course.json:27:29 → lessons[0].pages[0].blocks[0].body: links to "javascript:alert(1)", which is not allowed. Link only to https://, http://, mailto: or tel: addresses. [unsafe-link]"`,
    );
  });

  it('refuses an entity-encoded scheme in a link form the subset does not read', () => {
    expect(errorsOf('entity-encoded-link')).toMatchInlineSnapshot(
      `"entity-encoded-link/course.json:27:29 → lessons[0].pages[0].blocks[0].body: links to "&#106;avascript&colon;alert(1)", which is not allowed. Link only to https://, http://, mailto: or tel: addresses. [unsafe-link]"`,
    );
  });

  it('refuses a data: URL written as a link in plain text', () => {
    expect(errorsOf('data-url-in-plain-text')).toMatchInlineSnapshot(
      `"data-url-in-plain-text/course.json:22:25 → lessons[0].pages[0].title: links to "data:text/html;base64,PHNjcmlwdD4=", which is not allowed. Link only to https://, http://, mailto: or tel: addresses. [unsafe-link]"`,
    );
  });
});

describe('every planted folder', () => {
  // These run last (vitest runs a file's tests in order), after every folder was validated.
  it('has a test', () => {
    const planted = [...Object.keys(HOSTILE), ...Object.keys(HOSTILE_FILES), ...Object.keys(ACCEPTED)];
    expect(planted.sort()).toEqual([...tested].sort());
  });

  it('is left exactly as it was: validation writes nothing', () => {
    expect(fileStates()).toEqual(before);
  });
});
