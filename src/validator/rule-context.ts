/** What every cross-reference rule gets: the course and a way to report a problem at a path. */
import type { ContactsFile, Course } from '../course/types.ts';
import type { Report } from './problem.ts';

export interface RuleContext {
  course: Course;
  contacts?: ContactsFile;
  /** How messages name the contacts file when it is not the course's own, such as a `--contacts` file. */
  contactsFile?: string;
  /** Reports a problem at a JSON path of course.json. */
  report: Report;
  /** True when a file exists at this path relative to the course folder. */
  fileExists(relativePath: string): boolean;
}

export type Rule = (context: RuleContext) => void;
