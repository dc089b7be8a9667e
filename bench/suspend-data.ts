/**
 * Section 4: how long the progress record is once everything is done. SCORM 1.2 gives
 * cmi.suspend_data 4,096 characters, and past that an LMS may truncate it or refuse it.
 */
import { createActor } from 'xstate';
import { isQuestion } from '../src/course/kinds.ts';
import type { Course } from '../src/course/types.ts';
import { createCourseMachine } from '../src/engine/course-machine.ts';
import { encodeProgress, savedProgressOf } from '../src/engine/record-encode.ts';
import { walkCourse } from '../tests/support/walkthrough.ts';
import { checksFor, generatedCourse, SIZES } from './generated-courses.ts';

export interface RecordSize {
  name: string;
  pages: number;
  checks: number;
  chars: number;
}

const SAVED_AT = Date.UTC(2026, 10, 22, 12, 0, 0);

const countPages = (course: Course) => course.lessons.reduce((n, lesson) => n + lesson.pages.length, 0);

/**
 * The record after a learner did everything: every page, every question, every scenario to
 * an ending, the assessment passed, the summary reached. Failing the assessment instead
 * gives a record within a few characters of this one.
 */
export function fullCompletionRecord(course: Course): string {
  const actor = createActor(createCourseMachine(course), { input: { seed: 42 } }).start();
  walkCourse(actor, course);
  if (!actor.getSnapshot().matches('summary'))
    throw new Error(`${course.id}: the walk ended in ${JSON.stringify(actor.getSnapshot().value)}, not the summary`);
  return encodeProgress(course, savedProgressOf(actor.getSnapshot().context), SAVED_AT);
}

/** Record sizes for the real courses (`name` → course) and the generated sizes. */
export function measureRecordSizes(real: { name: string; course: Course }[]): {
  sizes: RecordSize[];
  perPage: number;
  perCheck: number;
} {
  const sizes: RecordSize[] = real.map(({ name, course }) => ({
    name,
    pages: countPages(course),
    checks: course.lessons.flatMap((l) => l.pages.flatMap((p) => p.blocks)).filter(isQuestion).length,
    chars: fullCompletionRecord(course).length,
  }));
  for (const pages of SIZES) {
    sizes.push({
      name: `generated ${pages} pages`,
      pages,
      checks: checksFor(pages),
      chars: fullCompletionRecord(generatedCourse(pages)).length,
    });
  }
  // What one more page and one more check cost, from 1,000 pages with and without checks:
  // the figure an author needs to know how big a course can grow.
  const withChecks = sizes.find((s) => s.pages === 1_000 && s.name.startsWith('generated'))!;
  const pagesOnly = fullCompletionRecord(generatedCourse(1_000, 0)).length;
  return { sizes, perPage: pagesOnly / 1_000, perCheck: (withChecks.chars - pagesOnly) / withChecks.checks };
}
