/**
 * What the player is given to run: the course, its organisation, and a started actor with
 * tracking already wired in. The runtime's composition root (src/runtime) builds one; tests build
 * their own from a bare actor, so the player never needs an LMS to be tested.
 */
import type { Actor, SnapshotFrom } from 'xstate';
import type { TextParts } from '../course/course-text.ts';
import type { Course, Organisation } from '../course/types.ts';
import type { CourseMachine } from '../engine/course-machine.ts';
import type { Dictionary } from './i18n/en.ts';

/** A learner-facing message that never blocks, from tracking or from restoring progress. */
export interface PlayerNotice {
  /** 'standalone' | 'save-failed' | 'save-recovered' | 'progress-reset' | 'lms-unavailable' | 'progress-partial' | 'other-tab' | 'took-over' | 'not-saved'; others are ignored. */
  kind: string;
  /** For logs and the author preview; the learner sees translated interface text instead. */
  detail: string;
}

export interface PlayerInput {
  course: Course;
  /** The organisation the package was made for, in the course's language: name, logo, colours, contacts, services. */
  organisation: Organisation;
  standard: 'scorm12' | 'scorm2004' | 'standalone';
  /** Already started. */
  actor: Actor<CourseMachine>;
  /** Tracking and restore notices; returns the function that stops listening. */
  onNotice(listener: (notice: PlayerNotice) => void): () => void;
  /** Identifies the learner on this device, for device-only storage keys. */
  learnerKey: string;
  /** Interface text in the course's language, shipped in the package (player.js carries none of its own). */
  ui: Dictionary;
  /** The learner's name as the LMS gives it ("Doe, Jane" in SCORM 1.2), for the certificate; absent standalone. */
  learnerName?: string;
  /**
   * Whether the page was launched the way an LMS launches (framed, or opened by another window).
   * A package running standalone without it was opened from disk or a plain web host, where no LMS is missed.
   */
  lmsExpected?: boolean;
  /**
   * Where the words index.html does not carry are kept (packaging/course-text.ts); they are put
   * into `course` and `organisation` as they arrive. Absent when the course arrived whole.
   */
  text?: TextParts;
  /** When the course is open in another tab that saves: makes this tab the one that saves. */
  takeOver?(): void;
  /** Hears the input that replaces this one, when taking over starts the course again from newer progress. */
  onReplace?(listener: (input: PlayerInput) => void): void;
}

export type CourseSnapshot = SnapshotFrom<CourseMachine>;
