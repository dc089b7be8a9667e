/**
 * Pure context updates, one per learner action. The machine's `assign` actions call
 * these; tests call them directly. None reads a clock or the DOM.
 */
import type { Course } from '../course/types.ts';
import type { EngineContext, EngineInput, SavedProgress } from './context.ts';
import { indexCourse } from './course-index.ts';
import { drawQuestions } from './draw.ts';
import { IdMap } from './id-map.ts';
import { replayScenario } from './scenario.ts';
import { isResponseValid, judge, type Response } from './scoring.ts';
import { furthestVisitedPage } from './selectors.ts';

/** A fresh context, or one restored from saved progress. */
export function initialContext(course: Course, input: EngineInput = {}): EngineContext {
  const firstPage = course.lessons[0]!.pages[0]!.id;
  const passMark = input.masteryScore ?? course.assessment?.passMark ?? 0;
  const progress = input.progress;
  const base: EngineContext = {
    seed: (input.seed ?? 1) >>> 0,
    pageId: firstPage,
    visited: IdMap.empty(),
    answers: IdMap.empty(),
    scenarios: IdMap.empty(),
    surveys: IdMap.empty(),
    history: { count: 0 },
    attempt: null,
    passMark,
    bookmark: firstPage,
    restored: false,
    awaitingSession: !!input.awaitingSession,
  };
  if (!progress) return base;
  // Resuming the assessment or the summary: the page behind it is the furthest one seen.
  const bookmarkIsPage = indexCourse(course).pageById.has(progress.bookmark);
  return {
    ...base,
    ...progress,
    pageId: bookmarkIsPage ? progress.bookmark : (furthestVisitedPage(course, progress.visited) ?? firstPage),
    restored: true,
  };
}

/** The session's saved progress and pass mark, arriving after the intro went live; a saved seed wins. */
export function restoreSession(
  course: Course,
  ctx: EngineContext,
  { progress, masteryScore }: { progress?: SavedProgress | undefined; masteryScore?: number | undefined },
): EngineContext {
  return initialContext(course, {
    seed: progress?.seed ?? ctx.seed,
    ...(masteryScore !== undefined ? { masteryScore } : {}),
    ...(progress ? { progress } : {}),
  });
}

/** Clears all progress but keeps the seed, for "start again". */
export function resetProgress(course: Course, ctx: EngineContext): EngineContext {
  return { ...initialContext(course, { seed: ctx.seed }), passMark: ctx.passMark };
}

export function visitPage(ctx: EngineContext, pageId: string): EngineContext {
  return { ...ctx, pageId, visited: ctx.visited.set(pageId, true), bookmark: pageId };
}

export function canSubmit(course: Course, ctx: EngineContext, questionId: string, response: Response): boolean {
  const question = indexCourse(course).checks.get(questionId);
  if (!question || indexCourse(course).pageOfBlock.get(questionId) !== ctx.pageId) return false;
  const state = ctx.answers.get(questionId);
  return (!state || state.phase === 'retrying') && isResponseValid(question, response);
}

export function submitAnswer(
  course: Course,
  ctx: EngineContext,
  questionId: string,
  response: Response,
): EngineContext {
  const question = indexCourse(course).checks.get(questionId)!;
  const tries = (ctx.answers.get(questionId)?.tries ?? 0) + 1;
  const { correct } = judge(question, response);
  return {
    ...ctx,
    answers: ctx.answers.set(questionId, { response: [...response], tries, correct, phase: 'feedback' }),
  };
}

export function canRetry(course: Course, ctx: EngineContext, questionId: string): boolean {
  const question = indexCourse(course).checks.get(questionId);
  const state = ctx.answers.get(questionId);
  return !!question && !!state && state.phase === 'feedback' && !state.correct && state.tries < question.attempts;
}

export function retryQuestion(ctx: EngineContext, questionId: string): EngineContext {
  const state = ctx.answers.get(questionId)!;
  return { ...ctx, answers: ctx.answers.set(questionId, { ...state, phase: 'retrying' }) };
}

export function canChoose(course: Course, ctx: EngineContext, scenarioId: string, choiceId: string): boolean {
  const scenario = indexCourse(course).scenarios.get(scenarioId);
  if (!scenario || indexCourse(course).pageOfBlock.get(scenarioId) !== ctx.pageId) return false;
  const { current } = replayScenario(scenario, ctx.scenarios.get(scenarioId));
  return !!current.choices?.some((c) => c.id === choiceId);
}

export function chooseInScenario(
  course: Course,
  ctx: EngineContext,
  scenarioId: string,
  choiceId: string,
): EngineContext {
  const scenario = indexCourse(course).scenarios.get(scenarioId)!;
  const before = ctx.scenarios.get(scenarioId) ?? { path: [], completed: false };
  const path = [...replayScenario(scenario, before).steps.flatMap((s) => (s.choiceId ? [s.choiceId] : [])), choiceId];
  const after = replayScenario(scenario, { path, completed: before.completed });
  return { ...ctx, scenarios: ctx.scenarios.set(scenarioId, { path, completed: after.completed }) };
}

export function canRestartScenario(course: Course, ctx: EngineContext, scenarioId: string): boolean {
  const scenario = indexCourse(course).scenarios.get(scenarioId);
  return (
    !!scenario &&
    indexCourse(course).pageOfBlock.get(scenarioId) === ctx.pageId &&
    replayScenario(scenario, ctx.scenarios.get(scenarioId)).ended
  );
}

export function restartScenario(ctx: EngineContext, scenarioId: string): EngineContext {
  const state = ctx.scenarios.get(scenarioId)!;
  return { ...ctx, scenarios: ctx.scenarios.set(scenarioId, { path: [], completed: state.completed }) };
}

export function canAnswerSurvey(course: Course, blockId: string, statementId: string, value: number): boolean {
  const survey = indexCourse(course).surveys.get(blockId);
  return (
    !!survey &&
    survey.statements.some((s) => s.id === statementId) &&
    Number.isInteger(value) &&
    value >= 0 &&
    value < survey.scale.length
  );
}

export function answerSurvey(ctx: EngineContext, blockId: string, statementId: string, value: number): EngineContext {
  // A survey's own statements are few, so its answers stay a plain object.
  return { ...ctx, surveys: ctx.surveys.set(blockId, { ...ctx.surveys.get(blockId), [statementId]: value }) };
}

/** Begins a new attempt with its seeded draw, unless one is already in progress. */
export function startAttempt(course: Course, ctx: EngineContext): EngineContext {
  if (ctx.attempt) return ctx;
  const number = ctx.history.count + 1;
  return { ...ctx, attempt: { number, questionIds: drawQuestions(course, ctx.seed, number), responses: [] } };
}

/** The question the learner must answer next in the attempt in progress. */
export function currentAssessmentQuestion(ctx: EngineContext): string | undefined {
  return ctx.attempt?.questionIds[ctx.attempt.responses.length];
}

export function canAnswerAssessment(
  course: Course,
  ctx: EngineContext,
  questionId: string,
  response: Response,
): boolean {
  const question = indexCourse(course).graded.get(questionId);
  return !!question && currentAssessmentQuestion(ctx) === questionId && isResponseValid(question, response);
}

/** Records an answer; the last answer of an attempt scores it with weights and files it. */
export function answerAssessment(course: Course, ctx: EngineContext, response: Response): EngineContext {
  const attempt = ctx.attempt!;
  const responses = [...attempt.responses, [...response]];
  if (responses.length < attempt.questionIds.length) return { ...ctx, attempt: { ...attempt, responses } };
  const { graded } = indexCourse(course);
  let earned = 0;
  let total = 0;
  const results = attempt.questionIds.map((id, i) => {
    const question = graded.get(id)!;
    const { correct } = judge(question, responses[i]!);
    total += question.weight;
    if (correct) earned += question.weight;
    return correct;
  });
  const score = total ? Math.round((earned / total) * 10000) / 100 : 0;
  const bestScore = Math.max(score, ctx.history.bestScore ?? 0);
  return { ...ctx, attempt: null, history: { count: ctx.history.count + 1, bestScore, last: { score, results } } };
}
