/**
 * Chooses where to resume from: the LMS copy or this browser's copy, whichever was saved
 * last. The record is the engine's own format, so the engine says when each was saved;
 * when it cannot tell for either copy, the LMS copy wins, being the one of record.
 */
import type { LocalEntry } from './local-copy.ts';

export type TimestampOf = (record: string) => number | undefined;

/** The save time of a record, or undefined; a garbled record never throws here. */
function timeOf(record: string, timestampOf: TimestampOf | undefined): number | undefined {
  try {
    const t = timestampOf?.(record);
    return typeof t === 'number' && Number.isFinite(t) ? t : undefined;
  } catch {
    return undefined;
  }
}

/**
 * @example pickCopy({ record: lmsRecord, location: 'p2' }, localCopy.read(), timestampOf)
 */
export function pickCopy(
  lms: LocalEntry,
  local: LocalEntry | undefined,
  timestampOf?: TimestampOf,
): { entry: LocalEntry; fromLocal: boolean } {
  // A copy from an attempt that ended is no reason to resume a new, empty attempt.
  if (!local || (local.done && !lms.record)) return { entry: lms, fromLocal: false };
  if (!lms.record) return { entry: local, fromLocal: true };
  const localTime = timeOf(local.record, timestampOf);
  const lmsTime = timeOf(lms.record, timestampOf);
  // A tie goes to the local copy: it is written before every LMS write, and times may be whole seconds.
  const localIsNewer = localTime !== undefined && lmsTime !== undefined && localTime >= lmsTime;
  return localIsNewer ? { entry: local, fromLocal: true } : { entry: lms, fromLocal: false };
}
