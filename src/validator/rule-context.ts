/** What every cross-reference rule gets: the course and a way to report a problem at a path. */
import type { Course } from '../course/types.ts';
import type { PathRefusal } from './path-refusal.ts';
import type { Report } from './problem.ts';

export interface RuleContext {
  course: Course;
  /** Reports a problem at a JSON path of course.json. */
  report: Report;
  /** For a translation without `estimatedMinutes` of its own: the minutes are the source course's. */
  inheritedMinutes?: boolean;
  /** True when a file exists at this path relative to the course folder. */
  fileExists(relativePath: string): boolean;
  /** Why a file that is there cannot be used (a link, a case-only spelling); see `CourseFolder.refusal`. */
  fileRefusal?(relativePath: string): PathRefusal | undefined;
  /** The first bytes of a file, to check that it holds what its name says. */
  fileHead?(relativePath: string): Uint8Array | undefined;
}

export type Rule = (context: RuleContext) => void;
