/**
 * Large generated courses, written as course folders the real packager can read. They
 * live under bench/.tmp, never in courses/, so no other command ever picks them up.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Course } from '../src/course/types.ts';
import { parseCourse } from '../tests/support/courses.ts';
import { generateCourse } from '../tests/support/generate-course.ts';

/** The packaging sizes the issue names, and a ten-page course whose cost is the command's own start-up. */
export const PACKAGING_SIZES = [10, 1_000, 5_000, 10_000] as const;

/**
 * Knowledge checks per page. The real courses carry 9 to 11 checks on 16 to 20 pages
 * (about 0.55 a page), and the engine's own size test uses 300 on 500 pages, so 0.6 is
 * what a big course written the same way would look like. Each check costs the progress
 * record about three times what a page does, so this number matters for suspend_data.
 */
export const CHECKS_PER_PAGE = 0.6;

/**
 * Words of text on each generated page. Ten keep a 10,000-page course within the schema's
 * 6,000 minutes and the validator's 5 MB file limit; every size uses the same pages, so
 * each page costs the same to package whatever the course's size.
 */
const BODY_WORDS = 10;

export const checksFor = (pages: number) => Math.round(pages * CHECKS_PER_PAGE);

/** The generated course for `pages`, parsed as validation would (defaults filled). */
export function generatedCourse(pages: number, checks = checksFor(pages)): Course {
  return parseCourse(generateCourse(pages, checks, undefined, { bodyWords: BODY_WORDS }));
}

/** Writes generated-<pages>/course.json (compact) under `coursesDir` (its contacts come from the demo organisation); returns the folder. */
export function writeGeneratedCourse(coursesDir: string, pages: number): string {
  const dir = join(coursesDir, `generated-${pages}`);
  mkdirSync(dir, { recursive: true });
  const course = generateCourse(pages, checksFor(pages), undefined, { bodyWords: BODY_WORDS });
  writeFileSync(join(dir, 'course.json'), JSON.stringify(course));
  return dir;
}
