/** Every course folder of the repo with its validated languages, ready to package for the browser. */
import { basename, relative } from 'node:path';
import type { Course } from '../../../../src/course/types.ts';
import { courseFolders, loadCourse, ROOT } from '../../../support/courses.ts';
import { type ExtractedPackage, extractPackages } from '../../support/packages.ts';

export interface CourseLanguage {
  /** "self-care (ar)" */
  name: string;
  folder: string;
  course: Course;
}

/** Each language of each course in courses/ and tests/fixtures/courses/, validated. */
export function everyCourseLanguage(): CourseLanguage[] {
  return courseFolders().flatMap((dir) => {
    const folder = relative(ROOT, dir);
    return loadCourse(folder).map(({ course }) => ({ name: `${basename(dir)} (${course.language})`, folder, course }));
  });
}

const packaged = new Map<string, Promise<ExtractedPackage[]>>();

/** The extracted SCORM 1.2 package of one course language; packages each folder once per test file. */
export async function packageOf(folder: string, language: string): Promise<ExtractedPackage> {
  let all = packaged.get(folder);
  if (!all) {
    all = extractPackages(folder, 'scorm12');
    packaged.set(folder, all);
  }
  const found = (await all).find((p) => p.language === language);
  if (!found)
    throw new Error(
      `${folder} has no ${language} package; its languages are ${(await all).map((p) => p.language).join(', ')}.`,
    );
  return found;
}
