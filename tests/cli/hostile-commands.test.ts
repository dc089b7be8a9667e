/**
 * The hostile folders (tests/support/hostile-folders.ts) as an author meets them on the
 * command line: `validate` and `package` exit 1 with one located line per problem, never a
 * stack trace, and write nothing.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakePlayer } from '../packaging/helpers.ts';
import { ROOT } from '../support/courses.ts';
import { HOSTILE, HOSTILE_FILES, plantHostileCourses } from '../support/hostile-folders.ts';

const planted = plantHostileCourses();
afterAll(() => planted.remove());
const names = [...Object.keys(HOSTILE), ...Object.keys(HOSTILE_FILES).filter((name) => name !== 'byte-order-mark')];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function pssScorm(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/pss-scorm.mjs'), ...args], {
      cwd: planted.root,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const states = () =>
  readdirSync(planted.root, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((rel) => `${rel} ${statSync(join(planted.root, rel), { throwIfNoEntry: false })?.mtimeMs}`);

let validate: Run;
let packaged: Run;
let before: string[];

beforeAll(async () => {
  const player = fakePlayer(planted.root);
  before = states();
  [validate, packaged] = await Promise.all([
    pssScorm('validate', ...names),
    pssScorm('package', ...names, '--player-dir', player, '--out', 'out'),
  ]);
});

/** The problem lines of a run: indented, one per problem; warnings (the demo organisation's, "  ! …") are not problems. */
const problemLines = (run: Run) =>
  run.stderr.split('\n').filter((line) => line.startsWith('  ') && !line.startsWith('  ! '));

describe.each([
  ['validate', () => validate],
  ['package', () => packaged],
])('%s on the hostile folders', (_command, result) => {
  it('exits 1 with one located line per folder, `file:line:col → path: what. What to do. [rule]`', () => {
    const run = result();
    expect(run.code).toBe(1);
    const lines = problemLines(run);
    expect(lines).toHaveLength(names.length);
    for (const line of lines) expect(line).toMatch(/^ {2}[\w./-]+\.json:\d+:\d+ → (?:\S+: )?\S.*[.?] \[[a-z-]+\]$/);
    expect(new Set(lines.map((line) => line.trim().split('/')[0]))).toEqual(new Set(names));
  });

  it('prints no stack trace', () => {
    const run = result();
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/^\s+at |Error:|bug in the tool/m);
  });
});

it('writes nothing: no package, and every planted file as it was', () => {
  expect(existsSync(join(planted.root, 'out'))).toBe(false);
  expect(states()).toEqual(before);
  expect(packaged.stderr).toMatch(/\d+ of \d+ courses failed validation\. Nothing was written\.$/m);
});
