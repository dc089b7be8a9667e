/** Checks beyond the schema and the cross-reference rules that every validation runs. */
import { verifyCourseFlow } from '../engine/verify.ts';
import type { FoundError } from './error-catalogue.ts';
import type { JsonPath, Report } from './problem.ts';
import type { CourseCheck } from './validate-course.ts';

/** Reports an error whose id the engine chose; the catalogue words it. */
function reportFound(report: Report, path: JsonPath, { rule, params }: FoundError) {
  (report as (path: JsonPath, rule: FoundError['rule'], params: unknown) => void)(path, rule, params);
}

/** The engine walks the course's own state machine: every page, node and ending reachable, no traps. */
const courseFlow: CourseCheck = (course, report) => {
  // Each engine problem is one of the catalogue's errors: the type check here keeps the two in step.
  for (const problem of verifyCourseFlow(course)) reportFound(report, problem.path, problem);
};

export const courseChecks: CourseCheck[] = [courseFlow];
