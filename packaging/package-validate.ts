/**
 * The package command's validation step: every course folder checked as `npm run validate`
 * checks it, an organisation's contacts file if one was given, and course ids that would
 * overwrite each other's zips.
 */
import { resolve } from 'node:path';
import type { ContactsFile } from '../src/course/types.ts';
import { courseChecks } from '../src/validator/flow-check.ts';
import { nodeCourseFolder } from '../src/validator/node-folder.ts';
import { formatProblemLine, type Problem } from '../src/validator/problem.ts';
import { type ValidatedCourse, validateCourseFolder } from '../src/validator/validate-course.ts';
import { plural, type Reporter } from './command-io.ts';
import { placeholderContactsWarning } from './placeholder-contacts.ts';
import { loadContactsFile, replacementProblems, withContacts } from './replace-contacts.ts';

export interface ReadyCourse {
  /** The course folder, absolute. */
  dir: string;
  /** The folder as the person typed it or as the CLI shows it. */
  label: string;
  languages: ValidatedCourse[];
}

// The validator is gaining warnings (Problem.severity); until then every problem is an error.
const isWarning = (problem: Problem) => (problem as Problem & { severity?: string }).severity === 'warning';

/**
 * The replacement contacts from `--contacts`: undefined when none were given, false when
 * the file has problems (printed here), the contacts otherwise.
 */
export function loadReplacementContacts(path: string | undefined, report: Reporter): ContactsFile | undefined | false {
  if (path === undefined) return undefined;
  const loaded = loadContactsFile(path, report.io.cwd);
  if (loaded.contacts) return loaded.contacts;
  report.problems(
    `✖ ${path} cannot replace the support contacts: ${plural(loaded.problems.length, 'problem')}`,
    loaded.problems,
  );
  return false;
}

/** Validates every target; prints each failing course's problems and keeps the rest. */
export function validateCourses(
  targets: readonly string[],
  contacts: ContactsFile | undefined,
  contactsPath: string,
  report: Reporter,
): { ready: ReadyCourse[]; failed: number } {
  const { cwd } = report.io;
  const ready: ReadyCourse[] = [];
  const folderById = new Map<string, string>();
  let failed = 0;
  for (const target of targets) {
    const folder = nodeCourseFolder(target, cwd);
    const { problems, courses } = validateCourseFolder(folder, courseChecks);
    const source = courses[0];
    const more = contacts && source ? replacementProblems(folder, source, contacts, contactsPath) : [];
    const errors = [...problems, ...more].filter((problem) => !isWarning(problem));
    for (const warning of problems.filter(isWarning)) report.warn(formatProblemLine(warning));
    if (errors.length || !source) {
      failed += 1;
      report.problems(`✖ ${folder.path}: ${plural(errors.length, 'problem')}`, errors);
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
    const languages = withContacts(courses, contacts);
    const warning = placeholderContactsWarning(folder.path, languages);
    if (warning) report.warn(warning);
    report.progress(`  ${folder.path}: ${languages.map(({ course }) => course.language).join(', ')} valid`);
    ready.push({ dir: resolve(cwd, target), label: folder.path, languages });
  }
  return { ready, failed };
}
