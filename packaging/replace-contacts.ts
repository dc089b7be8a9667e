/**
 * `--contacts <file>`: an organisation ships the same course with its own support
 * contacts. The file is checked as strictly as a course's own contacts file, and against
 * the course's contacts blocks, before anything is written.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { contactsFile } from '../src/course/course-schema.ts';
import type { ContactsFile } from '../src/course/types.ts';
import { problemAt } from '../src/validator/error-catalogue.ts';
import { parseJsonSource } from '../src/validator/json-source.ts';
import { formatPath, type Problem, type Report, sortProblems } from '../src/validator/problem.ts';
import { contactKinds } from '../src/validator/rule-structure.ts';
import type { CourseFolder, ValidatedCourse } from '../src/validator/validate-course.ts';
import { validateJsonFile } from '../src/validator/validate-file.ts';

/** Reads and validates an organisation's contacts file. `contacts` is set only when there are no problems. */
export function loadContactsFile(path: string, cwd = process.cwd()): { contacts?: ContactsFile; problems: Problem[] } {
  const file = relative(cwd, resolve(cwd, path)).split(sep).join('/');
  const full = resolve(cwd, path);
  if (!existsSync(full) || !statSync(full).isFile()) {
    return { problems: [problemAt({ file, line: 1, column: 1, path: '' }, 'missing-file', { what: '--contacts' })] };
  }
  const result = validateJsonFile(file, readFileSync(full, 'utf8'), contactsFile);
  return result.value ? { contacts: result.value, problems: [] } : { problems: result.problems };
}

/**
 * Problems the replacement contacts cause in a course, such as a contacts block that
 * shows only helplines when the new file has none. Every language shares the source
 * structure, so checking the source course is enough.
 */
export function replacementProblems(
  folder: CourseFolder,
  source: ValidatedCourse,
  contacts: ContactsFile,
  contactsPath: string,
): Problem[] {
  const file = `${folder.path}/course.json`;
  const located = parseJsonSource(file, folder.read('course.json') ?? '').source;
  const problems: Problem[] = [];
  const report: Report = (path, rule, params) => {
    const at = located?.locate(path) ?? { line: 1, column: 1 };
    problems.push(problemAt({ file, ...at, path: formatPath(path) }, rule, params));
  };
  // Messages name the replacement file, since the course's own contacts file is not the one at fault.
  contactKinds({
    course: source.course,
    contacts,
    contactsFile: contactsPath,
    report,
    fileExists: (p) => folder.exists(p),
  });
  return sortProblems(problems);
}

/** The course languages with their contacts replaced. */
export function withContacts(courses: ValidatedCourse[], contacts: ContactsFile | undefined): ValidatedCourse[] {
  return contacts ? courses.map((validated) => ({ ...validated, contacts })) : courses;
}
