import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPackage } from '../../packaging/package-command.ts';
import {
  copyFixture,
  fakePlayer,
  fixtureDir,
  REPO_ROOT,
  tempDir,
  unzip,
  wholeCourseData,
  withoutSchema,
} from './helpers.ts';

const temp = tempDir();
const playerDir = fakePlayer(temp);
let runs = 0;

/** Runs the command in-process from the repository root, into a fresh --out folder. */
async function run(args: string[]) {
  const out = join(temp, `out-${++runs}`);
  const lines: string[] = [];
  const progress: string[] = [];
  const io = {
    cwd: REPO_ROOT,
    log: (line: string) => lines.push(line),
    error: (line: string) => lines.push(line),
    progress: (line: string) => progress.push(line),
  };
  const code = await runPackage([...args, '--player-dir', playerDir, '--out', out], io);
  const written = existsSync(out) ? readdirSync(out).sort() : [];
  // Paths under the temp folder vary from run to run; show them the same way every time.
  const output = hideTemp(lines.join('\n')).replace(/\d+ ms|\d+\.\d s\b/g, '<time>');
  return { code, out, written, output, progress: hideTemp(progress.join('\n')) };
}

// Course folders show relative to the project, and outputs outside it in full; the relative form goes first as it contains the other.
const hideTemp = (output: string) => output.replaceAll(relative(REPO_ROOT, temp), '<temp>').replaceAll(temp, '<temp>');

const mini = relative(REPO_ROOT, fixtureDir('mini'));
const sample = relative(REPO_ROOT, fixtureDir('sample'));

describe('npm run package', () => {
  it('writes one zip per course, language and standard, and a summary', async () => {
    const { code, written, output } = await run([sample, mini]);
    expect(code).toBe(0);
    expect(written).toEqual([
      'mini-ar-scorm12.zip',
      'mini-ar-scorm2004.zip',
      'mini-en-scorm12.zip',
      'mini-en-scorm2004.zip',
      'sample-en-scorm12.zip',
      'sample-en-scorm2004.zip',
    ]);
    expect(output).toMatch(/^✓ <temp>\/out-\d+\/sample-en-scorm12\.zip +\d+\.\d KB {2}<time>$/m);
    expect(output).toMatch(/6 packages, \d+\.\d KB in total, written in <time> to <temp>\/out-\d+\/$/);
  });

  it('says what it is doing before the first zip, and gathers warnings just above the summary', async () => {
    const { code, output, progress } = await run([sample, mini, '--standard', 'scorm12']);
    expect(code).toBe(0);
    expect(progress).toMatchInlineSnapshot(`
      "Validating 2 courses…
        tests/fixtures/courses/sample: en valid
        tests/fixtures/courses/mini: en, ar valid"
    `);
    const lines = output.split('\n');
    expect(lines.at(-1)).toMatch(/^3 packages, [\d.]+ KB in total, written in <time> to /);
    expect(lines.slice(3, -1)).toMatchInlineSnapshot(`
      [
        "",
        "1 warning:",
        "  ! tests/fixtures/courses/sample (en): the support contacts are examples (wellbeing@example.org, https://example.org/peer-support), so a learner who needs help would reach nobody. Replace contacts.json, or package with --contacts <file>.",
        "",
      ]
    `);
  });

  it('prints the wall time since the command started, not the time spent zipping', async () => {
    const lines: string[] = [];
    const io = {
      cwd: REPO_ROOT,
      log: (line: string) => lines.push(line),
      error: (line: string) => lines.push(line),
      progress: () => {},
      // As if loading and validating had taken a minute before this call.
      startedAt: performance.now() - 60_000,
    };
    const code = await runPackage(
      [mini, '--standard', 'scorm12', '--player-dir', playerDir, '--out', join(temp, 'timed')],
      io,
    );
    expect(code).toBe(0);
    expect(lines.at(-1)).toMatch(/written in 6\d\.\d s to /);
  });

  it('writes only the standard asked for', async () => {
    const { code, written } = await run([mini, '--standard', 'scorm12']);
    expect(code).toBe(0);
    expect(written).toEqual(['mini-ar-scorm12.zip', 'mini-en-scorm12.zip']);
  });

  it('refuses an unknown standard', async () => {
    const { code, written, output } = await run([mini, '--standard', 'scorm2004-3rd']);
    expect(code).toBe(1);
    expect(written).toEqual([]);
    expect(output.split('\n')[0]).toMatchInlineSnapshot(
      `"--standard must be scorm12, scorm2004 or all, not "scorm2004-3rd"."`,
    );
  });

  it('refuses a second folder with the same course id, whose zips would overwrite the first', async () => {
    const twin = copyFixture('mini', temp);
    const { code, written, output } = await run([mini, relative(REPO_ROOT, twin), '--standard', 'scorm12']);
    expect(code).toBe(1);
    expect(written).toEqual(['mini-ar-scorm12.zip', 'mini-en-scorm12.zip']);
    expect(output).toMatch(
      /^✖ <temp>\/mini-copy-\w+: tests\/fixtures\/courses\/mini already has the course id "mini", and its packages would be overwritten\. Give each course its own id\.$/m,
    );
  });

  it('says what to do when the player has not been built', async () => {
    const empty = join(temp, 'no-player');
    mkdirSync(empty);
    const lines: string[] = [];
    const io = {
      cwd: REPO_ROOT,
      log: (line: string) => lines.push(line),
      error: (line: string) => lines.push(line),
      progress: () => {},
    };
    const code = await runPackage([mini, '--player-dir', empty, '--out', join(temp, 'never')], io);
    expect(code).toBe(1);
    expect(existsSync(join(temp, 'never'))).toBe(false);
    expect(hideTemp(lines.join('\n'))).toMatchInlineSnapshot(`
      "<temp>/no-player/player.js, <temp>/no-player/player.css, <temp>/no-player/session.js, <temp>/no-player/page.js, <temp>/no-player/ending.js, <temp>/no-player/certificate.js and <temp>/no-player/plan-page.js are missing. Build the player with \`npm run build\`, or run without --skip-build.
      Nothing was written."
    `);
  });
});

describe('an invalid course', () => {
  const broken = copyFixture('mini', temp, { 'course.json': (c) => (c.lessons[0].pages[1].blocks[0].correct = 'z') });

  it('gets the validator messages, exit code 1 and no zip', async () => {
    const { code, written, output } = await run([relative(REPO_ROOT, broken)]);
    expect(code).toBe(1);
    expect(written).toEqual([]);
    const lines = output.split('\n');
    expect(lines[0]).toMatch(/^✖ <temp>\/mini-copy-\w+: \d+ problems?$/);
    expect(lines[1]).toMatch(
      /^ {2}<temp>\/mini-copy-\w+\/course\.json:\d+:\d+ → lessons\[0\]\.pages\[1\]\.blocks\[0\]\.correct: .*"z"/,
    );
    expect(lines.at(-1)).toBe('1 of 1 course failed validation. Nothing was written.');
  });

  it('does not stop the valid courses from being packaged, but still fails the run', async () => {
    const { code, written, output } = await run([relative(REPO_ROOT, broken), sample, '--standard', 'scorm2004']);
    expect(code).toBe(1);
    expect(written).toEqual(['sample-en-scorm2004.zip']);
    expect(output).toContain('1 of 2 courses failed validation and got no package.');
  });

  it('exits 1 from the real command line, without a stack trace', () => {
    const tsx = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
    const out = join(temp, 'cli-out');
    const result = spawnSync(
      tsx,
      ['packaging/main.ts', relative(REPO_ROOT, broken), '--player-dir', playerDir, '--out', out],
      { cwd: REPO_ROOT, encoding: 'utf8' },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('failed validation. Nothing was written.');
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(out)).toBe(false);
  });
});

describe('--contacts', () => {
  const orgContacts = {
    contacts: [{ id: 'hotline', kind: 'helpline', name: 'Our helpline', phone: '+41 22 000 00 00' }],
  };

  it("replaces the course's contacts in every language", async () => {
    const file = join(temp, 'org-contacts.json');
    writeFileSync(file, JSON.stringify({ $schema: '../contacts.schema.json', ...orgContacts }));
    const { code, out, written } = await run([mini, '--contacts', file]);
    expect(code).toBe(0);
    expect(written).toHaveLength(4);
    for (const name of written) {
      const files = await unzip(readFileSync(join(out, name)));
      expect(wholeCourseData(files).contacts).toEqual(withoutSchema(orgContacts));
    }
  });

  it('refuses a contacts file that breaks the schema, and writes nothing', async () => {
    const file = join(temp, 'bad-contacts.json');
    writeFileSync(file, JSON.stringify({ contacts: [{ id: 'x', kind: 'friend', name: 'A friend' }] }, null, 2));
    const { code, written, output } = await run([mini, sample, '--contacts', file]);
    expect(code).toBe(1);
    expect(written).toEqual([]);
    const lines = output.split('\n');
    expect(lines[0]).toMatch(/^✖ .*bad-contacts\.json cannot replace the support contacts: 1 problem$/);
    expect(lines[1]).toMatch(/bad-contacts\.json:5:15 → contacts\[0\]\.kind: /);
    expect(lines.at(-1)).toBe('Nothing was written.');
  });

  it('refuses a contacts file that does not exist', async () => {
    const { code, written, output } = await run([mini, '--contacts', 'no/such/contacts.json']);
    expect(code).toBe(1);
    expect(written).toEqual([]);
    expect(output).toContain(
      'no/such/contacts.json:1:1 → the contacts file given with --contacts does not exist. Check the path.',
    );
  });

  it('refuses contacts that would leave a contacts block empty', async () => {
    const course = copyFixture('sample', temp, {
      'contacts.json': (c) => c.contacts.push({ id: 'line', kind: 'helpline', name: 'Helpline', phone: '100' }),
      'course.json': (c) =>
        (c.lessons
          .flatMap((l: any) => l.pages)
          .flatMap((p: any) => p.blocks)
          .find((b: any) => b.type === 'contacts').kinds = ['helpline']),
    });
    const file = join(temp, 'no-helpline.json');
    writeFileSync(
      file,
      JSON.stringify({ contacts: [{ id: 'e', kind: 'emergency', name: 'Emergency', phone: '112' }] }),
    );
    const { code, written, output } = await run([relative(REPO_ROOT, course), '--contacts', file]);
    expect(code).toBe(1);
    expect(written).toEqual([]);
    expect(output).toMatch(
      /course\.json:\d+:\d+ → lessons\[\d\]\.pages\[\d\]\.blocks\[\d\]\.kinds: no contact in .*no-helpline\.json is of kind "helpline"/,
    );
  });
});
