/**
 * The one small interface between the course and whatever records it: a SCORM 1.2 LMS,
 * a SCORM 2004 LMS, or this browser alone. The engine's named actions are wired to a
 * Tracker in one place; nothing else in the player talks to an LMS.
 */

import type { TrackingMode } from '../scorm/scorm-version.ts';
import type { NoticeChannel } from './notices.ts';

/** What the course's rules say about the learner right now. */
export interface TrackingStatus {
  completion: 'incomplete' | 'completed';
  success: 'unknown' | 'passed' | 'failed';
  /** Share of the required content that is complete, 0..1. */
  progress: number;
  /** The assessment score in percent (0–100), once an attempt has been scored. */
  scorePercent?: number;
}

export type InteractionType = 'choice' | 'true-false' | 'matching' | 'sequencing' | 'likert';

/** One answer the learner gave, in a form both SCORM versions can write. */
export interface InteractionRecord {
  /** Stable and unique per course attempt, no spaces, at most 255 characters, e.g. `final.2.q-open`. */
  id: string;
  type: InteractionType;
  /** The question prompt as plain text (SCORM 2004 `description`). */
  description: string;
  /**
   * Response ids, in the order that matters for the type:
   * choice: chosen choice ids; true-false: ['true'] or ['false']; sequencing: item ids in
   * the learner's order; matching: `prompt.match` id pairs; likert: the chosen scale index.
   */
  response: string[];
  /** The correct response in the same form. Empty for likert. */
  correct: string[];
  /**
   * Every id the answer can use (choice, item, or pair and distractor ids), in authored
   * order. Optional; keeps SCORM 1.2's one-character response ids the same for every learner.
   */
  choices?: string[];
  result: 'correct' | 'incorrect' | 'neutral';
  weighting: number;
  /** Milliseconds from the question being shown to the answer being submitted. */
  latencyMs: number;
  /** When the answer was submitted, in milliseconds since the epoch. */
  timestamp: number;
  /** Ids of the learning objectives this question assesses. */
  objectives: string[];
}

export interface ObjectiveStatus {
  id: string;
  success: 'unknown' | 'passed' | 'failed';
  completion: 'incomplete' | 'completed';
  /** Share of this objective's questions answered correctly, 0..1. */
  scaled?: number;
  /** What the objective says, as plain text (SCORM 2004 `description`), so a report can be read. */
  description?: string;
}

/** A message for the learner that never blocks them, such as "saved in this browser only". */
export interface TrackingNotice {
  kind:
    | 'standalone'
    | 'save-failed'
    | 'save-recovered'
    | 'progress-reset'
    | 'lms-unavailable'
    /** The LMS holds only part of a very long course's progress; this browser holds the rest. */
    | 'progress-partial'
    /** Another tab or window of the course is the one saving; this one does not. */
    | 'other-tab'
    /** This tab took over from another, and carries on from its progress. */
    | 'took-over'
    /** This browser keeps progress in memory only: storage is refused or full. */
    | 'not-saved';
  /** Detail for logs and the author preview; the learner sees translated interface text. */
  detail: string;
}

export interface StartResult {
  /** The saved progress record: the newer of the LMS copy and the local copy. */
  suspendData?: string;
  location?: string;
  entry: 'ab-initio' | 'resume' | '';
  /** An LMS-sent pass mark in percent, which overrides the course's own. */
  masteryScore?: number;
  mode: 'normal' | 'browse' | 'review';
  learnerName?: string;
  /** The LMS's learner id, or '' when there is none (standalone), for keys of device-only data. */
  learnerId: string;
}

export interface Tracker {
  readonly standard: TrackingMode;
  /** The longest `suspend_data` and location this standard allows. */
  readonly limits: { suspendData: number; location: number };
  /** Finds the LMS (or falls back), initialises it and reads what was saved. */
  start(): Promise<StartResult>;
  /**
   * Stores the progress record and the bookmark. Only values that changed are written.
   * `whole` is given when `record` is a shortened record, cut to fit the LMS's limit: the
   * LMS then gets `record` and the bookmark, and this browser's copy keeps `whole`.
   */
  saveProgress(record: string, location: string, whole?: string): void;
  setStatus(status: TrackingStatus): void;
  recordInteraction(interaction: InteractionRecord): void;
  setObjectives(objectives: ObjectiveStatus[]): void;
  /**
   * Asks for a commit: 'soon' (a page turn, a status change) within about half a second,
   * 'later' (an answer on the same page) within about half a minute unless a sooner
   * commit comes first. Calls close together are merged into one.
   */
  checkpoint(when?: 'soon' | 'later'): void;
  /** Ends the session once: exit is `suspend` unless the course is complete. */
  finish(): void;
  /** Learner-facing notices: the runtime's one notice channel. */
  readonly notices: NoticeChannel;
  /** The progress this browser holds now, which another tab of the course may have saved since. */
  saved?(): { record: string; location: string } | undefined;
}
