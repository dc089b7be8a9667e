/**
 * The progress record: the engine's context as a short string for `cmi.suspend_data`.
 *
 *   P2~course~version~savedAt~seed~bookmark~width+fingerprint~pageKeys~visited~blockKeys~blocks~assessment
 *
 * `savedAt` is the save time in seconds, base 36, then `.` and the save's number when the
 * runtime numbers its saves: the number decides which of two copies is newer.
 *
 * Pages and blocks are listed by short keys hashed from their stable ids (see
 * record-units.ts). When the course's structure is unchanged (same fingerprint) they
 * restore by position, exactly. Otherwise the saved key sequences are aligned with the
 * current course like a diff, so progress follows every item that still exists, even
 * after a republish that added, removed or moved items, and drops the rest. Restoring
 * never throws: garbage, a foreign course or an unknown format gives a reason instead.
 *
 * Each block entry is a state character, then, only when needed, a length character and
 * that many characters of detail. A correct answer is the state alone: its response is
 * the question's correct answer, which the block's key covers.
 *
 * A course too large for a key on every unit is recorded by lesson instead (P3,
 * record-lessons.ts), with the same header, entries and assessment.
 */
import type { Course } from '../course/types.ts';
import type { SavedProgress } from './context.ts';
import { B64, longKey } from './record-units.ts';

/** A key for every page and tracked block (record-encode.ts). */
export const FORMAT = 'P2';
/** A key for every lesson, for courses too large for keys on every unit (record-lessons.ts). */
export const LESSON_FORMAT = 'P3';
export const b36 = (n: number) => Math.round(n).toString(36);

/**
 * A record's save time in seconds, then the save's number when it has one (`time.sequence`,
 * both base 36): one more with each save whatever the clock says, so the newer of two copies
 * is known without trusting clocks. `sequence` 0 leaves the number out.
 */
export const savedAtPart = (now: number, sequence = 0) =>
  sequence > 0 ? `${b36(now / 1000)}.${b36(sequence)}` : b36(now / 1000);
export const courseKey = (course: Course) => longKey(`course:${course.id}`);
/**
 * Names what decides an attempt's draw, so a saved attempt is restored only onto the same
 * draw. The draw options join the key only when set, so records of courses without them
 * keep their key.
 */
export function poolKey(course: Course): string {
  const { draw, drawPerObjective, questions = [] } = course.assessment ?? {};
  const parts = [`pool:${draw}:${questions.map((q) => q.id).join('/')}`];
  // Drawing by objective also depends on the objectives and on which questions assess each.
  if (drawPerObjective)
    parts.push(
      `per-${drawPerObjective}`,
      course.objectives.map((o) => o.id).join('/'),
      questions.map((q) => q.objectives.join('+')).join('/'),
    );
  const always = questions.filter((q) => q.alwaysDraw).map((q) => q.id);
  if (always.length) parts.push(`always-${always.join('/')}`);
  return longKey(parts.join(':'));
}

// State characters: answers are phase × tries (0–29); then scenarios, surveys, untouched.
export const PHASES = ['c', 'w', 'r'] as const;
export const SCENARIO_DONE = 30;
export const SCENARIO_OPEN = 31;
export const SURVEY = 32;
export const UNTOUCHED = 33;
export const MAX_TRIES = 10;

export function bitsToText(bits: boolean[]): string {
  let out = '';
  for (let i = 0; i < bits.length; i += 6) {
    let value = 0;
    for (let b = 0; b < 6; b++) if (bits[i + b]) value |= 1 << b;
    out += B64[value];
  }
  return out;
}

export function textToBits(text: string, count: number): boolean[] | undefined {
  const bits: boolean[] = [];
  for (const char of text) {
    const value = B64.indexOf(char);
    if (value < 0) return undefined;
    for (let b = 0; b < 6; b++) bits.push(!!(value & (1 << b)));
  }
  return bits.length >= count ? bits.slice(0, count) : undefined;
}

/** Whether entries in this state carry a length and detail: everything but correct answers and untouched blocks. */
export const hasDetail = (state: number) => state >= MAX_TRIES && state !== UNTOUCHED;

/** A state character, then for states with detail its length and the detail (at most 63 characters). */
export const entry = (state: number, detail = '') =>
  B64[state]! + (hasDetail(state) ? B64[Math.min(detail.length, 63)]! + detail.slice(0, 63) : '');

export type RestoreResult =
  | { ok: true; progress: SavedProgress; savedAt: number; fromVersion: string; dropped: number }
  | { ok: false; reason: 'empty' | 'garbage' | 'foreign' | 'unknown-format'; detail: string };
