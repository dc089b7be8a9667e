/**
 * One run of the course actor: saved progress restored onto the current course, the
 * engine's actions wired to the tracker, and the actor started. The runtime starts one at
 * launch, and another when this tab takes over from a tab that saved newer progress.
 */
import { type Actor, createActor } from 'xstate';
import type { Course } from '../course/types.ts';
import { type CourseMachine, createCourseMachine } from '../engine/course-machine.ts';
import { decodeProgress } from '../engine/record-decode.ts';
import type { Tracker } from '../tracking/tracker.ts';
import { trackingActions } from './connect-tracking.ts';

export interface RunOptions {
  now: () => number;
  /** The seed for a learner with nothing saved. */
  seed: () => number;
  masteryScore?: number | undefined;
  /** The number of the last save; each new record carries the next one. */
  count: { value: number };
}

export interface CourseRun {
  actor: Actor<CourseMachine>;
  /** Saves the progress and status again, in full: what this tab did while another tab was saving was dropped. */
  sync(): void;
}

/** Starts the course actor from `record` (or afresh), reporting the status it starts with. */
export function runCourse(
  course: Course,
  tracker: Tracker,
  record: string | undefined,
  options: RunOptions,
): CourseRun {
  const { now, masteryScore, count } = options;
  const restored = decodeProgress(course, record);
  if (!restored.ok && restored.reason !== 'empty') tracker.notices.emit('progress-reset', restored.detail);
  let shownAt = now();
  const clock = { now, shownAt: () => shownAt, nextSave: () => ++count.value };
  const actions = trackingActions(course, tracker, clock);
  const machine = createCourseMachine(course).provide({ actions });
  const actor: Actor<CourseMachine> = createActor(machine, {
    input: {
      seed: restored.ok ? restored.progress.seed : options.seed(),
      ...(masteryScore !== undefined ? { masteryScore } : {}),
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
    actor,
    sync() {
      // Fresh actions, whose memory of what was sent is empty: the tracker dropped all of it.
      const fresh = trackingActions(course, tracker, clock);
      const { context } = actor.getSnapshot();
      fresh.persist({ context, event: { type: 'nav.next' } });
      fresh.reportStatus({ context });
    },
  };
}
