/** A `CourseFolder` on the local disk, for the CLI, the packager and the preview server. */
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { findContained } from './contained-file.ts';
import type { CourseFolder } from './validate-course.ts';

/** Enough of a file to tell what it holds: every signature sniffed is in its first bytes. */
const HEAD_BYTES = 4096;

/**
 * Opens `dir` (absolute or relative to `cwd`) as a course folder, displayed relative to `cwd`.
 * Every file is found through `findContained`, so a link, a ".." or a case-only spelling
 * reads as no file at all, and `refusal` says why.
 */
export function nodeCourseFolder(dir: string, cwd = process.cwd()): CourseFolder {
  const root = resolve(cwd, dir);
  const fileOf = (rel: string) => {
    const found = findContained(root, rel);
    return found.found ? found.file : undefined;
  };
  return {
    path: relative(cwd, root).split(sep).join('/') || '.',
    read(rel) {
      const file = fileOf(rel);
      // Invalid UTF-8 becomes U+FFFD here, which the JSON reader reports as a file in another encoding.
      return file ? readFileSync(file, 'utf8') : undefined;
    },
    exists: (rel) => fileOf(rel) !== undefined,
    refusal(rel) {
      const found = findContained(root, rel);
      return found.found ? undefined : found.refused;
    },
    head(rel) {
      const file = fileOf(rel);
      if (!file) return undefined;
      const fd = openSync(file, 'r');
      try {
        const bytes = new Uint8Array(HEAD_BYTES);
        return bytes.subarray(0, readSync(fd, bytes, 0, HEAD_BYTES, 0));
      } finally {
        closeSync(fd);
      }
    },
    list(relFolder) {
      // Names only: reading any of them goes through `findContained`, which refuses a linked folder by name.
      const full = resolve(root, relFolder);
      if (!full.startsWith(root + sep) || !existsSync(full) || !statSync(full).isDirectory()) return [];
      return readdirSync(full);
    },
  };
}

/** Course folders under `coursesDir`: every sub-folder, whether or not it has a course.json yet. */
export function listCourseFolders(coursesDir: string): string[] {
  if (!existsSync(coursesDir)) return [];
  return readdirSync(coursesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && !entry.name.startsWith('_'))
    .map((entry) => join(coursesDir, entry.name))
    .sort();
}
