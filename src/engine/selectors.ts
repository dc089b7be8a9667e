/**
 * Pure selectors: everything the player and the tracking show is derived here from the
 * course and the context, never stored. Each takes the course first, then the context.
 */
import type { Course, Question } from '../course/types.ts';
import type { EngineContext } from './context.ts';
import { indexCourse } from './course-index.ts';
import { drawQuestions } from './draw.ts';
import { seededShuffle } from './random.ts';

// The draw has a module of its own; the player reads it here with the other selectors.
export { drawQuestions };

export type PageStatus = 'locked' | 'available' | 'in-progress' | 'complete';

export const isAnswered = (ctx: EngineContext, questionId: string) => (ctx.answers[questionId]?.tries ?? 0) > 0;

// Context arrays are never mutated (every transition makes a new one), so a Set per array is safe to cache.
const visitedSets = new WeakMap<readonly string[], Set<string>>();

/** Whether a page has been seen, in constant time. */
export function wasVisited(ctx: EngineContext, pageId: string): boolean {
  let set = visitedSets.get(ctx.visited);
  if (!set) {
    set = new Set(ctx.visited);
    visitedSets.set(ctx.visited, set);
  }
  return set.has(pageId);
}

/** A page is complete once seen, with every knowledge check answered and every scenario finished. */
export function isPageComplete(course: Course, ctx: EngineContext, pageId: string): boolean {
  const entry = indexCourse(course).pageById.get(pageId);
  if (!entry || !wasVisited(ctx, pageId)) return false;
  return (
    entry.questions.every((q) => isAnswered(ctx, q.id)) && entry.scenarios.every((s) => ctx.scenarios[s.id]?.completed)
  );
}

// Contexts are immutable too, so the count of complete pages is cached per context.
const completeCounts = new WeakMap<EngineContext, { course: Course; count: number }>();

/** How many pages are complete. */
export function completePageCount(course: Course, ctx: EngineContext): number {
  const cached = completeCounts.get(ctx);
  if (cached?.course === course) return cached.count;
  const count = indexCourse(course).pages.filter(({ page }) => isPageComplete(course, ctx, page.id)).length;
  completeCounts.set(ctx, { course, count });
  return count;
}

export function allPagesComplete(course: Course, ctx: EngineContext): boolean {
  return completePageCount(course, ctx) === indexCourse(course).pages.length;
}

/** Whether the learner may open a page: always in free navigation; in sequential, once every earlier page is complete. */
export function isPageUnlocked(course: Course, ctx: EngineContext, pageId: string): boolean {
  const { pages, pageById } = indexCourse(course);
  const entry = pageById.get(pageId);
  if (!entry) return false;
  if (course.navigation === 'free' || wasVisited(ctx, pageId)) return true;
  return pages.slice(0, entry.index).every(({ page }) => isPageComplete(course, ctx, page.id));
}

export function pageStatus(course: Course, ctx: EngineContext, pageId: string): PageStatus {
  if (isPageComplete(course, ctx, pageId)) return 'complete';
  if (wasVisited(ctx, pageId)) return 'in-progress';
  return isPageUnlocked(course, ctx, pageId) ? 'available' : 'locked';
}

export function lessonStatus(course: Course, ctx: EngineContext, lessonId: string): PageStatus {
  const lesson = course.lessons.find((l) => l.id === lessonId);
  const statuses = (lesson?.pages ?? []).map((p) => pageStatus(course, ctx, p.id));
  if (statuses.every((s) => s === 'complete')) return 'complete';
  if (statuses.some((s) => s !== 'available' && s !== 'locked')) return 'in-progress';
  return statuses.some((s) => s === 'available') ? 'available' : 'locked';
}

export interface AssessmentStatus {
  unlocked: boolean;
  attemptsUsed: number;
  /** Attempts left, or null when there is no limit. */
  attemptsLeft: number | null;
  passed: boolean;
  /** No attempts left and never passed. */
  failedOut: boolean;
  bestScore?: number;
  lastScore?: number;
  /** A new attempt may begin (or the one in progress continue). */
  canStart: boolean;
}

export function assessmentStatus(course: Course, ctx: EngineContext): AssessmentStatus {
  const assessment = course.assessment;
  const { count, bestScore, last } = ctx.history;
  const passed = bestScore !== undefined && bestScore >= ctx.passMark;
  const attemptsLeft = assessment?.maxAttempts === undefined ? null : Math.max(0, assessment.maxAttempts - count);
  const unlocked = !!assessment && (assessment.requires === 'none' || allPagesComplete(course, ctx));
  const mayRetake = !passed || !!assessment?.retakeAfterPass;
  return {
    unlocked,
    attemptsUsed: count,
    attemptsLeft,
    passed,
    failedOut: !!assessment && !passed && attemptsLeft === 0,
    ...(bestScore !== undefined ? { bestScore } : {}),
    ...(last ? { lastScore: last.score } : {}),
    canStart: unlocked && (ctx.attempt !== null || (mayRetake && attemptsLeft !== 0)),
  };
}

export interface CourseStatus {
  completion: 'incomplete' | 'completed';
  success: 'unknown' | 'passed' | 'failed';
  /** Share of required units complete (pages, plus the assessment when it is required), 0..1. */
  progress: number;
  scorePercent?: number;
}

/** Completion and success, from the course's declarative rules. */
export function courseStatus(course: Course, ctx: EngineContext): CourseStatus {
  const pages = indexCourse(course).pages;
  const done = completePageCount(course, ctx);
  const assessment = assessmentStatus(course, ctx);
  const { when, onFailure } = course.completion;
  const needsAssessment = when.some((c) => c !== 'pages-complete');
  const holds = when.every((condition) =>
    condition === 'pages-complete'
      ? done === pages.length
      : condition === 'assessment-passed'
        ? assessment.passed
        : assessment.attemptsUsed > 0,
  );
  const failed = assessment.failedOut && onFailure === 'failed';
  const units = pages.length + (needsAssessment ? 1 : 0);
  const unitsDone =
    done +
    (needsAssessment && (assessment.passed || (when.includes('assessment-finished') && assessment.attemptsUsed > 0))
      ? 1
      : 0);
  return {
    completion: holds || failed ? 'completed' : 'incomplete',
    success: !course.assessment ? 'unknown' : assessment.passed ? 'passed' : failed ? 'failed' : 'unknown',
    progress: units ? unitsDone / units : 1,
    ...(assessment.bestScore !== undefined ? { scorePercent: assessment.bestScore } : {}),
  };
}

/**
 * The order the player shows a question's options in: choices, matching answers, or
 * ordering items. Ordering items never start in the correct order.
 */
export function optionOrder(question: Question, seed: number): string[] {
  switch (question.type) {
    case 'single-choice':
    case 'multiple-choice': {
      const ids = question.choices.map((c) => c.id);
      return question.shuffle ? seededShuffle(ids, seed, question.id) : ids;
    }
    case 'true-false':
      return ['true', 'false'];
    case 'matching': {
      const ids = [...question.pairs.map((p) => p.id), ...question.distractors.map((d) => d.id)];
      return question.shuffle ? seededShuffle(ids, seed, question.id) : ids;
    }
    case 'ordering': {
      const ids = question.items.map((i) => i.id);
      const shuffled = seededShuffle(ids, seed, question.id);
      // A shuffle that happens to be correct would give the answer away: rotate it by one.
      return shuffled.every((id, i) => id === ids[i]) ? [...ids.slice(1), ids[0]!] : shuffled;
    }
  }
}

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
      checks.every((q) => isAnswered(ctx, q.id)) && scenarios.every((s) => ctx.scenarios[s.id]?.completed);
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
    const scaled = answered.filter((q) => ctx.answers[q.id]!.correct).length / answered.length;
    return { id, completion, scaled, success: 'unknown' };
  });
}
