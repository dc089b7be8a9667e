/** A problem found in an author's file, with where it is and what to do about it. */
export interface Problem {
  /** Path of the file as the author would type it, relative to the project root. */
  file: string;
  line: number;
  column: number;
  /** Where in the JSON, such as `lessons[1].pages[0].blocks[2].correct`. Empty for the whole file. */
  path: string;
  /** What is wrong, then what to do. Never starts with "Error". */
  message: string;
  /** A stable name for the kind of problem, for tests and tooling. */
  rule: string;
}

export type JsonPath = ReadonlyArray<string | number>;

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

/** One line per problem: `file:line:col → path: message`. */
export function formatProblem(problem: Problem): string {
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  const message = /[.!?]$/.test(problem.message) ? problem.message : `${problem.message}.`;
  return problem.path ? `${where} → ${problem.path}: ${message}` : `${where} → ${message}`;
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
