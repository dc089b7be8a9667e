/**
 * Chooses where to resume from: the LMS copy or this browser's copy, whichever is newer.
 * The record is the engine's own format, so the engine says how many saves led to each
 * copy (its sequence) and when it was saved. The sequence decides: it only grows along one
 * learner's progress, whatever the clocks of the devices say. The save time decides only
 * between copies with the same sequence, or records written before sequences; when
 * neither tells, the LMS copy wins, being the one of record.
 */
import type { LocalEntry } from './local-copy.ts';

export type TimestampOf = (record: string) => number | undefined;
export type SequenceOf = (record: string) => number | undefined;

/** How the engine dates its records: the save sequence first, the save time second. */
export interface Stamps {
  timestampOf?: TimestampOf | undefined;
  sequenceOf?: SequenceOf | undefined;
}

/** A number the engine says about a record, or undefined; a garbled record never throws here. */
function read(of: ((record: string) => number | undefined) | undefined, record: string): number | undefined {
  try {
    const n = of?.(record);
    return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Positive when `a` is newer than `b`, negative when older, 0 on a tie, undefined when the
 * records cannot tell.
 * @example compareCopies(local, lms, { sequenceOf, timestampOf }) // 4: the local copy has 4 more saves
 */
export function compareCopies(a: string, b: string, stamps: Stamps): number | undefined {
  const [sa, sb] = [read(stamps.sequenceOf, a), read(stamps.sequenceOf, b)];
  if (sa !== undefined && sb !== undefined && sa !== sb) return sa - sb;
  const [ta, tb] = [read(stamps.timestampOf, a), read(stamps.timestampOf, b)];
  return ta !== undefined && tb !== undefined ? ta - tb : undefined;
}

/**
 * @example pickCopy({ record: lmsRecord, location: 'p2' }, localCopy.read(), timestampOf, sequenceOf)
 */
export function pickCopy(
  lms: LocalEntry,
  local: LocalEntry | undefined,
  timestampOf?: TimestampOf,
  sequenceOf?: SequenceOf,
): { entry: LocalEntry; fromLocal: boolean } {
  // A copy from an attempt that ended is no reason to resume a new, empty attempt.
  if (!local || (local.done && !lms.record)) return { entry: lms, fromLocal: false };
  if (!lms.record) return { entry: local, fromLocal: true };
  // A tie goes to the local copy: it is written before every LMS write, and times may be whole seconds.
  const order = compareCopies(local.record, lms.record, { timestampOf, sequenceOf });
  return order !== undefined && order >= 0 ? { entry: local, fromLocal: true } : { entry: lms, fromLocal: false };
}
