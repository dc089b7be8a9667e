/**
 * Writes the progress record: the saved parts of the engine's context as a short string
 * (formats in record-format.ts). The LMS's limit decides which layout: a key on every unit
 * when it fits (two characters, then one), otherwise a key per lesson (record-lessons.ts),
 * and past that a record that keeps less, so what reaches the LMS always fits.
 */
import type { Course } from '../course/types.ts';
import type { EngineContext, SavedProgress } from './context.ts';
import { bitsToText, FORMAT, savedAtPart } from './record-format.ts';
import { encodeByLesson, type LessonDetail } from './record-lessons.ts';
import { assessmentPart, blockEntry, headerParts } from './record-parts.ts';
import { recordUnits } from './record-units.ts';

function encodeByUnit(course: Course, ctx: SavedProgress, savedAt: string, width: 1 | 2): string {
  const { units, keys, fingerprint } = recordUnits(course, width);
  let pageKeys = '';
  let blockKeys = '';
  let blocks = '';
  const visited: boolean[] = [];
  units.forEach((unit, i) => {
    if (unit.kind === 'page') {
      pageKeys += keys[i];
      visited.push(ctx.visited.has(unit.id));
    } else {
      blockKeys += keys[i];
      blocks += blockEntry(course, ctx, unit);
    }
  });
  return [
    ...headerParts(FORMAT, course, ctx, savedAt),
    width + fingerprint,
    pageKeys,
    bitsToText(visited),
    blockKeys,
    blocks,
    assessmentPart(course, ctx),
  ].join('~');
}

export interface FittedRecord {
  record: string;
  /** False when the record left something out to fit: the whole of it then stays in the browser. */
  complete: boolean;
}

// What a record by lesson keeps, from everything down to the header alone.
const LESSON_DETAILS: LessonDetail[] = ['all', 'states', 'visited', 'none'];

/**
 * The most complete record within `maxLength` characters: keys on every unit (two
 * characters, then one), then a key per lesson, then less and less (see record-lessons.ts);
 * the last keeps the seed, the bookmark and the assessment, and always fits an LMS.
 */
export function fitProgress(
  course: Course,
  ctx: SavedProgress,
  now: number,
  maxLength: number,
  sequence = 0,
): FittedRecord {
  const savedAt = savedAtPart(now, sequence);
  for (const width of [2, 1] as const) {
    const record = encodeByUnit(course, ctx, savedAt, width);
    if (record.length <= maxLength) return { record, complete: true };
  }
  let record = '';
  for (const detail of LESSON_DETAILS) {
    record = encodeByLesson(course, ctx, savedAt, detail);
    if (record.length <= maxLength) return { record, complete: detail === 'all' };
  }
  return { record, complete: false };
}

/**
 * Encodes the saved parts of a context. `now` is milliseconds since the epoch. Keys are
 * two characters unless that would exceed `maxLength`, when shorter layouts are used.
 * `sequence` numbers the save (0 leaves it out; see savedAtPart).
 */
export function encodeProgress(
  course: Course,
  ctx: SavedProgress,
  now: number,
  maxLength = Infinity,
  sequence = 0,
): string {
  return fitProgress(course, ctx, now, maxLength, sequence).record;
}

/** The saved parts of a context. */
export function savedProgressOf(ctx: EngineContext): SavedProgress {
  const { seed, visited, answers, scenarios, surveys, history, attempt, bookmark } = ctx;
  return { seed, visited, answers, scenarios, surveys, history, attempt, bookmark };
}
