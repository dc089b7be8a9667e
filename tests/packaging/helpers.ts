/** Shared setup for the packaging tests: fixtures, a fake player, unzipping and temp folders. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { afterAll } from 'vitest';
import { PART_FILES } from '../../packaging/player-parts.ts';
import { mergeTextParts, readTextPartScript } from '../../src/course/course-text.ts';
import { courseChecks } from '../../src/validator/flow-check.ts';
import { nodeCourseFolder } from '../../src/validator/node-folder.ts';
import { type ValidatedCourse, validateCourseFolder } from '../../src/validator/validate-course.ts';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURES = join(REPO_ROOT, 'tests', 'fixtures', 'courses');
export const fixtureDir = (name: 'sample' | 'mini') => join(FIXTURES, name);

/** A fresh temp folder, removed when the test file ends. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pss-packaging-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A stand-in for dist/player, so these tests need neither Vite nor the real player. */
export function fakePlayer(parent: string): string {
  const dir = join(parent, 'player');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'player.js'), '(function(){document.documentElement.dataset.player="fake";})();\n');
  writeFileSync(join(dir, 'player.css'), 'body{margin:0}\n');
  for (const part of PART_FILES) writeFileSync(join(dir, part), `(function(){/* ${part} */})();\n`);
  return dir;
}

/** Every language of a course folder, which must be valid. */
export function validate(dir: string): ValidatedCourse[] {
  const { problems, courses } = validateCourseFolder(nodeCourseFolder(dir, REPO_ROOT), courseChecks);
  if (problems.length) throw new Error(`fixture ${dir} is invalid: ${problems.map((p) => p.message).join('; ')}`);
  return courses;
}

/** Copies a fixture course into `parent` and edits its JSON files, for courses the fixtures do not cover. */
export function copyFixture(
  name: 'sample' | 'mini',
  parent: string,
  edits: Record<string, (json: any) => void> = {},
): string {
  const dir = join(parent, `${name}-copy-${Math.random().toString(36).slice(2, 8)}`);
  cpSync(fixtureDir(name), dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const json = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    edit(json);
    writeFileSync(join(dir, file), JSON.stringify(json, null, 2));
  }
  return dir;
}

/** The entries of a zip, by path as stored (folder entries end in "/"). */
export async function unzip(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const files = new Map<string, Uint8Array>();
  for (const entry of Object.values(zip.files)) files.set(entry.name, await entry.async('uint8array'));
  return files;
}

export const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

/** Reads the inline `#course-data` JSON out of an index.html. */
export function inlineCourseData(html: string): unknown {
  const match = /<script type="application\/json" id="course-data">([\s\S]*?)<\/script>/.exec(html);
  if (!match) throw new Error('index.html has no #course-data script');
  return JSON.parse(match[1]!);
}

/** A package's course data as the player ends up with it: the inline data, with every text part put back. */
export function wholeCourseData(files: Map<string, Uint8Array>): Record<string, unknown> {
  const data = inlineCourseData(text(files.get('index.html'))) as Parameters<typeof mergeTextParts>[0];
  mergeTextParts(data, (name) => readTextPartScript(text(files.get(`${name}.js`))));
  return data as unknown as Record<string, unknown>;
}

/** A course or contacts object as it appears in the package: without the editor-only "$schema". */
export function withoutSchema<T extends object>(value: T): Omit<T, '$schema'> {
  const { $schema: _schema, ...rest } = value as T & { $schema?: string };
  return rest;
}
