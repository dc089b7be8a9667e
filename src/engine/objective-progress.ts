/**
 * Progress on each learning objective, as tracking reports it to the LMS. Apart from the
 * other selectors because only the LMS session uses it, and that loads after the first
 * screen: player.js does not carry it (issue 16).
 */
import type { Course } from '../course/types.ts';
import type { EngineContext } from './context.ts';
import { indexCourse } from './course-index.ts';
import { drawQuestions } from './draw.ts';
import { isAnswered } from './selectors.ts';

export interface ObjectiveProgress {
  id: string;
  success: 'unknown' | 'passed' | 'failed';
  completion: 'incomplete' | 'completed';
  /** Share of this objective's questions answered correctly, 0..1, when any were answered. */
  scaled?: number;
}

/**
 * Progress on each learning objective, for the LMS. An objective the assessment pool
 * assesses is judged only by the questions the latest finished attempt drew on it and the
 * learner answered: until an attempt assesses it, it stays unknown and incomplete, never
 * filled in from practice. An objective the pool never assesses is reported from its
 * knowledge checks and scenarios: a share correct and completion, but no verdict.
 */
export function objectiveProgress(course: Course, ctx: EngineContext): ObjectiveProgress[] {
  const index = indexCourse(course);
  const last = ctx.history.last;
  const drawn = last ? drawQuestions(course, ctx.seed, ctx.history.count) : [];
  return course.objectives.map(({ id }) => {
    const checks = [...index.checks.values()].filter((q) => q.objectives.includes(id));
    const scenarios = [...index.scenarios.values()].filter((s) => s.objectives.includes(id));
    const practiceDone =
      checks.every((q) => isAnswered(ctx, q.id)) && scenarios.every((s) => ctx.scenarios.get(s.id)?.completed);
    const inPool = (course.assessment?.questions ?? []).some((q) => q.objectives.includes(id));
    if (inPool) {
      // Results line up with the draw; a record restored onto a changed pool has none, and then nothing was assessed.
      const graded = drawn.flatMap((qid, i) =>
        index.graded.get(qid)?.objectives.includes(id) && last!.results[i] !== undefined ? [last!.results[i]!] : [],
      );
      if (!graded.length) return { id, completion: 'incomplete', success: 'unknown' };
      const scaled = graded.filter(Boolean).length / graded.length;
      const success = scaled * 100 >= ctx.passMark ? 'passed' : 'failed';
      return { id, completion: practiceDone ? 'completed' : 'incomplete', scaled, success };
    }
    const completion = practiceDone ? 'completed' : 'incomplete';
    const answered = checks.filter((q) => isAnswered(ctx, q.id));
    if (!answered.length) return { id, completion, success: 'unknown' };
    const scaled = answered.filter((q) => ctx.answers.get(q.id)!.correct).length / answered.length;
    return { id, completion, scaled, success: 'unknown' };
  });
}
