/**
 * The parts both record layouts share (record-encode.ts by unit, record-lessons.ts by
 * lesson): the header, one entry per tracked block, and the assessment.
 */
import type { Course } from '../course/types.ts';
import type { SavedProgress } from './context.ts';
import { indexCourse } from './course-index.ts';
import {
  b36,
  bitsToText,
  courseKey,
  entry,
  MAX_TRIES,
  poolKey,
  SCENARIO_DONE,
  SCENARIO_OPEN,
  SURVEY,
  UNTOUCHED,
} from './record-format.ts';
import type { Unit } from './record-units.ts';
import { encodeResponse } from './response-codec.ts';
import { replayScenario } from './scenario.ts';

/** `format~course~version~savedAt~seed~bookmark`, as a list. `now` is milliseconds since the epoch. */
export function headerParts(format: string, course: Course, ctx: SavedProgress, savedAt: string): string[] {
  return [format, courseKey(course), course.version, savedAt, b36(ctx.seed), ctx.bookmark];
}

/**
 * One block's entry. `full` false leaves out what costs characters: a wrong answer's
 * response (the answer is then not kept at all), a scenario's path (a finished one stays
 * finished) and a survey's ratings (the LMS has them as interactions already).
 */
export function blockEntry(course: Course, ctx: SavedProgress, unit: Unit, full = true): string {
  const index = indexCourse(course);
  if (unit.kind === 'check') {
    const answer = ctx.answers.get(unit.id);
    if (!answer || (!full && (!answer.correct || answer.phase === 'retrying'))) return entry(UNTOUCHED);
    const phase = answer.phase === 'retrying' ? 2 : answer.correct ? 0 : 1;
    const state = phase * MAX_TRIES + Math.min(Math.max(answer.tries, 1), MAX_TRIES) - 1;
    return entry(state, phase === 0 ? '' : encodeResponse(unit.question, answer.response));
  }
  if (unit.kind === 'scenario') {
    const state = ctx.scenarios.get(unit.id);
    if (!state || (!full && !state.completed)) return entry(UNTOUCHED);
    const path = full
      ? replayScenario(index.scenarios.get(unit.id)!, state).steps.flatMap((s) =>
          s.choiceId ? [b36(s.node.choices!.findIndex((c) => c.id === s.choiceId))] : [],
        )
      : [];
    return entry(state.completed ? SCENARIO_DONE : SCENARIO_OPEN, path.join(''));
  }
  const answers = ctx.surveys.get(unit.id);
  if (!answers || !full) return entry(UNTOUCHED);
  return entry(
    SURVEY,
    index.surveys
      .get(unit.id)!
      .statements.map((s) => (answers[s.id] === undefined ? '-' : b36(answers[s.id]!)))
      .join(''),
  );
}

/** The assessment: pool key, attempts, best and last score, the last results, and an attempt in progress. */
export function assessmentPart(course: Course, ctx: SavedProgress): string {
  const { history, attempt } = ctx;
  return [
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
}
