/**
 * What differs between SCORM 1.2 and SCORM 2004: element names, vocabularies and formats.
 * A dialect only turns tracker calls into element/value pairs; `lms-tracker.ts` does
 * the writing, committing and retrying for both.
 */
import type { ScormVersion } from '../scorm/scorm-version.ts';
import type { Lms } from './lms-api.ts';
import type { Pair } from './lms-connection.ts';
import type { InteractionRecord, ObjectiveStatus, StartResult, Tracker, TrackingStatus } from './tracker.ts';

/** What the LMS told us at start. */
export interface Snapshot {
  learnerId: string;
  learnerName?: string;
  entry: StartResult['entry'];
  mode: StartResult['mode'];
  location: string;
  record: string;
  masteryScore?: number;
  /** Values read, so that writing the same value again is skipped. */
  known: Pair[];
  /** Interaction ids by index ('' where the LMS does not let us read them). */
  interactions: string[];
  /** Objective ids by index. */
  objectives: string[];
}

export interface Dialect {
  readonly version: ScormVersion;
  readonly standard: 'scorm12' | 'scorm2004';
  readonly limits: Tracker['limits'];
  readonly permanentErrors: ReadonlySet<number>;
  /** Whether a repeated interaction id updates its first record (2004) or adds a new one (1.2 journaling). */
  readonly reuseInteractions: boolean;
  /** Whether objective ids carry the package's name (2004's long identifiers may be shared between packages). */
  readonly scopesObjectives: boolean;
  /** Whether the session's ending commits before it terminates (see `lms-connection.ts`). */
  readonly commitBeforeEnd: boolean;
  /** An element every initialised session answers, to tell an open session from a closed one. */
  readonly probe: string;
  /**
   * Reads the launch data, `cmi.entry` first, and only what the LMS holds: on an `ab-initio`
   * entry nothing was saved yet, and asking earns a "not initialized" error in the LMS's log.
   * `graded` says whether the course has a pass mark the LMS may override. `reopened` says
   * the LMS session was already open (the page reloaded inside the LMS frame), so this
   * session's own saves are there to read even on an `ab-initio` entry.
   */
  read(lms: Lms, graded: boolean, reopened: boolean): Snapshot;
  progress(record: string | undefined, location: string | undefined): Pair[];
  status(status: TrackingStatus): Pair[];
  interaction(index: number, record: InteractionRecord): Pair[];
  objective(index: number, objective: ObjectiveStatus): Pair[];
  /** The exit value: `done` means the attempt is over, so exit normally instead of suspending. */
  exit(done: boolean): Pair;
  sessionTime(ms: number): Pair;
}

/** Reads `<prefix>._count` and then `<prefix>.n.id` for each n ('' for ids it does not read). */
export function readIds(lms: Lms, prefix: string, readable: boolean): string[] {
  const count = Number(lms.get(`${prefix}._count`).value);
  if (!Number.isInteger(count) || count <= 0 || count > 100_000) return [];
  // New records still go after old ones; past a few hundred, reading every id costs more than it saves.
  const read = readable && count <= 500;
  return Array.from({ length: count }, (_, n) => (read ? lms.get(`${prefix}.${n}.id`).value : ''));
}

/** cmi.entry / cmi.core.entry as sent, anything unknown read as ''. */
export function readEntry(value: string): StartResult['entry'] {
  return value === 'ab-initio' || value === 'resume' ? value : '';
}

/** cmi.mode / cmi.core.lesson_mode, anything unknown read as 'normal'. */
export function readMode(value: string): StartResult['mode'] {
  return value === 'browse' || value === 'review' ? value : 'normal';
}

/** A number from the LMS, or undefined when it sent none or garbage. */
export function readNumber(value: string): number | undefined {
  const n = value.trim() === '' ? NaN : Number(value);
  return Number.isFinite(n) ? n : undefined;
}
