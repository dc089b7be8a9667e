/** The events the course machine takes, and what its tracking actions receive. */
import type { SavedProgress } from './context.ts';
import type { Response } from './scoring.ts';

export type EngineEvent =
  | { type: 'course.start' }
  | { type: 'course.resume' }
  | { type: 'course.restart' }
  | { type: 'course.exit' }
  | { type: 'nav.next' }
  | { type: 'nav.back' }
  | { type: 'nav.goto'; pageId: string }
  | { type: 'question.submit'; questionId: string; response: Response }
  | { type: 'question.retry'; questionId: string }
  | { type: 'scenario.choose'; scenarioId: string; choiceId: string }
  | { type: 'scenario.restart'; scenarioId: string }
  | { type: 'survey.answer'; blockId: string; statementId: string; value: number }
  | { type: 'assessment.open' }
  | { type: 'assessment.start' }
  | { type: 'assessment.answer'; questionId: string; response: Response }
  | { type: 'summary.open' }
  /** From the runtime, not the learner: the LMS session has started, with what it had saved. */
  | { type: 'session.restore'; progress?: SavedProgress; masteryScore?: number };

/** What `reportInteraction` receives: one submitted answer. */
export interface InteractionParams {
  questionId: string;
  response: Response;
  correct: boolean;
  /** The assessment attempt number for graded questions; absent for knowledge checks. */
  attempt?: number;
  /** Which try this was, for knowledge checks. */
  tries: number;
}

export interface SurveyParams {
  blockId: string;
  statementId: string;
  value: number;
}
