/** Loads the repo's courses for tests, validated the same way `npm run validate` does. */
import { resolve } from 'node:path';
import { course as courseSchema } from '../../src/course/course-schema.ts';
import type { Course, CourseInput } from '../../src/course/types.ts';
import { listCourseFolders, nodeCourseFolder } from '../../src/validator/node-folder.ts';
import { formatProblem } from '../../src/validator/problem.ts';
import { type ValidatedCourse, validateCourseFolder } from '../../src/validator/validate-course.ts';

export const ROOT = resolve(import.meta.dirname, '../..');

/** Every course folder the engine must handle: the real courses, then the fixtures. */
export function courseFolders(): string[] {
  return [
    ...listCourseFolders(resolve(ROOT, 'courses')),
    ...listCourseFolders(resolve(ROOT, 'tests/fixtures/courses')),
  ];
}

/** Every language of a course folder, validated; throws with the problems when it is invalid. */
export function loadCourse(dir: string): ValidatedCourse[] {
  const { problems, courses } = validateCourseFolder(nodeCourseFolder(dir, ROOT));
  if (problems.length) throw new Error(problems.map(formatProblem).join('\n'));
  return courses;
}

/** Parses a course object with the schema, filling defaults, as validation does. */
export function parseCourse(input: CourseInput | unknown): Course {
  return courseSchema.parse(input);
}
