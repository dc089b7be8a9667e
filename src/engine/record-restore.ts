/**
 * Restoring the parts of a progress record onto a course, shared by both record layouts
 * (by unit, record-decode.ts; by lesson, record-lessons.ts). Each helper says whether the
 * saved item still fits the course; one that does not is dropped, never misread.
 */
import type { Course } from '../course/types.ts';
import type { AnswerState, SavedProgress } from './context.ts';
import { indexCourse } from './course-index.ts';
import { drawQuestions, drawSize } from './draw.ts';
import { IdMap } from './id-map.ts';
import {
  hasDetail,
  MAX_TRIES,
  PHASES,
  poolKey,
  SCENARIO_DONE,
  SCENARIO_OPEN,
  SURVEY,
  textToBits,
  UNTOUCHED,
} from './record-format.ts';
import { B64, type Unit } from './record-units.ts';
import { decodeResponse } from './response-codec.ts';
import { correctResponse } from './scoring.ts';
import { furthestVisitedPage } from './selectors.ts';

export interface SavedEntry {
  state: number;
  detail: string;
}

/** Nothing restored yet: the seed, and the first page as the bookmark. */
export function emptyProgress(course: Course, seed: number): SavedProgress {
  return {
    seed,
    visited: IdMap.empty(),
    answers: IdMap.empty(),
    scenarios: IdMap.empty(),
    surveys: IdMap.empty(),
    history: { count: 0 },
    attempt: null,
    bookmark: course.lessons[0]!.pages[0]!.id,
  };
}

/** Splits a run of block entries into entries, or undefined when it does not parse. */
export function splitEntries(text: string): SavedEntry[] | undefined {
  const entries: SavedEntry[] = [];
  for (let i = 0; i < text.length; ) {
    const state = B64.indexOf(text[i]!);
    if (state < 0 || state > UNTOUCHED) return undefined;
    const head = hasDetail(state) ? 2 : 1;
    const length = head === 2 ? B64.indexOf(text[i + 1] ?? '') : 0;
    if (length < 0 || i + head + length > text.length) return undefined;
    entries.push({ state, detail: text.slice(i + head, i + head + length) });
    i += head + length;
  }
  return entries;
}

/** The saved bookmark while it still names a place; otherwise the furthest page visited, or the first page. */
export function restoredBookmark(course: Course, bookmark: string, progress: SavedProgress): string {
  const valid =
    indexCourse(course).pageById.has(bookmark) ||
    (bookmark === 'assessment' && !!course.assessment) ||
    bookmark === 'summary';
  return valid ? bookmark : (furthestVisitedPage(course, progress.visited) ?? progress.bookmark);
}

export function restoreBlock(
  course: Course,
  progress: SavedProgress,
  unit: Unit,
  state: number,
  detail: string,
): boolean {
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
  const answer: AnswerState = { response, tries: (state % MAX_TRIES) + 1, correct: phase === 'c', phase: kind };
  progress.answers = progress.answers.set(unit.id, answer);
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
  progress.scenarios = progress.scenarios.set(id, { path, completed: state === SCENARIO_DONE });
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
  progress.surveys = progress.surveys.set(id, answers);
  return true;
}

/** Restores assessment history; an attempt in progress survives only if the pool is unchanged. */
export function restoreAssessment(course: Course, progress: SavedProgress, text: string): boolean {
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
