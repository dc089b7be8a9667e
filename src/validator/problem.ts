/** A problem found in an author's file, with where it is and what to do about it. */
import type { ErrorId, ErrorParams } from './error-catalogue.ts';

export interface Problem {
  /** Path of the file as the author would type it, relative to the project root. */
  file: string;
  line: number;
  column: number;
  /** Where in the JSON, such as `lessons[1].pages[0].blocks[2].correct`. Empty for the whole file. */
  path: string;
  /** What is wrong, then what to do. Never starts with "Error". */
  message: string;
  /** The kind of problem: its id in the error catalogue, for tests, tooling and docs/errors.md. */
  rule: ErrorId;
  /** An error fails validation; a warning is printed after the errors and never fails anything. */
  severity: Severity;
}

export type Severity = 'error' | 'warning';

export type JsonPath = ReadonlyArray<string | number>;

/**
 * Reports a problem at a JSON path: the catalogue's id and that entry's parameters, and
 * optionally `find`, the text inside the string to point at.
 * @example report(['lessons', 0, 'pages', 1, 'id'], 'duplicate-id', { scope: 'course', id, first })
 */
export type Report = <Id extends ErrorId>(path: JsonPath, rule: Id, params: ErrorParams<Id>, find?: string) => void;

/**
 * Writes a JSON path the way authors read it.
 * @example formatPath(['lessons', 1, 'pages', 0, 'title']) // 'lessons[1].pages[0].title'
 */
export function formatPath(path: JsonPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += /^[A-Za-z_$][\w$]*$/.test(part) ? (out ? '.' : '') + part : `[${JSON.stringify(part)}]`;
  }
  return out;
}

/** A message as a sentence: with a full stop unless it already ends like one. */
export function asSentence(message: string): string {
  return /[.!?]$/.test(message) ? message : `${message}.`;
}

/** One line per problem: `file:line:col → path: message`. */
export function formatProblem(problem: Problem): string {
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  const message = asSentence(problem.message);
  return problem.path ? `${where} → ${problem.path}: ${message}` : `${where} → ${message}`;
}

/**
 * A problem as the CLIs print it: `formatProblem`'s line, then the rule id an author can
 * look up in docs/errors.md.
 * @example formatProblemLine(problem) // 'courses/x/course.json:41:17 → …. Use the id of a choice. [unknown-choice]'
 */
export function formatProblemLine(problem: Problem): string {
  return `${formatProblem(problem)} [${problem.rule}]`;
}

/** Sorts problems by file, then position, then path, and drops exact repeats. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return [...problems]
    .sort(
      (a, b) =>
        a.file.localeCompare(b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        a.path.localeCompare(b.path) ||
        a.message.localeCompare(b.message),
    )
    .filter((p) => {
      const key = formatProblem(p);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
