/**
 * Large generated courses, written as course folders the real packager can read. They
 * live under bench/.tmp, never in courses/, so no other command ever picks them up.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Course } from '../src/course/types.ts';
import { parseCourse } from '../tests/support/courses.ts';
import { generateCourse } from '../tests/support/generate-course.ts';

export const SIZES = [100, 1_000, 5_000] as const;

/**
 * Knowledge checks per page. The real courses carry 9 to 11 checks on 16 to 19 pages
 * (about 0.55 a page), and the engine's own size test uses 300 on 500 pages, so 0.6 is
 * what a big course written the same way would look like. Each check costs the progress
 * record about three times what a page does, so this number matters for suspend_data.
 */
export const CHECKS_PER_PAGE = 0.6;

export const checksFor = (pages: number) => Math.round(pages * CHECKS_PER_PAGE);

/** The generated course for `pages`, parsed as validation would (defaults filled). */
export function generatedCourse(pages: number, checks = checksFor(pages)): Course {
  return parseCourse(generateCourse(pages, checks));
}

/** Writes generated-<pages>/course.json under `coursesDir` (its contacts come from the demo organisation); returns the folder. */
export function writeGeneratedCourse(coursesDir: string, pages: number): string {
  const dir = join(coursesDir, `generated-${pages}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'course.json'), JSON.stringify(generateCourse(pages, checksFor(pages)), null, 2));
  return dir;
}
