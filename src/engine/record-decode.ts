/**
 * Reads a progress record back onto the current version of a course: by position when
 * the structure is unchanged, by aligning keys when it changed. Never throws. Records
 * keyed by unit (P2) and by lesson (P3, record-lessons.ts) are both read, so a record
 * saved by any release of the player restores.
 */
import type { Course } from '../course/types.ts';
import { alignKeys } from './align.ts';
import { courseKey, FORMAT, LESSON_FORMAT, type RestoreResult, textToBits, UNTOUCHED } from './record-format.ts';
import { decodeByLesson } from './record-lessons.ts';
import { emptyProgress, restoreAssessment, restoreBlock, restoredBookmark, splitEntries } from './record-restore.ts';
import { recordUnits } from './record-units.ts';

/** The save time, and the save's number when it has one: `time` or `time.sequence`, both base 36. */
const SAVED_AT = /^([0-9a-z]+)(?:\.([0-9a-z]+))?$/;

/** When a record was saved, in milliseconds since the epoch, or undefined if it is not one of ours. */
export function recordTimestamp(record: string): number | undefined {
  const [format, , , savedAt] = record.split('~');
  const match = format === FORMAT || format === LESSON_FORMAT ? SAVED_AT.exec(savedAt ?? '') : null;
  return match ? parseInt(match[1]!, 36) * 1000 : undefined;
}

/**
 * How many saves led to a record (one more with each save, whatever the clock says), or
 * undefined for a record that is not ours or was written before records were numbered.
 */
export function recordSequence(record: string): number | undefined {
  const [format, , , savedAt] = record.split('~');
  const match = format === FORMAT || format === LESSON_FORMAT ? SAVED_AT.exec(savedAt ?? '') : null;
  return match?.[2] ? parseInt(match[2], 36) : undefined;
}

/** Restores saved progress onto the current version of a course. Never throws. */
export function decodeProgress(course: Course, record: string | undefined | null): RestoreResult {
  if (!record) return { ok: false, reason: 'empty', detail: 'no saved progress' };
  try {
    const header = readHeader(course, record);
    if ('ok' in header) return header;
    return header.format === FORMAT ? decodeByUnit(course, header) : decodeByLesson(course, header);
  } catch (error) {
    return { ok: false, reason: 'garbage', detail: `unreadable progress record (${(error as Error).message})` };
  }
}

type Failure = Extract<RestoreResult, { ok: false }>;

/** What every record starts with, and the parts after it, by layout. */
export interface RecordHeader {
  format: typeof FORMAT | typeof LESSON_FORMAT;
  version: string;
  savedAt: string;
  seed: string;
  bookmark: string;
  rest: string[];
}

const PART_COUNT = { [FORMAT]: 12, [LESSON_FORMAT]: 11 };

/** Splits a record and checks that it is ours, for this course, and well formed. */
function readHeader(course: Course, record: string): RecordHeader | Failure {
  const parts = record.split('~');
  const format = parts[0];
  if (format !== FORMAT && format !== LESSON_FORMAT)
    return {
      ok: false,
      reason: parts.length > 5 && /^P\d+$/.test(format!) ? 'unknown-format' : 'garbage',
      detail: `not a progress record of this player: ${JSON.stringify(record.slice(0, 24))}`,
    };
  const expected = PART_COUNT[format];
  if (parts.length !== expected)
    return {
      ok: false,
      reason: 'garbage',
      detail: `a progress record has ${expected} parts, this one has ${parts.length}`,
    };
  const [, owner, version, savedAt, seed, bookmark, ...rest] = parts;
  if (owner !== courseKey(course))
    return { ok: false, reason: 'foreign', detail: 'the record belongs to another course' };
  if (!SAVED_AT.test(savedAt!) || !/^[0-9a-z]+$/.test(seed!))
    return { ok: false, reason: 'garbage', detail: 'bad time or seed' };
  return { format, version: version!, savedAt: savedAt!, seed: seed!, bookmark: bookmark!, rest };
}

/** Maps saved positions to current ones: by position when the structure is unchanged, else by aligning keys. */
type Aligner = (before: string[], after: string[]) => number[];

/** P2: `shape~pageKeys~visited~blockKeys~entries~assessment`, a key for every page and tracked block. */
function decodeByUnit(course: Course, header: RecordHeader): RestoreResult {
  const [shape, pageKeys, visited, blockKeys, entryText, assessment] = header.rest as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const width = shape[0] === '1' ? 1 : shape[0] === '2' ? 2 : undefined;
  if (!width) return { ok: false, reason: 'garbage', detail: 'unknown key width' };
  const { units, keys, fingerprint } = recordUnits(course, width);
  const pages = units.flatMap((u, i) => (u.kind === 'page' ? [{ unit: u, key: keys[i]! }] : []));
  const blocks = units.flatMap((u, i) => (u.kind !== 'page' ? [{ unit: u, key: keys[i]! }] : []));
  const split = (text: string) => (width === 1 ? [...text] : (text.match(/[\s\S]{1,2}/g) ?? []));
  const oldPageKeys = split(pageKeys);
  const oldBlockKeys = split(blockKeys);
  const align: Aligner = shape.slice(1) === fingerprint ? (before) => before.map((_, i) => i) : alignKeys;
  const visitedBits = textToBits(visited, oldPageKeys.length);
  const entries = splitEntries(entryText);
  if (!visitedBits || entries?.length !== oldBlockKeys.length)
    return { ok: false, reason: 'garbage', detail: 'the saved lists do not agree in length' };

  const progress = emptyProgress(course, parseInt(header.seed, 36) >>> 0);
  let dropped = 0;
  align(
    oldPageKeys,
    pages.map((p) => p.key),
  ).forEach((j, i) => {
    if (j < 0 || j >= pages.length) dropped += visitedBits[i] ? 1 : 0;
    else if (visitedBits[i]) progress.visited = progress.visited.set(pages[j]!.unit.id, true);
  });
  align(
    oldBlockKeys,
    blocks.map((b) => b.key),
  ).forEach((j, i) => {
    const saved = entries[i]!;
    if (saved.state === UNTOUCHED) return;
    if (j < 0 || j >= blocks.length || !restoreBlock(course, progress, blocks[j]!.unit, saved.state, saved.detail))
      dropped += 1;
  });
  dropped += restoreAssessment(course, progress, assessment) ? 0 : 1;
  progress.bookmark = restoredBookmark(course, header.bookmark, progress);
  return { ok: true, progress, savedAt: parseInt(header.savedAt, 36) * 1000, fromVersion: header.version, dropped };
}
