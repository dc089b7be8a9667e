/** Writes the progress record: the saved parts of the engine's context as a short string (format in record-format.ts). */
import type { Course } from '../course/types.ts';
import type { EngineContext, SavedProgress } from './context.ts';
import { indexCourse } from './course-index.ts';
import {
  b36,
  bitsToText,
  courseKey,
  entry,
  FORMAT,
  MAX_TRIES,
  poolKey,
  SCENARIO_DONE,
  SCENARIO_OPEN,
  SURVEY,
  UNTOUCHED,
} from './record-format.ts';
import { recordUnits, type Unit } from './record-units.ts';
import { encodeResponse } from './response-codec.ts';
import { replayScenario } from './scenario.ts';

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
 * `sequence` numbers the save (0 leaves it out), so the newer of two copies is known
 * without trusting clocks.
 */
export function encodeProgress(
  course: Course,
  ctx: SavedProgress,
  now: number,
  maxLength = Infinity,
  sequence = 0,
): string {
  const savedAt = sequence > 0 ? `${b36(now / 1000)}.${b36(sequence)}` : b36(now / 1000);
  const wide = encodeWith(course, ctx, savedAt, 2);
  return wide.length <= maxLength ? wide : encodeWith(course, ctx, savedAt, 1);
}

function encodeWith(course: Course, ctx: SavedProgress, savedAt: string, width: 1 | 2): string {
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
    savedAt,
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

/** The saved parts of a context. */
export function savedProgressOf(ctx: EngineContext): SavedProgress {
  const { seed, visited, answers, scenarios, surveys, history, attempt, bookmark } = ctx;
  return { seed, visited, answers, scenarios, surveys, history, attempt, bookmark };
}
