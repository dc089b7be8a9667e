/**
 * The progress record: the engine's context as a short string for `cmi.suspend_data`.
 *
 *   P1~course~version~savedAt~seed~bookmark~pageKeys~visited~blockKeys~blocks~assessment
 *
 * Pages and blocks are listed by 2-character keys hashed from their stable ids (see
 * record-units.ts). On restore the saved key sequences are aligned with the current
 * course like a diff, so progress follows every item that still exists, even after a
 * republish that added, removed or moved items, and drops the rest. Restoring never
 * throws: garbage, a foreign course or an unknown format gives a reason instead.
 */
import type { Course } from '../course/types.ts';
import type { AnswerState, EngineContext, SavedProgress } from './context.ts';
import { alignKeys } from './align.ts';
import { B64, recordUnits, shortKey } from './record-units.ts';
import { decodeResponse, encodeResponse } from './response-codec.ts';
import { indexCourse } from './course-index.ts';
import { replayScenario } from './scenario.ts';
import { drawQuestions } from './selectors.ts';

const FORMAT = 'P1';
const b36 = (n: number) => Math.round(n).toString(36);
const courseKey = (course: Course) => shortKey(`course:${course.id}`) + shortKey(`id:${course.id}`);
const poolKey = (course: Course) => shortKey(`pool:${course.assessment?.draw}:${(course.assessment?.questions ?? []).map((q) => q.id).join('/')}`);

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

const split = (keys: string) => keys.match(/.{2}/g) ?? [];

/** Encodes the saved parts of a context. `now` is milliseconds since the epoch. */
export function encodeProgress(course: Course, ctx: SavedProgress, now: number): string {
  const { units, keys } = recordUnits(course);
  const pageKeys: string[] = [];
  const visited: boolean[] = [];
  const blockKeys: string[] = [];
  const entries: string[] = [];
  units.forEach((unit, i) => {
    if (unit.kind === 'page') {
      pageKeys.push(keys[i]!);
      visited.push(ctx.visited.includes(unit.id));
      return;
    }
    blockKeys.push(keys[i]!);
    if (unit.kind === 'check') {
      const a = ctx.answers[unit.id];
      entries.push(a ? (a.phase === 'retrying' ? 'r' : a.correct ? 'c' : 'w') + b36(a.tries) + encodeResponse(unit.question, a.response) : '');
    } else if (unit.kind === 'scenario') {
      const state = ctx.scenarios[unit.id];
      const scenario = indexCourse(course).scenarios.get(unit.id)!;
      const path = replayScenario(scenario, state).steps.flatMap((s) => (s.choiceId ? [b36(s.node.choices!.findIndex((c) => c.id === s.choiceId))] : []));
      entries.push(state ? (state.completed ? 'c' : 'n') + path.join('') : '');
    } else {
      const survey = indexCourse(course).surveys.get(unit.id)!;
      const answers = ctx.surveys[unit.id];
      entries.push(answers ? survey.statements.map((s) => (answers[s.id] === undefined ? '-' : b36(answers[s.id]!))).join('') : '');
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
    attempt ? attempt.responses.map((r, i) => encodeResponse(indexCourse(course).graded.get(attempt.questionIds[i]!)!, r)).join(':') : '',
  ].join('.');
  return [FORMAT, courseKey(course), course.version, b36(now / 1000), b36(ctx.seed), ctx.bookmark, pageKeys.join(''), bitsToText(visited), blockKeys.join(''), entries.join(','), assessment].join('~');
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

function decode(course: Course, record: string): RestoreResult {
  const parts = record.split('~');
  if (parts[0] !== FORMAT) return { ok: false, reason: parts.length > 5 && /^P\d+$/.test(parts[0]!) ? 'unknown-format' : 'garbage', detail: `not a progress record of this player: ${JSON.stringify(record.slice(0, 24))}` };
  if (parts.length !== 11) return { ok: false, reason: 'garbage', detail: `a progress record has 11 parts, this one has ${parts.length}` };
  const [, owner, version, savedAt, seed, bookmark, pageKeyText, visitedText, blockKeyText, entryText, assessmentText] = parts as [string, ...string[]] & string[];
  if (owner !== courseKey(course)) return { ok: false, reason: 'foreign', detail: 'the record belongs to another course' };
  if (!/^[0-9a-z]+$/.test(savedAt!) || !/^[0-9a-z]+$/.test(seed!)) return { ok: false, reason: 'garbage', detail: 'bad time or seed' };

  const { units, keys } = recordUnits(course);
  const pages = units.flatMap((u, i) => (u.kind === 'page' ? [{ unit: u, key: keys[i]! }] : []));
  const blocks = units.flatMap((u, i) => (u.kind !== 'page' ? [{ unit: u, key: keys[i]! }] : []));
  const oldPageKeys = split(pageKeyText!);
  const oldBlockKeys = split(blockKeyText!);
  const visitedBits = textToBits(visitedText!, oldPageKeys.length);
  const entries = entryText ? entryText.split(',') : [];
  if (!visitedBits || entries.length !== oldBlockKeys.length) return { ok: false, reason: 'garbage', detail: 'the saved lists do not agree in length' };

  let dropped = 0;
  const visited: string[] = [];
  alignKeys(oldPageKeys, pages.map((p) => p.key)).forEach((j, i) => {
    if (j < 0) dropped += visitedBits[i] ? 1 : 0;
    else if (visitedBits[i]) visited.push(pages[j]!.unit.id);
  });

  const progress: SavedProgress = { seed: parseInt(seed!, 36) >>> 0, visited, answers: {}, scenarios: {}, surveys: {}, history: { count: 0 }, attempt: null, bookmark: course.lessons[0]!.pages[0]!.id };
  alignKeys(oldBlockKeys, blocks.map((b) => b.key)).forEach((j, i) => {
    const entry = entries[i]!;
    if (!entry) return;
    if (j < 0 || !restoreBlock(course, progress, blocks[j]!.unit, entry)) dropped += 1;
  });
  dropped += restoreAssessment(course, progress, assessmentText!) ? 0 : 1;

  const index = indexCourse(course);
  const validBookmark = index.pageById.has(bookmark!) || (bookmark === 'assessment' && !!course.assessment) || bookmark === 'summary';
  progress.bookmark = validBookmark ? bookmark! : (visited.at(-1) ?? progress.bookmark);
  return { ok: true, progress, savedAt: parseInt(savedAt!, 36) * 1000, fromVersion: version!, dropped };
}

function restoreBlock(course: Course, progress: SavedProgress, unit: ReturnType<typeof recordUnits>['units'][number], entry: string): boolean {
  if (unit.kind === 'check') {
    const match = /^([rcw])([0-9a-z])([0-9a-z]+)$/.exec(entry);
    const response = match && decodeResponse(unit.question, match[3]!);
    if (!match || !response) return false;
    const phase: AnswerState['phase'] = match[1] === 'r' ? 'retrying' : 'feedback';
    progress.answers[unit.id] = { response, tries: parseInt(match[2]!, 36), correct: match[1] === 'c', phase };
    return true;
  }
  if (unit.kind === 'scenario') {
    if (!/^[cn][0-9a-z]*$/.test(entry)) return false;
    const scenario = indexCourse(course).scenarios.get(unit.id)!;
    const nodes = new Map(scenario.nodes.map((n) => [n.id, n]));
    let node = nodes.get(scenario.start);
    const path: string[] = [];
    for (const c of entry.slice(1)) {
      const choice = node?.choices?.[parseInt(c, 36)];
      if (!choice) return false;
      path.push(choice.id);
      node = nodes.get(choice.next);
    }
    progress.scenarios[unit.id] = { path, completed: entry[0] === 'c' };
    return true;
  }
  const survey = indexCourse(course).surveys.get(unit.id)!;
  if (entry.length !== survey.statements.length) return false;
  const answers: Record<string, number> = {};
  for (const [i, c] of [...entry].entries()) {
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
