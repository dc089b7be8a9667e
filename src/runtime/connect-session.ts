/**
 * Connects a session (session.ts) to the LMS, or to this browser when there is none: the
 * tracker starts, saved progress is restored onto the course, and the tracking actions are
 * wired in. In a package this is session.js, loaded once the first screen is live; the
 * author preview and the tests run it straight after createSession (start-runtime.ts).
 */
import { packageKey } from '../course/package-key.ts';
import { decodeProgress, recordTimestamp } from '../engine/record-decode.ts';
import type { PlayerInput } from '../player/player-input.ts';
import { createTracker } from '../tracking/create-tracker.ts';
import type { Tracker } from '../tracking/tracker.ts';
import { trackingActions } from './connect-tracking.ts';
import { adoptFormerKeys } from './former-keys.ts';
import type { Session } from './session.ts';

export interface ConnectOptions {
  /** A tracker to use instead of the one for the package's standard (the author preview passes its own). */
  tracker?: Tracker;
  now?: () => number;
}

/** Starts tracking and restores saved progress; returns the player's full input. */
export async function connectSession(
  session: Session,
  options: ConnectOptions = {},
): Promise<PlayerInput & { tracker: Tracker }> {
  const { data, actor } = session;
  const { course, organisation } = data;
  const now = options.now ?? (() => Date.now());
  const key = packageKey(organisation.id, course);
  // The preview brings its own tracker and storage; a package reads this browser's.
  if (!options.tracker) adoptFormerKeys(course.id, key);
  const tracker =
    options.tracker ??
    createTracker({
      standard: data.standard,
      courseId: course.id,
      packageKey: key,
      graded: !!course.assessment,
      timestampOf: recordTimestamp,
    });
  const started = await tracker.start();
  const restored = decodeProgress(course, started.suspendData);
  if (!restored.ok && restored.reason !== 'empty') tracker.notices.emit('progress-reset', restored.detail);

  let shownAt = now();
  const actions = trackingActions(course, tracker, { now, shownAt: () => shownAt });
  session.connect(actions);
  // Latency runs from when a question appeared: a new page, or the next assessment question.
  let seen = '';
  actor.subscribe((snapshot) => {
    const key = JSON.stringify([snapshot.value, snapshot.context.pageId, snapshot.context.attempt?.responses.length]);
    if (key === seen) return;
    seen = key;
    shownAt = now();
  });
  actor.send({
    type: 'session.restore',
    ...(restored.ok ? { progress: restored.progress } : {}),
    ...(started.masteryScore !== undefined ? { masteryScore: started.masteryScore } : {}),
  });
  // The status from the start: an LMS that has none by the ending decides one itself, and
  // Moodle turns SCORM 1.2's "not attempted" into "completed" at LMSFinish.
  actions.reportStatus({ context: actor.getSnapshot().context });

  return {
    course,
    organisation,
    standard: tracker.standard,
    actor,
    tracker,
    learnerKey: started.learnerId || 'local',
    ...(started.learnerName ? { learnerName: started.learnerName } : {}),
    lmsExpected: session.lmsExpected,
    ui: data.ui,
    ...(data.text ? { text: data.text } : {}),
    onNotice: (listener) => tracker.notices.subscribe(listener),
  };
}
