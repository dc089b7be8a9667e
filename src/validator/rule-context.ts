/** What every cross-reference rule gets: the course and a way to report a problem at a path. */
import type { ContactsFile, Course } from '../course/types.ts';
import type { JsonPath } from './problem.ts';

export interface RuleContext {
  course: Course;
  contacts?: ContactsFile;
  /** Reports a problem at a JSON path of course.json. */
  report(path: JsonPath, rule: string, message: string): void;
  /** True when a file exists at this path relative to the course folder. */
  fileExists(relativePath: string): boolean;
}

export type Rule = (context: RuleContext) => void;

/** Lists ids the way messages show them: `(a, b, c)`. */
export function listIds(ids: Iterable<string>): string {
  const all = [...ids];
  return all.length > 8 ? `${all.slice(0, 8).join(', ')}, …` : all.join(', ');
}
