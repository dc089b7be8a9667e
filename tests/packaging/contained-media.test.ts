/**
 * Packaging reads each media file again by its real path, so a link planted after
 * validation passed (or a file that vanished) stops that course with the validator's own
 * words, and none of its zips is written.
 */
import { existsSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createReporter } from '../../packaging/command-io.ts';
import { packageCourse } from '../../packaging/course-zip.ts';
import { writePackages } from '../../packaging/package-write.ts';
import { ContainedFileError } from '../../src/validator/contained-file.ts';
import { nodeCourseFolder } from '../../src/validator/node-folder.ts';
import { loadProfile, organisationDir, packageInputFor } from '../support/organisations.ts';
import { copyFixture, fakePlayer, REPO_ROOT, tempDir, validate } from './helpers.ts';

const temp = tempDir();
const playerDir = fakePlayer(temp);

/** The mini course, validated, then its picture swapped for a link to the password file. */
function linkedAfterValidation() {
  const dir = copyFixture('mini', temp);
  const languages = validate(relative(REPO_ROOT, dir));
  rmSync(join(dir, 'media/listening.svg'));
  symlinkSync('/etc/passwd', join(dir, 'media/listening.svg'));
  return { dir, languages };
}

describe('media read while packaging', () => {
  it('refuses a file that became a symbolic link after validation', async () => {
    const { dir, languages } = linkedAfterValidation();
    const built = packageCourse(packageInputFor(languages[0]!), { standard: 'scorm12', courseDir: dir, playerDir });
    await expect(built).rejects.toBeInstanceOf(ContainedFileError);
    await expect(built).rejects.toThrowErrorMatchingInlineSnapshot(
      `[Error: "media/listening.svg" is a symbolic link, and a link can lead anywhere on the disk. Copy the file itself into the course folder]`,
    );
  });

  it('writes none of the course’s zips, and says why in one line', async () => {
    const { dir, languages } = linkedAfterValidation();
    const lines: string[] = [];
    const io = { cwd: REPO_ROOT, log: (line: string) => lines.push(line), error: (line: string) => lines.push(line) };
    const out = join(temp, 'out');
    const label = 'courses/mini';
    const written = await writePackages(
      [{ dir, folder: nodeCourseFolder(dir), label, languages }],
      ['scorm12', 'scorm2004'],
      playerDir,
      out,
      { dir: join(REPO_ROOT, organisationDir('lakeside')), profile: loadProfile('lakeside') },
      createReporter(io),
    );
    expect(written).toEqual({ count: 0, bytes: 0, failed: 1 });
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
    expect(lines).toMatchInlineSnapshot(`
      [
        "✖ courses/mini: "media/listening.svg" is a symbolic link, and a link can lead anywhere on the disk. Copy the file itself into the course folder. Nothing was written for this course.",
      ]
    `);
  });
});
