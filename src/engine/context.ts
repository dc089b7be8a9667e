/**
 * The engine's context: data only, keyed by stable ids. Progress, score and status are
 * never stored here; selectors derive them, so they can never disagree with the data.
 * What grows with the course (pages seen, answers, scenarios, surveys) is held in IdMaps,
 * which share structure between versions: a step never copies a whole map (issue 16).
 */
import type { IdMap, IdSet } from './id-map.ts';
import type { Response } from './scoring.ts';

export interface AnswerState {
  response: Response;
  /** Submissions so far. */
  tries: number;
  correct: boolean;
  /** 'feedback' after a submission; 'retrying' once the learner asked to try again. */
  phase: 'feedback' | 'retrying';
}

export interface ScenarioState {
  /** Choice ids taken in the current run, from the start node. */
  path: string[];
  /** True once any run has reached an ending. */
  completed: boolean;
}

export interface AttemptInProgress {
  /** 1 for the first attempt. */
  number: number;
  /** The drawn questions, in the order they are asked. */
  questionIds: string[];
  /** Answers given so far, in order. */
  responses: Response[];
}

export interface FinishedAttempt {
  /** Weighted score in percent, 0–100. */
  score: number;
  /** Whether each drawn question was answered correctly, in the order drawn. */
  results: boolean[];
}

/** Finished attempts: how many, the best score, and the latest in full. Bounded, however many attempts. */
export interface AssessmentHistory {
  count: number;
  bestScore?: number;
  last?: FinishedAttempt;
}

export interface EngineContext {
  /** Fixes shuffles and draws for this learner, so they survive a relaunch. */
  seed: number;
  /** The page the learner is on, or was last on. */
  pageId: string;
  /** Pages seen, by id. */
  visited: IdSet;
  /** Knowledge-check answers, by question id. */
  answers: IdMap<AnswerState>;
  scenarios: IdMap<ScenarioState>;
  /** Survey answers: block id → statement id → scale index. */
  surveys: IdMap<Readonly<Record<string, number>>>;
  /** What the finished assessment attempts came to. */
  history: AssessmentHistory;
  attempt: AttemptInProgress | null;
  /** The pass mark in force: the LMS's mastery score when it sent one, else the course's. */
  passMark: number;
  /** Where the learner was when progress was saved: a page id, 'assessment' or 'summary'. */
  bookmark: string;
  /** True when the session began from saved progress, so the learner is offered a choice. */
  restored: boolean;
  /**
   * True while the LMS session is still starting (the intro is already live): Start then
   * waits for `session.restore`, which brings the saved progress, if any (issue 16).
   */
  awaitingSession: boolean;
}

/** What a session starts from. */
export interface EngineInput {
  seed?: number;
  /** An LMS mastery score in percent, which overrides the course's pass mark. */
  masteryScore?: number;
  /** Progress restored from a saved record. */
  progress?: SavedProgress;
  /** The session is still starting: saved progress, if any, comes later with `session.restore`. */
  awaitingSession?: boolean;
}

/** The parts of the context a progress record keeps. */
export type SavedProgress = Pick<
  EngineContext,
  'seed' | 'visited' | 'answers' | 'scenarios' | 'surveys' | 'history' | 'attempt' | 'bookmark'
>;
