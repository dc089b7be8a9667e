/** Checks beyond the schema and the cross-reference rules that every validation runs. */
import { verifyCourseFlow } from '../engine/verify.ts';
import type { CourseCheck } from './validate-course.ts';

/** The engine walks the course's own state machine: every page, node and ending reachable, no traps. */
const courseFlow: CourseCheck = (course, report) => {
  for (const problem of verifyCourseFlow(course)) report(problem.path, problem.rule, problem.message);
};

export const courseChecks: CourseCheck[] = [courseFlow];
