/**
 * The learner runtime's composition root: find the LMS (or fall back to this browser),
 * restore saved progress onto the current course, and start the course actor with
 * tracking wired in. What it returns is the player's input.
 */
import { createActor } from 'xstate';
import { packageKey } from '../course/package-key.ts';
import { createCourseMachine } from '../engine/course-machine.ts';
import { decodeProgress, recordTimestamp } from '../engine/record-decode.ts';
import type { PlayerInput } from '../player/player-input.ts';
import { createTracker } from '../tracking/create-tracker.ts';
import type { Tracker } from '../tracking/tracker.ts';
import { trackingActions } from './connect-tracking.ts';
import type { CourseData } from './course-data.ts';
import { adoptFormerKeys } from './former-keys.ts';
import { lmsExpected } from './launch-context.ts';

export interface RuntimeOptions {
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

export async function startRuntime(
  data: CourseData,
  options: RuntimeOptions = {},
): Promise<PlayerInput & { tracker: Tracker }> {
  const { course, organisation, standard } = data;
  const now = options.now ?? (() => Date.now());
  const key = packageKey(organisation.id, course);
  // The preview brings its own tracker and storage; a package reads this browser's.
  if (!options.tracker) adoptFormerKeys(course.id, key);
  const tracker =
    options.tracker ??
    createTracker({
      standard,
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
  const machine = createCourseMachine(course).provide({ actions });
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
    if (key === seen) return;
    seen = key;
    shownAt = now();
  });
  actor.start();
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
    lmsExpected: lmsExpected(),
    ui: data.ui,
    onNotice: (listener) => tracker.notices.subscribe(listener),
  };
}
