/**
 * How long the progress record is once everything is done, as an LMS gets it. SCORM 1.2
 * gives cmi.suspend_data 4,096 characters; the record picks the layout that fits
 * (a key on every unit, then a key per lesson), and past that leaves out what costs most,
 * keeping the whole in the browser (record-encode.ts).
 */
import { createActor } from 'xstate';
import { isQuestion } from '../src/course/kinds.ts';
import type { Course } from '../src/course/types.ts';
import { createCourseMachine } from '../src/engine/course-machine.ts';
import { encodeProgress, fitProgress, savedProgressOf } from '../src/engine/record-encode.ts';
import { walkCourse } from '../tests/support/walkthrough.ts';
import { checksFor, generatedCourse } from './generated-courses.ts';

/** SCORM 1.2's cmi.suspend_data limit. */
export const SCORM12_LIMIT = 4096;
/** The generated sizes the issue names. */
export const RECORD_SIZES = [500, 1_000, 2_000] as const;

export interface RecordSize {
  name: string;
  pages: number;
  checks: number;
  /** The record SCORM 1.2 gets, and how it is laid out: two- or one-character unit keys, or lesson keys. */
  chars: number;
  layout: 'unit keys (2)' | 'unit keys (1)' | 'lesson keys';
  /** Whether it holds everything (the local copy always does). */
  complete: boolean;
  /** The whole record, with two-character keys, as the browser keeps it. */
  wholeChars: number;
}

const SAVED_AT = Date.UTC(2026, 10, 22, 12, 0, 0);

const countPages = (course: Course) => course.lessons.reduce((n, lesson) => n + lesson.pages.length, 0);

/**
 * The record after a learner did everything: every page, every question, every scenario to
 * an ending, the assessment passed, the summary reached.
 */
function fullCompletion(course: Course) {
  const actor = createActor(createCourseMachine(course), { input: { seed: 42 } }).start();
  walkCourse(actor, course);
  if (!actor.getSnapshot().matches('summary'))
    throw new Error(`${course.id}: the walk ended in ${JSON.stringify(actor.getSnapshot().value)}, not the summary`);
  return savedProgressOf(actor.getSnapshot().context);
}

function measure(name: string, course: Course, checks: number): RecordSize {
  const saved = fullCompletion(course);
  const { record, complete } = fitProgress(course, saved, SAVED_AT, SCORM12_LIMIT);
  const shape = record.split('~')[6] ?? '';
  const layout = record.startsWith('P3~') ? 'lesson keys' : shape.startsWith('1') ? 'unit keys (1)' : 'unit keys (2)';
  return {
    name,
    pages: countPages(course),
    checks,
    chars: record.length,
    layout,
    complete,
    wholeChars: encodeProgress(course, saved, SAVED_AT).length,
  };
}

/** Record sizes for the real courses (`name` → course) and the generated sizes. */
export function measureRecordSizes(real: { name: string; course: Course }[]): RecordSize[] {
  return [
    ...real.map(({ name, course }) =>
      measure(name, course, course.lessons.flatMap((l) => l.pages.flatMap((p) => p.blocks)).filter(isQuestion).length),
    ),
    ...RECORD_SIZES.map((pages) => measure(`generated ${pages} pages`, generatedCourse(pages), checksFor(pages))),
  ];
}
