/**
 * Reads a progress record back onto the current version of a course: by position when
 * the structure is unchanged, by aligning keys when it changed. Never throws.
 */
import type { Course } from '../course/types.ts';
import { alignKeys } from './align.ts';
import type { AnswerState, SavedProgress } from './context.ts';
import { indexCourse } from './course-index.ts';
import { drawQuestions, drawSize } from './draw.ts';
import {
  courseKey,
  FORMAT,
  hasDetail,
  MAX_TRIES,
  PHASES,
  poolKey,
  type RestoreResult,
  SCENARIO_DONE,
  SCENARIO_OPEN,
  SURVEY,
  textToBits,
  UNTOUCHED,
} from './record-format.ts';
import { B64, recordUnits, type Unit } from './record-units.ts';
import { decodeResponse } from './response-codec.ts';
import { correctResponse } from './scoring.ts';

/** The save time, and the save's number when it has one: `time` or `time.sequence`, both base 36. */
const SAVED_AT = /^([0-9a-z]+)(?:\.([0-9a-z]+))?$/;

/** When a record was saved, in milliseconds since the epoch, or undefined if it is not one of ours. */
export function recordTimestamp(record: string): number | undefined {
  const [format, , , savedAt] = record.split('~');
  const match = format === FORMAT ? SAVED_AT.exec(savedAt ?? '') : null;
  return match ? parseInt(match[1]!, 36) * 1000 : undefined;
}

/**
 * How many saves led to a record (one more with each save, whatever the clock says), or
 * undefined for a record that is not ours or was written before records were numbered.
 */
export function recordSequence(record: string): number | undefined {
  const [format, , , savedAt] = record.split('~');
  const match = format === FORMAT ? SAVED_AT.exec(savedAt ?? '') : null;
  return match?.[2] ? parseInt(match[2], 36) : undefined;
}

/** Restores saved progress onto the current version of a course. Never throws. */
export function decodeProgress(course: Course, record: string | undefined | null): RestoreResult {
  if (!record) return { ok: false, reason: 'empty', detail: 'no saved progress' };
  try {
    return decode(course, record);
  } catch (error) {
    return { ok: false, reason: 'garbage', detail: `unreadable progress record (${(error as Error).message})` };
  }
}

/** Splits the block section into one entry per saved block key, or undefined when it does not add up. */
function splitEntries(text: string, count: number): { state: number; detail: string }[] | undefined {
  const entries: { state: number; detail: string }[] = [];
  for (let i = 0; i < text.length; ) {
    const state = B64.indexOf(text[i]!);
    if (state < 0 || state > UNTOUCHED) return undefined;
    const head = hasDetail(state) ? 2 : 1;
    const length = head === 2 ? B64.indexOf(text[i + 1] ?? '') : 0;
    if (length < 0 || i + head + length > text.length) return undefined;
    entries.push({ state, detail: text.slice(i + head, i + head + length) });
    i += head + length;
  }
  return entries.length === count ? entries : undefined;
}

type Failure = Extract<RestoreResult, { ok: false }>;

/** The twelve parts of a record, named. */
interface RecordParts {
  version: string;
  savedAt: string;
  seed: string;
  bookmark: string;
  shape: string;
  pageKeys: string;
  visited: string;
  blockKeys: string;
  entries: string;
  assessment: string;
}

/** Splits a record and checks that it is ours, for this course, and well formed. */
function readParts(course: Course, record: string): RecordParts | Failure {
  const parts = record.split('~');
  if (parts[0] !== FORMAT)
    return {
      ok: false,
      reason: parts.length > 5 && /^P\d+$/.test(parts[0]!) ? 'unknown-format' : 'garbage',
      detail: `not a progress record of this player: ${JSON.stringify(record.slice(0, 24))}`,
    };
  if (parts.length !== 12)
    return { ok: false, reason: 'garbage', detail: `a progress record has 12 parts, this one has ${parts.length}` };
  const [, owner, version, savedAt, seed, bookmark, shape, pageKeys, visited, blockKeys, entries, assessment] = parts;
  if (owner !== courseKey(course))
    return { ok: false, reason: 'foreign', detail: 'the record belongs to another course' };
  if (!SAVED_AT.test(savedAt!) || !/^[0-9a-z]+$/.test(seed!))
    return { ok: false, reason: 'garbage', detail: 'bad time or seed' };
  return {
    version: version!,
    savedAt: savedAt!,
    seed: seed!,
    bookmark: bookmark!,
    shape: shape!,
    pageKeys: pageKeys!,
    visited: visited!,
    blockKeys: blockKeys!,
    entries: entries!,
    assessment: assessment!,
  };
}

/** Maps saved positions to current ones: by position when the structure is unchanged, else by aligning keys. */
type Aligner = (before: string[], after: string[]) => number[];

function decode(course: Course, record: string): RestoreResult {
  const parts = readParts(course, record);
  if ('ok' in parts) return parts;
  const width = parts.shape[0] === '1' ? 1 : parts.shape[0] === '2' ? 2 : undefined;
  if (!width) return { ok: false, reason: 'garbage', detail: 'unknown key width' };
  const { units, keys, fingerprint } = recordUnits(course, width);
  const pages = units.flatMap((u, i) => (u.kind === 'page' ? [{ unit: u, key: keys[i]! }] : []));
  const blocks = units.flatMap((u, i) => (u.kind !== 'page' ? [{ unit: u, key: keys[i]! }] : []));
  const split = (text: string) => (width === 1 ? [...text] : (text.match(/[\s\S]{1,2}/g) ?? []));
  const oldPageKeys = split(parts.pageKeys);
  const oldBlockKeys = split(parts.blockKeys);
  const align: Aligner = parts.shape.slice(1) === fingerprint ? (before) => before.map((_, i) => i) : alignKeys;
  const visitedBits = textToBits(parts.visited, oldPageKeys.length);
  const entries = splitEntries(parts.entries, oldBlockKeys.length);
  if (!visitedBits || !entries)
    return { ok: false, reason: 'garbage', detail: 'the saved lists do not agree in length' };

  const progress: SavedProgress = {
    seed: parseInt(parts.seed, 36) >>> 0,
    visited: [],
    answers: {},
    scenarios: {},
    surveys: {},
    history: { count: 0 },
    attempt: null,
    bookmark: course.lessons[0]!.pages[0]!.id,
  };
  let dropped = 0;
  align(
    oldPageKeys,
    pages.map((p) => p.key),
  ).forEach((j, i) => {
    if (j < 0 || j >= pages.length) dropped += visitedBits[i] ? 1 : 0;
    else if (visitedBits[i]) progress.visited.push(pages[j]!.unit.id);
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
  dropped += restoreAssessment(course, progress, parts.assessment) ? 0 : 1;
  progress.bookmark = restoredBookmark(course, parts.bookmark, progress);
  return { ok: true, progress, savedAt: parseInt(parts.savedAt, 36) * 1000, fromVersion: parts.version, dropped };
}

/** The saved bookmark while it still names a place; otherwise the last page visited, or the first page. */
function restoredBookmark(course: Course, bookmark: string, progress: SavedProgress): string {
  const valid =
    indexCourse(course).pageById.has(bookmark) ||
    (bookmark === 'assessment' && !!course.assessment) ||
    bookmark === 'summary';
  return valid ? bookmark : (progress.visited.at(-1) ?? progress.bookmark);
}

function restoreBlock(course: Course, progress: SavedProgress, unit: Unit, state: number, detail: string): boolean {
  if (unit.kind === 'check') return restoreAnswer(progress, unit, state, detail);
  if (unit.kind === 'scenario') return restoreScenario(course, progress, unit.id, state, detail);
  return restoreSurvey(course, progress, unit.id, state, detail);
}

function restoreAnswer(progress: SavedProgress, unit: Extract<Unit, { kind: 'check' }>, state: number, detail: string) {
  if (state >= SCENARIO_DONE) return false;
  const phase = PHASES[Math.floor(state / MAX_TRIES)]!;
  const response = phase === 'c' ? correctResponse(unit.question) : decodeResponse(unit.question, detail);
  if (!response) return false;
  const kind: AnswerState['phase'] = phase === 'r' ? 'retrying' : 'feedback';
  progress.answers[unit.id] = { response, tries: (state % MAX_TRIES) + 1, correct: phase === 'c', phase: kind };
  return true;
}

/** Replays the saved choice positions from the start node; a position that no longer exists drops the path. */
function restoreScenario(course: Course, progress: SavedProgress, id: string, state: number, detail: string) {
  if (state !== SCENARIO_DONE && state !== SCENARIO_OPEN) return false;
  const scenario = indexCourse(course).scenarios.get(id)!;
  const nodes = new Map(scenario.nodes.map((n) => [n.id, n]));
  let node = nodes.get(scenario.start);
  const path: string[] = [];
  for (const c of detail) {
    const choice = node?.choices?.[parseInt(c, 36)];
    if (!choice) return false;
    path.push(choice.id);
    node = nodes.get(choice.next);
  }
  progress.scenarios[id] = { path, completed: state === SCENARIO_DONE };
  return true;
}

function restoreSurvey(course: Course, progress: SavedProgress, id: string, state: number, detail: string) {
  const survey = indexCourse(course).surveys.get(id)!;
  if (state !== SURVEY || detail.length !== survey.statements.length) return false;
  const answers: Record<string, number> = {};
  for (const [i, c] of [...detail].entries()) {
    if (c === '-') continue;
    const value = parseInt(c, 36);
    if (!(value >= 0 && value < survey.scale.length)) return false;
    answers[survey.statements[i]!.id] = value;
  }
  progress.surveys[id] = answers;
  return true;
}

/** Restores assessment history; an attempt in progress survives only if the pool is unchanged. */
function restoreAssessment(course: Course, progress: SavedProgress, text: string): boolean {
  const [pool, count, best, last, results, number, responses] = text.split('.');
  if (count === undefined || responses === undefined) throw new Error('bad assessment part');
  const score = (s: string) => Math.min(100, parseInt(s, 36) / 100);
  progress.history = { count: parseInt(count, 36) || 0, ...(best ? { bestScore: score(best) } : {}) };
  if (!course.assessment) return progress.history.count === 0;
  const samePool = pool === poolKey(course);
  if (last) {
    // The latest results line up with that attempt's draw, which only holds while the pool is unchanged.
    const length = drawSize(course.assessment);
    const bits = samePool && results ? textToBits(results, length) : [];
    progress.history.last = { score: score(last), results: bits ?? [] };
  }
  if (!number) return true;
  if (!samePool) return false;
  const questionIds = drawQuestions(course, progress.seed, parseInt(number, 36));
  const codes = responses ? responses.split(':') : [];
  const decoded = codes.map((code, i) => decodeResponse(indexCourse(course).graded.get(questionIds[i]!)!, code));
  if (codes.length >= questionIds.length || decoded.some((r) => !r)) return false;
  progress.attempt = { number: parseInt(number, 36), questionIds, responses: decoded as string[][] };
  return true;
}
