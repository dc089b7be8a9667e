/** A `CourseFolder` on the local disk, for the CLI, the packager and the preview server. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { CourseFolder } from './validate-course.ts';

/** Opens `dir` (absolute or relative to `cwd`) as a course folder, displayed relative to `cwd`. */
export function nodeCourseFolder(dir: string, cwd = process.cwd()): CourseFolder {
  const root = resolve(cwd, dir);
  const inside = (rel: string) => {
    const full = resolve(root, rel);
    return full === root || full.startsWith(root + sep) ? full : undefined;
  };
  return {
    path: relative(cwd, root).split(sep).join('/') || '.',
    read(rel) {
      const full = inside(rel);
      if (!full || !existsSync(full) || !statSync(full).isFile()) return undefined;
      return readFileSync(full, 'utf8');
    },
    exists(rel) {
      const full = inside(rel);
      // Exact letter case matters: LMS servers are often case-sensitive even when this disk is not.
      if (!full || !existsSync(full) || !statSync(full).isFile()) return false;
      const parts = relative(root, full).split(sep);
      let at = root;
      for (const part of parts) {
        if (!readdirSync(at).includes(part)) return false;
        at = join(at, part);
      }
      return true;
    },
    list(relFolder) {
      const full = inside(relFolder);
      if (!full || !existsSync(full) || !statSync(full).isDirectory()) return [];
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
