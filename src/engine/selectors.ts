/**
 * Pure selectors: everything the player and the tracking show is derived here from the
 * course and the context, never stored. Each takes the course first, then the context.
 */
import type { Course } from '../course/types.ts';
import type { EngineContext } from './context.ts';
import { indexCourse } from './course-index.ts';
import { drawQuestions } from './draw.ts';
import type { IdSet } from './id-map.ts';

// The draw has a module of its own; the player reads it here with the other selectors.
export { drawQuestions };

export const isAnswered = (ctx: EngineContext, questionId: string) => (ctx.answers.get(questionId)?.tries ?? 0) > 0;

/** The last page in course order that the learner has seen, if any. */
export function furthestVisitedPage(course: Course, visited: IdSet): string | undefined {
  const { pages } = indexCourse(course);
  for (let i = pages.length - 1; i >= 0; i--) if (visited.has(pages[i]!.page.id)) return pages[i]!.page.id;
  return undefined;
}

/** Whether a page has been seen. */
export function wasVisited(ctx: EngineContext, pageId: string): boolean {
  return ctx.visited.has(pageId);
}

/** A page is complete once seen, with every knowledge check answered and every scenario finished. */
export function isPageComplete(course: Course, ctx: EngineContext, pageId: string): boolean {
  const entry = indexCourse(course).pageById.get(pageId);
  if (!entry || !wasVisited(ctx, pageId)) return false;
  return (
    entry.questions.every((q) => isAnswered(ctx, q.id)) &&
    entry.scenarios.every((s) => ctx.scenarios.get(s.id)?.completed)
  );
}

interface PagesDone {
  course: Course;
  /** How many pages are complete. */
  count: number;
  /** The position of the first page not complete, or the page count when all are. */
  firstIncomplete: number;
}

// Page completion depends only on the visited, answer and scenario maps, which are immutable and
// shared between contexts (an assessment step keeps them), so one pass over the course serves
// every context holding the same three (issue 16: the flow check must not rescan per state).
const pagesDoneCache = new WeakMap<object, WeakMap<object, WeakMap<object, PagesDone>>>();

function pagesDone(course: Course, ctx: EngineContext): PagesDone {
  const byAnswers = pagesDoneCache.get(ctx.visited) ?? new WeakMap<object, WeakMap<object, PagesDone>>();
  pagesDoneCache.set(ctx.visited, byAnswers);
  const byScenarios = byAnswers.get(ctx.answers) ?? new WeakMap<object, PagesDone>();
  byAnswers.set(ctx.answers, byScenarios);
  const cached = byScenarios.get(ctx.scenarios);
  if (cached?.course === course) return cached;
  const { pages } = indexCourse(course);
  let count = 0;
  let firstIncomplete = pages.length;
  pages.forEach(({ page }, i) => {
    if (isPageComplete(course, ctx, page.id)) count += 1;
    else if (firstIncomplete === pages.length) firstIncomplete = i;
  });
  const done = { course, count, firstIncomplete };
  byScenarios.set(ctx.scenarios, done);
  return done;
}

/** How many pages are complete. */
export function completePageCount(course: Course, ctx: EngineContext): number {
  return pagesDone(course, ctx).count;
}

export function allPagesComplete(course: Course, ctx: EngineContext): boolean {
  return completePageCount(course, ctx) === indexCourse(course).pages.length;
}

/** Whether the learner may open a page: always in free navigation; in sequential, once every earlier page is complete. */
export function isPageUnlocked(course: Course, ctx: EngineContext, pageId: string): boolean {
  const entry = indexCourse(course).pageById.get(pageId);
  if (!entry) return false;
  if (course.navigation === 'free' || wasVisited(ctx, pageId)) return true;
  return entry.index <= pagesDone(course, ctx).firstIncomplete;
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
