/**
 * The learner runtime's composition root: find the LMS (or fall back to this browser),
 * restore saved progress onto the current course, and start the course actor with
 * tracking wired in. What it returns is the player's input. When the course is open in
 * another tab too, only one of them saves (writer-lock.ts); a tab that becomes the one
 * after the other saved more starts again from that newer progress.
 */
import { packageKey } from '../course/package-key.ts';
import { recordSequence, recordTimestamp } from '../engine/record-decode.ts';
import type { PlayerInput } from '../player/player-input.ts';
import { createTracker } from '../tracking/create-tracker.ts';
import type { Tracker } from '../tracking/tracker.ts';
import { type WriterLock, writerLock } from '../tracking/writer-lock.ts';
import type { CourseData } from './course-data.ts';
import { runCourse } from './course-run.ts';
import { adoptFormerKeys } from './former-keys.ts';
import { lmsExpected } from './launch-context.ts';

export interface RuntimeOptions {
  /** A tracker to use instead of the one for the package's standard (the author preview passes its own). */
  tracker?: Tracker;
  now?: () => number;
  seed?: number;
  /** Who saves when the course is open in several tabs: a Web Lock per course, unless a tracker is given. */
  lock?: WriterLock;
}

/** A seed for a learner who has none saved yet. */
function freshSeed(): number {
  const crypto = (globalThis as { crypto?: { getRandomValues?: (a: Uint32Array) => Uint32Array } }).crypto;
  return crypto?.getRandomValues ? crypto.getRandomValues(new Uint32Array(1))[0]! : Math.floor(Math.random() * 2 ** 32);
}

const OTHER_TAB = 'Saving in another tab';

export async function startRuntime(
  data: CourseData,
  options: RuntimeOptions = {},
): Promise<PlayerInput & { tracker: Tracker }> {
  const { course, organisation, standard } = data;
  const now = options.now ?? (() => Date.now());
  const key = packageKey(organisation.id, course);
  // The preview brings its own tracker and storage; a package reads this browser's.
  if (!options.tracker) adoptFormerKeys(course.id, key);
  const lock = options.lock ?? (options.tracker ? undefined : writerLock(key));
  const tracker =
    options.tracker ??
    createTracker({
      standard,
      courseId: course.id,
      packageKey: key,
      graded: !!course.assessment,
      timestampOf: recordTimestamp,
      sequenceOf: recordSequence,
      writer: () => lock?.writer ?? true,
    });
  const [started, first] = await Promise.all([tracker.start(), lock?.ready ?? true]);
  if (!first) tracker.notices.emit('other-tab', OTHER_TAB);
  // Saves are numbered on from the record this tab started from; `synced` is the last one it knows was stored.
  const count = { value: recordSequence(started.suspendData ?? '') ?? 0 };
  let synced = count.value;
  const runOptions = { now, count, masteryScore: started.masteryScore, seed: () => options.seed ?? freshSeed() };
  const replaced = new Set<(input: PlayerInput) => void>();

  let run = runCourse(course, tracker, started.suspendData, runOptions);
  let input: PlayerInput & { tracker: Tracker } = {
    course,
    organisation,
    standard: tracker.standard,
    actor: run.actor,
    tracker,
    learnerKey: started.learnerId || 'local',
    ...(started.learnerName ? { learnerName: started.learnerName } : {}),
    lmsExpected: lmsExpected(),
    ui: data.ui,
    onNotice: (listener) => tracker.notices.subscribe(listener),
    ...(lock ? { takeOver: () => lock.takeOver(), onReplace: (l) => void replaced.add(l) } : {}),
  };

  lock?.onChange((writer) => {
    if (!writer) {
      synced = count.value;
      return tracker.notices.emit('other-tab', OTHER_TAB);
    }
    const saved = tracker.saved?.();
    const sequence = recordSequence(saved?.record ?? '') ?? 0;
    // The other tab saved since this one last did: carry on from there, never from this tab's older state.
    if (saved && sequence > synced) {
      input.actor.stop();
      count.value = sequence;
      run = runCourse(course, tracker, saved.record, runOptions);
      input = { ...input, actor: run.actor };
      tracker.saveProgress(saved.record, saved.location);
      for (const listener of replaced) listener(input);
    } else run.sync();
    tracker.notices.emit('took-over', 'Saving here');
  });
  return input;
}
