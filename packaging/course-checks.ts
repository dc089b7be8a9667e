/** Checks beyond the schema and the cross-reference rules that every validation runs. */
import type { CourseCheck } from '../src/validator/validate-course.ts';

export const courseChecks: CourseCheck[] = [];
