/**
 * The package command's validation step: every course folder checked as `npm run validate`
 * checks it, and course ids that would overwrite each other's zips.
 */
import { resolve } from 'node:path';
import { courseChecks } from '../src/validator/flow-check.ts';
import { nodeCourseFolder } from '../src/validator/node-folder.ts';
import { type CourseFolder, type ValidatedCourse, validateCourseFolder } from '../src/validator/validate-course.ts';
import { plural, type Reporter } from './command-io.ts';

export interface ReadyCourse {
  /** The course folder, absolute. */
  dir: string;
  folder: CourseFolder;
  /** The folder as the person typed it or as the CLI shows it. */
  label: string;
  languages: ValidatedCourse[];
}

/** Validates every target; prints each failing course's problems and keeps the rest. */
export function validateCourses(
  targets: readonly string[],
  report: Reporter,
): { ready: ReadyCourse[]; failed: number } {
  const { cwd } = report.io;
  const ready: ReadyCourse[] = [];
  const folderById = new Map<string, string>();
  let failed = 0;
  for (const target of targets) {
    const folder = nodeCourseFolder(target, cwd);
    // Course warnings (guessable questions) are for authors, in `npm run validate`; packaging never repeated them.
    const { problems, courses } = validateCourseFolder(folder, courseChecks);
    const source = courses[0];
    if (problems.length || !source) {
      failed += 1;
      report.problems(`✖ ${folder.path}: ${plural(problems.length, 'problem')}`, problems);
      continue;
    }
    // Package names come from the course id, so a second folder with the same id would overwrite the first's zips.
    const other = folderById.get(source.course.id);
    if (other) {
      failed += 1;
      report.fail(
        `✖ ${folder.path}: ${other} already has the course id "${source.course.id}", and its packages would be overwritten. Give each course its own id.`,
      );
      continue;
    }
    folderById.set(source.course.id, folder.path);
    report.progress(`  ${folder.path}: ${courses.map(({ course }) => course.language).join(', ')} valid`);
    ready.push({ dir: resolve(cwd, target), folder, label: folder.path, languages: courses });
  }
  return { ready, failed };
}
