/**
 * The pss-scorm command line: its commands, run from a folder that holds courses/ but not
 * the tool, and run-time imports that all come from `dependencies`, so
 * `npm ci --omit=dev && npx pss-scorm package` works.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fakePlayer, fixtureDir } from '../packaging/helpers.ts';
import { ROOT } from '../support/courses.ts';

const temp = mkdtempSync(join(tmpdir(), 'pss-bin-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const BIN = join(ROOT, 'bin', 'pss-scorm.mjs');
const run = (cwd: string, ...args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

describe('pss-scorm', () => {
  it('is the package’s bin, and lists its commands when given none', () => {
    expect(pkg.bin).toEqual({ 'pss-scorm': 'bin/pss-scorm.mjs' });
    const result = run(ROOT);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatchInlineSnapshot(`
      "Usage: pss-scorm <command> [arguments]

        package     validate every course and write its SCORM 1.2 and 2004 zips
        check       verify built zips as an LMS would meet them
        validate    check courses without writing anything
        new-course  start a new, valid course in courses/<id>
        xliff       export a course to XLIFF 2.0 for translators, or import it back
      "
    `);
  });

  it('packages and validates the courses of whatever folder it runs in, for the demo organisation it brings', () => {
    const project = join(temp, 'my-courses');
    cpSync(fixtureDir('mini'), join(project, 'courses', 'mini'), { recursive: true });
    const player = fakePlayer(temp);
    const packaged = run(project, 'package', '--standard', 'scorm12', '--player-dir', player);
    // A folder without organisations/ still has the tool's demo, which says how to make a real profile.
    expect(packaged.stderr).toMatch(
      /^\n1 warning:\n {2}! .*organisations\/demo\/profile\.json:\d+:\d+ → demo: is true/,
    );
    expect(packaged.status).toBe(0);
    expect(readdirSync(join(project, 'dist', 'packages', 'demo')).sort()).toEqual([
      'mini-ar-scorm12.zip',
      'mini-en-scorm12.zip',
    ]);
    const validated = run(project, 'validate');
    expect(validated.status).toBe(0);
    expect(validated.stdout).toMatch(/^✓ mini +en /m);
  });
});

/** Every package a file imports at run time (not `import type`), by name. */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [
    ...text.matchAll(/^import (?!type )[^'"]*?from '([^'.][^']*)'/gm),
    ...text.matchAll(/^import '([^'.][^']*)'/gm),
    ...text.matchAll(/\bimport\('([^'.][^']*)'\)/g),
  ].map((m) => m[1]!);
  return specifiers
    .filter((s) => !s.startsWith('node:'))
    .map((s) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]!));
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(?:m?ts|tsx|mjs)$/.test(name) ? [path] : [];
  });
}

describe('run-time dependencies', () => {
  it('are all in dependencies, none only in devDependencies', () => {
    const sources = [...files(join(ROOT, 'src')), ...files(join(ROOT, 'packaging')), BIN, join(ROOT, 'vite.config.ts')];
    const missing = sources.flatMap((file) =>
      runtimeImports(file)
        .filter((name) => !(name in pkg.dependencies))
        .map((name) => `${relative(ROOT, file)} imports ${name}`),
    );
    expect(missing).toEqual([]);
    // The scanner sees what it must: the packager's zip library and the check's browser driver.
    expect(runtimeImports(join(ROOT, 'packaging/zip-writer.ts'))).toContain('jszip');
    expect(runtimeImports(join(ROOT, 'packaging/check/chromium.ts'))).toContain('playwright-core');
  });
});
