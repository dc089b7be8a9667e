/**
 * Starts a learner's session: find the LMS (or fall back to this browser), restore saved
 * progress onto the current course, and start the course actor with tracking wired in.
 */
import { createActor } from 'xstate';
import type { CourseBundle } from '../course/types.ts';
import { createCourseMachine } from '../engine/course-machine.ts';
import { decodeProgress, recordTimestamp } from '../engine/progress-record.ts';
import type { Dictionary } from '../player/i18n/en.ts';
import type { PlayerNotice, Session } from '../player/session-types.ts';
import { createTracker } from '../tracking/create-tracker.ts';
import type { Standard, Tracker } from '../tracking/tracker.ts';
import { trackingActions } from './connect-tracking.ts';

/** What a package carries inline: the course, its contacts, the standard and the interface text. */
export type CourseData = CourseBundle & { standard: Standard; ui?: Dictionary };

export interface SessionOptions {
  /** A tracker to use instead of the one for the package's standard (the author preview passes its own). */
  tracker?: Tracker;
  now?: () => number;
  seed?: number;
}

/** A seed for a learner who has none saved yet. */
function freshSeed(): number {
  const crypto = (globalThis as { crypto?: { getRandomValues?: (a: Uint32Array) => Uint32Array } }).crypto;
  return crypto?.getRandomValues ? crypto.getRandomValues(new Uint32Array(1))[0]! : Math.floor(Math.random() * 2 ** 32);
}

export async function startSession(
  data: CourseData,
  options: SessionOptions = {},
): Promise<Session & { tracker: Tracker }> {
  const { course, contacts, standard } = data;
  const now = options.now ?? (() => Date.now());
  // Notices can arrive before the player listens; keep them and replay to each new listener.
  const notices: PlayerNotice[] = [];
  const listeners = new Set<(notice: PlayerNotice) => void>();
  const notify = (notice: PlayerNotice) => {
    notices.push(notice);
    listeners.forEach((listener) => listener(notice));
  };

  const tracker =
    options.tracker ??
    createTracker({ standard, courseId: course.id, graded: !!course.assessment, timestampOf: recordTimestamp });
  tracker.onNotice((notice) => notify(notice));
  const started = await tracker.start();
  const restored = decodeProgress(course, started.suspendData);
  if (!restored.ok && restored.reason !== 'empty') notify({ kind: 'progress-reset', detail: restored.detail });

  let shownAt = now();
  const machine = createCourseMachine(course).provide({
    actions: trackingActions(course, tracker, { now, shownAt: () => shownAt }),
  });
  const actor = createActor(machine, {
    input: {
      seed: restored.ok ? restored.progress.seed : (options.seed ?? freshSeed()),
      ...(started.masteryScore !== undefined ? { masteryScore: started.masteryScore } : {}),
      ...(restored.ok ? { progress: restored.progress } : {}),
    },
  });
  // Latency runs from when a question appeared: a new page, or the next assessment question.
  let seen = '';
  actor.subscribe((snapshot) => {
    const key = JSON.stringify([snapshot.value, snapshot.context.pageId, snapshot.context.attempt?.responses.length]);
    if (key !== seen) (seen = key), (shownAt = now());
  });
  actor.start();

  return {
    course,
    contacts,
    standard: tracker.standard,
    actor,
    tracker,
    learnerKey: started.learnerId || 'local',
    ...(data.ui ? { ui: data.ui } : {}),
    onNotice(listener) {
      listeners.add(listener);
      notices.forEach((notice) => listener(notice));
      return () => listeners.delete(listener);
    },
  };
}
