/**
 * `npm run check` on real packages built with the real player: a good zip in each standard
 * passes with its summary, and each broken zip fails with its reason. The launch runs in
 * Debian's Chromium against scorm-again; the test fails, never skips, without it.
 */
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../packaging/check/check-command.ts';
import type { LaunchOptions } from '../../packaging/check/check-package.ts';
import { packageCourse } from '../../packaging/course-zip.ts';
import { writeZip } from '../../packaging/zip-writer.ts';
import { builtPlayer } from '../e2e/support/packages.ts';
import { packageInputFor } from '../support/organisations.ts';
import { fixtureDir, REPO_ROOT, tempDir, text, unzip, validate } from './helpers.ts';

const temp = tempDir();
const [mini] = validate(fixtureDir('mini'));
let good: Record<'scorm12' | 'scorm2004', Map<string, Uint8Array>>;

beforeAll(async () => {
  const playerDir = await builtPlayer();
  const build = async (standard: 'scorm12' | 'scorm2004') =>
    unzip(await packageCourse(packageInputFor(mini!), { standard, courseDir: fixtureDir('mini'), playerDir }));
  good = { scorm12: await build('scorm12'), scorm2004: await build('scorm2004') };
});

/** Writes a zip made from the good 2004 package with `edit` applied, and returns its path. */
async function zipOf(name: string, files: Map<string, Uint8Array | string>): Promise<string> {
  const path = join(temp, `${name}.zip`);
  writeFileSync(path, await writeZip(files));
  return path;
}

function edited(
  edit: (files: Map<string, Uint8Array | string>) => void,
  standard: 'scorm12' | 'scorm2004' = 'scorm2004',
) {
  const files = new Map<string, Uint8Array | string>(good[standard]);
  edit(files);
  return files;
}

/** Runs the command in-process; output with the temp folder hidden. */
async function check(paths: string[], launch: LaunchOptions = {}) {
  const lines: string[] = [];
  const io = {
    cwd: REPO_ROOT,
    log: (line: string) => lines.push(line),
    error: (line: string) => lines.push(line),
    progress: () => {},
  };
  const code = await runCheck(paths, io, launch);
  const output = lines
    .join('\n')
    .replaceAll(relative(REPO_ROOT, temp), '<temp>')
    .replaceAll(temp, '<temp>')
    .replace(/in \d+\.\d s\./, 'in <time> s.');
  return { code, output };
}

/** The problem lines of one package's report: the indented lines under a ✖. */
const problemLines = (output: string) =>
  output
    .split('\n')
    .filter((line) => line.trimStart().startsWith('- '))
    .map((line) => line.trim());

describe('npm run check', () => {
  it('passes a good package in each standard, with a one-screen summary', async () => {
    const paths = [
      await zipOf('mini-en-scorm2004', new Map(good.scorm2004)),
      await zipOf('mini-en-scorm12', new Map(good.scorm12)),
    ];
    const { code, output } = await check(paths);
    expect(code).toBe(0);
    expect(output.replace(/\d+\.\d KB, \d+ files/g, '<size>')).toMatchInlineSnapshot(`
      "✓ <temp>/mini-en-scorm2004.zip
        course        mini 1.0.0: A minute of listening
        language      en
        standard      SCORM 2004 (schemaversion "2004 4th Edition")
        organisation  Lakeside Relief Society [lakeside]
        support       Lakeside LMS desk, +44 20 7946 0999
        size          <size>
        identifiers   manifest lakeside_mini-en-v1-0-0, organization org-1, item item-1, resource sco-1 → index.html
        checks        ✓ zip
                      ✓ manifest against the SCORM schemas
                      ✓ files, paths and references
                      ✓ launch in Chromium with the built-in LMS

      ✓ <temp>/mini-en-scorm12.zip
        course        mini 1.0.0: A minute of listening
        language      en
        standard      SCORM 1.2 (schemaversion "1.2")
        organisation  Lakeside Relief Society [lakeside]
        support       Lakeside LMS desk, +44 20 7946 0999
        size          <size>
        identifiers   manifest lakeside_mini-en-v1-0-0, organization org-1, item item-1, resource sco-1 → index.html
        checks        ✓ zip
                      ✓ manifest against the SCORM schemas
                      ✓ files, paths and references
                      ✓ launch in Chromium with the built-in LMS

      2 packages passed every check, in <time> s."
    `);
  });

  it('refuses bytes that are not a zip', async () => {
    const path = join(temp, 'not-a-zip.zip');
    writeFileSync(path, 'PK? no, just text');
    const { code, output } = await check([path]);
    expect(code).toBe(1);
    expect(problemLines(output)).toMatchInlineSnapshot(`
      [
        "- this is not a zip file",
      ]
    `);
  });

  it('refuses a package zipped with its folder, so the manifest is not at the root', async () => {
    const nested = new Map([...good.scorm2004].map(([path, bytes]) => [`mini/${path}`, bytes]));
    const { code, output } = await check([await zipOf('nested', nested)]);
    expect(code).toBe(1);
    expect(problemLines(output)).toMatchInlineSnapshot(`
      [
        "- imsmanifest.xml is not at the zip root (it is at mini/imsmanifest.xml: zip the folder's contents, not the folder)",
      ]
    `);
  });

  it('refuses a file the manifest lists that the zip lacks, and a file it holds that the manifest does not list', async () => {
    const files = edited((f) => {
      f.delete('page.js');
      f.set('media/notes.txt', 'left over');
    });
    const { code, output } = await check([await zipOf('missing-and-unlisted', files)]);
    expect(code).toBe(1);
    expect(problemLines(output)).toMatchInlineSnapshot(`
      [
        "- href "page.js" is not in the zip",
        "- media/notes.txt is in the zip but not listed in the manifest",
      ]
    `);
  });

  it('refuses a path that escapes the folder the LMS unpacks into', async () => {
    const files = edited((f) => f.set('../outside.js', 'alert(1)'));
    const { code, output } = await check([await zipOf('escape', files)]);
    expect(code).toBe(1);
    expect(problemLines(output)).toMatchInlineSnapshot(`
      [
        "- ../outside.js: contains ".."",
        "- ../outside.js is in the zip but not listed in the manifest",
      ]
    `);
  });

  it('refuses a manifest that fails the SCORM schemas, ADL extensions included', async () => {
    const files = edited((f) =>
      f.set(
        'imsmanifest.xml',
        text(good.scorm2004.get('imsmanifest.xml')).replace('scormType="sco"', 'scormType="SCO"'),
      ),
    );
    const { code, output } = await check([await zipOf('bad-schema', files)]);
    expect(code).toBe(1);
    expect(problemLines(output)).toMatchInlineSnapshot(`
      [
        "- line 23: Element '{http://www.imsglobal.org/xsd/imscp_v1p1}resource', attribute '{http://www.adlnet.org/xsd/adlcp_v1p3}scormType': [facet 'enumeration'] The value 'SCO' is not an element of the set {'sco', 'asset'}.",
      ]
    `);
  });

  it('refuses a package whose launch page fails in the browser', async () => {
    const files = edited((f) => f.set('player.js', 'throw new Error("player broken");'), 'scorm12');
    // Every step after the failure waits out its time; a short one keeps the test quick.
    const { code, output } = await check([await zipOf('broken-player', files)], { stepTimeout: 2_000 });
    expect(code).toBe(1);
    expect(problemLines(output)).toMatchInlineSnapshot(`
      [
        "- the page threw: player broken",
        "- the first page ("Why listening matters") did not happen within 2 s",
        "- the launch page never called the LMS: it did not find the SCORM API",
      ]
    `);
  });

  it('refuses what a stricter LMS audit refuses, through the audit the strict data-model checker plugs into', async () => {
    const strict: LaunchOptions = {
      audit: (_standard, calls) =>
        calls
          .filter((call) => call.args[0] === 'cmi.core.exit')
          .map((call) => `${call.method}(${call.args.join(', ')}) is refused here`),
    };
    const { code, output } = await check([await zipOf('strict', new Map(good.scorm12))], strict);
    expect(code).toBe(1);
    expect(problemLines(output)[0]).toMatch(/^- LMSSetValue\(cmi\.core\.exit, suspend\) is refused here$/);
  });

  it('says what to do when there is nothing to check', async () => {
    const { code, output } = await check([join(temp, 'no-such.zip')]);
    expect(code).toBe(1);
    expect(output).toMatchInlineSnapshot(`
      "✖ <temp>/no-such.zip: there is no such file
      1 of 1 package failed the check, in <time> s."
    `);
  });
});
