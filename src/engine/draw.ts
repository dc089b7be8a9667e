/**
 * Which questions an assessment attempt asks. The pool is shuffled by the learner's seed
 * and the attempt number, so a saved attempt restores the same questions and a retry
 * differs. Questions marked `alwaysDraw` come first, then, with `drawPerObjective`, the
 * first questions in that order that bring each objective up to its count, then the rest
 * of the order until `draw` is reached. The attempt asks them in the shuffled order.
 */
import type { Assessment, Course, Question } from '../course/types.ts';
import { seededShuffle } from './random.ts';

/** How many questions each attempt asks: `draw`, or the whole pool. */
export function drawSize(assessment: Assessment): number {
  return Math.min(assessment.draw ?? assessment.questions.length, assessment.questions.length);
}

/** The questions drawn for an assessment attempt: fixed by the learner's seed and the attempt number. */
export function drawQuestions(course: Course, seed: number, attemptNumber: number): string[] {
  const assessment = course.assessment;
  if (!assessment) return [];
  const order = seededShuffle(assessment.questions, seed, `attempt-${attemptNumber}`);
  const size = drawSize(assessment);
  const picked = new Set<Question>();
  const take = (question: Question) => {
    if (picked.size < size) picked.add(question);
  };
  for (const question of order) if (question.alwaysDraw) take(question);
  const perObjective = assessment.drawPerObjective ?? 0;
  for (const { id } of course.objectives) {
    let count = [...picked].filter((q) => q.objectives.includes(id)).length;
    for (const question of order) {
      if (count >= perObjective) break;
      if (picked.has(question) || !question.objectives.includes(id)) continue;
      take(question);
      count += 1;
    }
  }
  // Without either option this is the first `size` questions of the order, as before both existed.
  for (const question of order) take(question);
  return order.filter((q) => picked.has(q)).map((q) => q.id);
}

/** What an assessment's draw promises, and whether `draw` leaves room to keep the promise. */
export interface DrawNeeds {
  /** Questions every attempt includes. */
  always: string[];
  /** Questions each objective needs in every attempt (0 without `drawPerObjective`). */
  perObjective: number;
  /** Objectives with fewer questions in the pool than `perObjective`, and how many each has. */
  short: { objective: string; count: number }[];
  /**
   * The most questions the draw can need to keep its promise, whatever the shuffle: the
   * always-drawn ones, plus one for each objective place they leave open.
   */
  needed: number;
  /** Whether every attempt keeps the promise within its size. */
  fits: boolean;
}

/** What a course's draw needs, for the validator and for tests that prove coverage. */
export function drawNeeds(course: Course): DrawNeeds | undefined {
  const assessment = course.assessment;
  if (!assessment) return undefined;
  const always = assessment.questions.filter((q) => q.alwaysDraw);
  const perObjective = assessment.drawPerObjective ?? 0;
  const count = (questions: Question[], objective: string) =>
    questions.filter((q) => q.objectives.includes(objective)).length;
  const short = course.objectives
    .map(({ id }) => ({ objective: id, count: count(assessment.questions, id) }))
    .filter(({ count }) => count < perObjective);
  const open = course.objectives.reduce((sum, { id }) => sum + Math.max(0, perObjective - count(always, id)), 0);
  const needed = always.length + open;
  const size = drawSize(assessment);
  // Drawing the whole pool keeps any promise the pool can keep.
  const fits = !short.length && (size >= assessment.questions.length || needed <= size);
  return { always: always.map((q) => q.id), perObjective, short, needed, fits };
}
