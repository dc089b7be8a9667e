/**
 * Validates one course folder: course.json, its translations, and every rule that ties
 * them together. Support contacts are not a course's: they come from an organisation profile. It reads files through `CourseFolder`, so the
 * CLI, the packager and the preview share it, and it never writes anything.
 */
import { course as courseSchema } from '../course/course-schema.ts';
import type { Course } from '../course/types.ts';
import { runRules } from './course-rules.ts';
import { foundProblemAt, problemAt } from './error-catalogue.ts';
import { type Estimate, estimateCourse } from './estimate.ts';
import { LINTS } from './lints.ts';
import { type PathRefusal, refusalError } from './path-refusal.ts';
import { formatPath, type Problem, type Report, sortProblems } from './problem.ts';
import { validateJsonFile } from './validate-file.ts';
import { validateTranslation } from './validate-translation.ts';

/** Read access to a course folder. Paths are relative to the folder and use "/". */
export interface CourseFolder {
  /** The folder as the author would type it, such as `courses/self-care`. */
  path: string;
  read(relativePath: string): string | undefined;
  exists(relativePath: string): boolean;
  /**
   * Why a file that is there cannot be used: a symbolic or hard link, a case-only spelling,
   * a path that leaves the folder. Undefined when it can be used or is simply missing. A
   * folder on disk answers (node-folder.ts); folders held in memory have nothing to refuse.
   */
  refusal?(relativePath: string): PathRefusal | undefined;
  /** The first bytes of a file, to tell what it really holds; undefined when there is no such file. */
  head?(relativePath: string): Uint8Array | undefined;
  /** File names directly inside a sub-folder, or [] when it does not exist. */
  list(relativeFolder: string): string[];
}

/** One playable language of a validated course. */
export interface ValidatedCourse {
  course: Course;
  estimate: Estimate;
  /** The file this language came from: course.json or i18n/<lang>.json. */
  file: string;
  /** The raw JSON the course was parsed from, as packaging and the preview need it. */
  raw: unknown;
}

/** Extra checks that other parts of the project add, such as the engine's reachability analysis. They run once the rules pass. */
export type CourseCheck = (course: Course, report: Report) => void;

/** What validating a course folder found: errors, warnings, and the languages ready to play when there are no errors. */
export interface FolderResult {
  /** Errors, sorted. Any error means no language of the course is ready. */
  problems: Problem[];
  /** Warnings, sorted: printed after the errors, never a reason to refuse the course. */
  warnings: Problem[];
  courses: ValidatedCourse[];
}

export function validateCourseFolder(folder: CourseFolder, extraChecks: CourseCheck[] = []): FolderResult {
  const file = `${folder.path}/course.json`;
  const text = folder.read('course.json');
  if (text === undefined) {
    const place = { file, line: 1, column: 1, path: '' };
    const refused = folder.refusal?.('course.json');
    const problem = refused
      ? foundProblemAt(place, refusalError('course.json', refused))
      : problemAt(place, 'missing-course', { folder: folder.path });
    return { problems: [problem], warnings: [], courses: [] };
  }
  const source = validateJsonFile(file, text, courseSchema, { kind: 'course' });
  if (!source.value || !source.source) return { problems: sortProblems(source.problems), warnings: [], courses: [] };
  const found: Problem[] = [];
  const locate = source.source.locate;
  const { locateText } = source.source;
  const report: Report = (path, rule, params, find) => {
    const at = find === undefined ? locate(path) : locateText(path, find);
    found.push(problemAt({ file, ...at, path: formatPath(path) }, rule, params));
  };

  runRules(source.value, folder, report, extraChecks);
  for (const lint of LINTS) lint(source.value, report);
  // Problems of every severity are gathered in one list, then told apart by the catalogue's severity.
  const problems = found.filter((p) => p.severity === 'error');
  const courses: ValidatedCourse[] = [];
  if (!problems.length)
    courses.push({
      course: source.value,
      estimate: estimateCourse(source.value),
      file,
      raw: source.source.value,
    });

  const sourceCourse = { course: source.value, raw: source.source.value };
  for (const name of translationFiles(folder)) {
    const translated = validateTranslation(folder, `i18n/${name}`, sourceCourse, extraChecks, found);
    if (translated) courses.push(translated);
  }
  const errors = found.filter((p) => p.severity === 'error');
  return {
    problems: sortProblems(errors),
    warnings: sortProblems(found.filter((p) => p.severity === 'warning')),
    courses: errors.length ? [] : courses,
  };
}

/** The translation files of a course folder, in name order. */
function translationFiles(folder: CourseFolder): string[] {
  return folder
    .list('i18n')
    .filter((name) => name.endsWith('.json'))
    .sort();
}
