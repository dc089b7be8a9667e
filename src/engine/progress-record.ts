/**
 * The progress record: the engine's context as a short string for `cmi.suspend_data`.
 *
 *   P2~course~version~savedAt~seed~bookmark~width+fingerprint~pageKeys~visited~blockKeys~blocks~assessment
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
 */
import type { Course } from '../course/types.ts';
import { alignKeys } from './align.ts';
import type { AnswerState, EngineContext, SavedProgress } from './context.ts';
import { indexCourse } from './course-index.ts';
import { B64, longKey, recordUnits, type Unit } from './record-units.ts';
import { decodeResponse, encodeResponse } from './response-codec.ts';
import { replayScenario } from './scenario.ts';
import { correctResponse } from './scoring.ts';
import { drawQuestions } from './selectors.ts';

const FORMAT = 'P2';
const b36 = (n: number) => Math.round(n).toString(36);
const courseKey = (course: Course) => longKey(`course:${course.id}`);
const poolKey = (course: Course) =>
  longKey(`pool:${course.assessment?.draw}:${(course.assessment?.questions ?? []).map((q) => q.id).join('/')}`);

// State characters: answers are phase × tries (0–29); then scenarios, surveys, untouched.
const PHASES = ['c', 'w', 'r'] as const;
const SCENARIO_DONE = 30;
const SCENARIO_OPEN = 31;
const SURVEY = 32;
const UNTOUCHED = 33;
const MAX_TRIES = 10;

function bitsToText(bits: boolean[]): string {
  let out = '';
  for (let i = 0; i < bits.length; i += 6) {
    let value = 0;
    for (let b = 0; b < 6; b++) if (bits[i + b]) value |= 1 << b;
    out += B64[value];
  }
  return out;
}

function textToBits(text: string, count: number): boolean[] | undefined {
  const bits: boolean[] = [];
  for (const char of text) {
    const value = B64.indexOf(char);
    if (value < 0) return undefined;
    for (let b = 0; b < 6; b++) bits.push(!!(value & (1 << b)));
  }
  return bits.length >= count ? bits.slice(0, count) : undefined;
}

/** Whether entries in this state carry a length and detail: everything but correct answers and untouched blocks. */
const hasDetail = (state: number) => state >= MAX_TRIES && state !== UNTOUCHED;

/** A state character, then for states with detail its length and the detail (at most 63 characters). */
const entry = (state: number, detail = '') =>
  B64[state]! + (hasDetail(state) ? B64[Math.min(detail.length, 63)]! + detail.slice(0, 63) : '');

function encodeBlock(course: Course, ctx: SavedProgress, unit: Unit): string {
  const index = indexCourse(course);
  if (unit.kind === 'check') {
    const answer = ctx.answers[unit.id];
    if (!answer) return entry(UNTOUCHED);
    const phase = answer.phase === 'retrying' ? 2 : answer.correct ? 0 : 1;
    const state = phase * MAX_TRIES + Math.min(Math.max(answer.tries, 1), MAX_TRIES) - 1;
    return entry(state, phase === 0 ? '' : encodeResponse(unit.question, answer.response));
  }
  if (unit.kind === 'scenario') {
    const state = ctx.scenarios[unit.id];
    if (!state) return entry(UNTOUCHED);
    const path = replayScenario(index.scenarios.get(unit.id)!, state).steps.flatMap((s) =>
      s.choiceId ? [b36(s.node.choices!.findIndex((c) => c.id === s.choiceId))] : [],
    );
    return entry(state.completed ? SCENARIO_DONE : SCENARIO_OPEN, path.join(''));
  }
  const answers = ctx.surveys[unit.id];
  if (!answers) return entry(UNTOUCHED);
  return entry(
    SURVEY,
    index.surveys
      .get(unit.id)!
      .statements.map((s) => (answers[s.id] === undefined ? '-' : b36(answers[s.id]!)))
      .join(''),
  );
}

/**
 * Encodes the saved parts of a context. `now` is milliseconds since the epoch. Keys are
 * two characters unless that would exceed `maxLength`, when one-character keys are used.
 */
export function encodeProgress(course: Course, ctx: SavedProgress, now: number, maxLength = Infinity): string {
  const wide = encodeWith(course, ctx, now, 2);
  return wide.length <= maxLength ? wide : encodeWith(course, ctx, now, 1);
}

function encodeWith(course: Course, ctx: SavedProgress, now: number, width: 1 | 2): string {
  const { units, keys, fingerprint } = recordUnits(course, width);
  let pageKeys = '';
  let blockKeys = '';
  let blocks = '';
  const visited: boolean[] = [];
  const seen = new Set(ctx.visited);
  units.forEach((unit, i) => {
    if (unit.kind === 'page') {
      pageKeys += keys[i];
      visited.push(seen.has(unit.id));
    } else {
      blockKeys += keys[i];
      blocks += encodeBlock(course, ctx, unit);
    }
  });
  const { history, attempt } = ctx;
  const assessment = [
    poolKey(course),
    b36(history.count),
    history.bestScore === undefined ? '' : b36(history.bestScore * 100),
    history.last ? b36(history.last.score * 100) : '',
    history.last ? bitsToText(history.last.results) : '',
    attempt ? b36(attempt.number) : '',
    attempt
      ? attempt.responses
          .map((r, i) => encodeResponse(indexCourse(course).graded.get(attempt.questionIds[i]!)!, r))
          .join(':')
      : '',
  ].join('.');
  return [
    FORMAT,
    courseKey(course),
    course.version,
    b36(now / 1000),
    b36(ctx.seed),
    ctx.bookmark,
    width + fingerprint,
    pageKeys,
    bitsToText(visited),
    blockKeys,
    blocks,
    assessment,
  ].join('~');
}

export type RestoreResult =
  | { ok: true; progress: SavedProgress; savedAt: number; fromVersion: string; dropped: number }
  | { ok: false; reason: 'empty' | 'garbage' | 'foreign' | 'unknown-format'; detail: string };

/** When a record was saved, in milliseconds since the epoch, or undefined if it is not one of ours. */
export function recordTimestamp(record: string): number | undefined {
  const [format, , , savedAt] = record.split('~');
  const seconds = format === FORMAT && savedAt && /^[0-9a-z]+$/.test(savedAt) ? parseInt(savedAt, 36) : NaN;
  return Number.isFinite(seconds) ? seconds * 1000 : undefined;
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

function decode(course: Course, record: string): RestoreResult {
  const parts = record.split('~');
  if (parts[0] !== FORMAT)
    return {
      ok: false,
      reason: parts.length > 5 && /^P\d+$/.test(parts[0]!) ? 'unknown-format' : 'garbage',
      detail: `not a progress record of this player: ${JSON.stringify(record.slice(0, 24))}`,
    };
  if (parts.length !== 12)
    return { ok: false, reason: 'garbage', detail: `a progress record has 12 parts, this one has ${parts.length}` };
  const [
    ,
    owner,
    version,
    savedAt,
    seed,
    bookmark,
    shape,
    pageKeyText,
    visitedText,
    blockKeyText,
    entryText,
    assessmentText,
  ] = parts as string[];
  if (owner !== courseKey(course))
    return { ok: false, reason: 'foreign', detail: 'the record belongs to another course' };
  if (!/^[0-9a-z]+$/.test(savedAt!) || !/^[0-9a-z]+$/.test(seed!))
    return { ok: false, reason: 'garbage', detail: 'bad time or seed' };

  const width = shape![0] === '1' ? 1 : shape![0] === '2' ? 2 : undefined;
  if (!width) return { ok: false, reason: 'garbage', detail: 'unknown key width' };
  const { units, keys, fingerprint } = recordUnits(course, width);
  const pages = units.flatMap((u, i) => (u.kind === 'page' ? [{ unit: u, key: keys[i]! }] : []));
  const blocks = units.flatMap((u, i) => (u.kind !== 'page' ? [{ unit: u, key: keys[i]! }] : []));
  const split = (text: string) => (width === 1 ? [...text] : (text.match(/[\s\S]{1,2}/g) ?? []));
  const oldPageKeys = split(pageKeyText!);
  const oldBlockKeys = split(blockKeyText!);
  // An unchanged structure restores by position; a changed one by aligning keys.
  const align = shape!.slice(1) === fingerprint ? (before: string[]) => before.map((_, i) => i) : alignKeys;
  const visitedBits = textToBits(visitedText!, oldPageKeys.length);
  const entries = splitEntries(entryText!, oldBlockKeys.length);
  if (!visitedBits || !entries)
    return { ok: false, reason: 'garbage', detail: 'the saved lists do not agree in length' };

  let dropped = 0;
  const visited: string[] = [];
  align(
    oldPageKeys,
    pages.map((p) => p.key),
  ).forEach((j, i) => {
    if (j < 0 || j >= pages.length) dropped += visitedBits[i] ? 1 : 0;
    else if (visitedBits[i]) visited.push(pages[j]!.unit.id);
  });

  const progress: SavedProgress = {
    seed: parseInt(seed!, 36) >>> 0,
    visited,
    answers: {},
    scenarios: {},
    surveys: {},
    history: { count: 0 },
    attempt: null,
    bookmark: course.lessons[0]!.pages[0]!.id,
  };
  align(
    oldBlockKeys,
    blocks.map((b) => b.key),
  ).forEach((j, i) => {
    const saved = entries[i]!;
    if (saved.state === UNTOUCHED) return;
    if (j < 0 || j >= blocks.length || !restoreBlock(course, progress, blocks[j]!.unit, saved.state, saved.detail))
      dropped += 1;
  });
  dropped += restoreAssessment(course, progress, assessmentText!) ? 0 : 1;

  const index = indexCourse(course);
  const validBookmark =
    index.pageById.has(bookmark!) || (bookmark === 'assessment' && !!course.assessment) || bookmark === 'summary';
  progress.bookmark = validBookmark ? bookmark! : (visited.at(-1) ?? progress.bookmark);
  return { ok: true, progress, savedAt: parseInt(savedAt!, 36) * 1000, fromVersion: version!, dropped };
}

function restoreBlock(course: Course, progress: SavedProgress, unit: Unit, state: number, detail: string): boolean {
  if (unit.kind === 'check') {
    if (state >= SCENARIO_DONE) return false;
    const phase = PHASES[Math.floor(state / MAX_TRIES)]!;
    const response = phase === 'c' ? correctResponse(unit.question) : decodeResponse(unit.question, detail);
    if (!response) return false;
    const kind: AnswerState['phase'] = phase === 'r' ? 'retrying' : 'feedback';
    progress.answers[unit.id] = { response, tries: (state % MAX_TRIES) + 1, correct: phase === 'c', phase: kind };
    return true;
  }
  if (unit.kind === 'scenario') {
    if (state !== SCENARIO_DONE && state !== SCENARIO_OPEN) return false;
    const scenario = indexCourse(course).scenarios.get(unit.id)!;
    const nodes = new Map(scenario.nodes.map((n) => [n.id, n]));
    let node = nodes.get(scenario.start);
    const path: string[] = [];
    for (const c of detail) {
      const choice = node?.choices?.[parseInt(c, 36)];
      if (!choice) return false;
      path.push(choice.id);
      node = nodes.get(choice.next);
    }
    progress.scenarios[unit.id] = { path, completed: state === SCENARIO_DONE };
    return true;
  }
  const survey = indexCourse(course).surveys.get(unit.id)!;
  if (state !== SURVEY || detail.length !== survey.statements.length) return false;
  const answers: Record<string, number> = {};
  for (const [i, c] of [...detail].entries()) {
    if (c === '-') continue;
    const value = parseInt(c, 36);
    if (!(value >= 0 && value < survey.scale.length)) return false;
    answers[survey.statements[i]!.id] = value;
  }
  progress.surveys[unit.id] = answers;
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
    const length = course.assessment.draw ?? course.assessment.questions.length;
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

/** The saved parts of a context. */
export function savedProgressOf(ctx: EngineContext): SavedProgress {
  const { seed, visited, answers, scenarios, surveys, history, attempt, bookmark } = ctx;
  return { seed, visited, answers, scenarios, surveys, history, attempt, bookmark };
}
