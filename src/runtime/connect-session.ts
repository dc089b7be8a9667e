/**
 * Connects a session (session.ts) to the LMS, or to this browser when there is none: the
 * tracker starts, saved progress is restored onto the course, and the tracking actions are
 * wired in. In a package this is session.js, loaded once the first screen is live; the
 * author preview and the tests run it straight after createSession (start-runtime.ts).
 *
 * When the course is open in another tab too, only one of them saves (writer-lock.ts); a
 * tab that becomes the one after the other saved more starts a new session from that newer
 * progress, and the player hears of the new input (issue 17).
 */
import { packageKey } from '../course/package-key.ts';
import { decodeProgress, recordSequence, recordTimestamp } from '../engine/record-decode.ts';
import { nextTask } from '../player/next-task.ts';
import type { PlayerInput } from '../player/player-input.ts';
import { createTracker } from '../tracking/create-tracker.ts';
import type { Tracker } from '../tracking/tracker.ts';
import { type WriterLock, writerLock } from '../tracking/writer-lock.ts';
import { trackingActions } from './connect-tracking.ts';
import { adoptFormerKeys } from './former-keys.ts';
import type { Session } from './session.ts';

export interface ConnectOptions {
  /** A tracker to use instead of the one for the package's standard (the author preview passes its own). */
  tracker?: Tracker;
  now?: () => number;
  /** Who saves when the course is open in several tabs: a Web Lock per package, unless a tracker is given. */
  lock?: WriterLock;
}

interface Attached {
  /** Saves the progress and status again, in full: what this tab did while another tab was saving was dropped. */
  sync(): void;
}

/**
 * Restores `record` onto the session's actor and wires its tracking actions. `count` is the
 * number of the last save; each new record carries the next one.
 */
function attach(
  session: Session,
  tracker: Tracker,
  record: string | undefined,
  options: { now: () => number; count: { value: number }; masteryScore?: number | undefined },
): Attached {
  const { course } = session.data;
  const { now, count, masteryScore } = options;
  const restored = decodeProgress(course, record);
  if (!restored.ok && restored.reason !== 'empty') tracker.notices.emit('progress-reset', restored.detail);

  let shownAt = now();
  const clock = { now, shownAt: () => shownAt, nextSave: () => ++count.value };
  const actions = trackingActions(course, tracker, clock);
  session.connect(actions);
  // Latency runs from when a question appeared: a new page, or the next assessment question.
  let seen = '';
  session.actor.subscribe((snapshot) => {
    const key = JSON.stringify([snapshot.value, snapshot.context.pageId, snapshot.context.attempt?.responses.length]);
    if (key === seen) return;
    seen = key;
    shownAt = now();
  });
  session.actor.send({
    type: 'session.restore',
    ...(restored.ok ? { progress: restored.progress } : {}),
    ...(masteryScore !== undefined ? { masteryScore } : {}),
  });
  // The status from the start: an LMS that has none by the ending decides one itself, and
  // Moodle turns SCORM 1.2's "not attempted" into "completed" at LMSFinish.
  actions.reportStatus({ context: session.actor.getSnapshot().context });
  return {
    sync() {
      // Fresh actions, whose memory of what was sent is empty: the tracker dropped all of it.
      const fresh = trackingActions(course, tracker, clock);
      const { context } = session.actor.getSnapshot();
      fresh.persist({ context, event: { type: 'nav.next' } });
      fresh.reportStatus({ context });
    },
  };
}

const OTHER_TAB = 'Saving in another tab';

/** Starts tracking and restores saved progress; returns the player's full input. */
export async function connectSession(
  session: Session,
  options: ConnectOptions = {},
): Promise<PlayerInput & { tracker: Tracker }> {
  const { data } = session;
  const { course, organisation } = data;
  const now = options.now ?? (() => Date.now());
  const key = packageKey(organisation.id, course);
  // The preview brings its own tracker and storage; a package reads this browser's.
  if (!options.tracker) adoptFormerKeys(course.id, key);
  const lock = options.lock ?? (options.tracker ? undefined : writerLock(key));
  const tracker =
    options.tracker ??
    createTracker({
      standard: data.standard,
      courseId: course.id,
      packageKey: key,
      graded: !!course.assessment,
      timestampOf: recordTimestamp,
      sequenceOf: recordSequence,
      writer: () => lock?.writer ?? true,
    });
  const [started, first] = await Promise.all([tracker.start(), lock?.ready ?? true]);
  if (!first) tracker.notices.emit('other-tab', OTHER_TAB);
  // Starting the LMS session and rendering the screen it leads to were one task of up to
  // 170 ms on a slow phone (issue 16); apart, neither holds the page that long.
  await nextTask();
  // Saves are numbered on from the record this tab started from; `synced` is the last one it knows was stored.
  const count = { value: recordSequence(started.suspendData ?? '') ?? 0 };
  let synced = count.value;
  const attachOptions = { now, count, masteryScore: started.masteryScore };
  let attached = attach(session, tracker, started.suspendData, attachOptions);
  const replaced = new Set<(input: PlayerInput) => void>();

  let input: PlayerInput & { tracker: Tracker } = {
    course,
    organisation,
    standard: tracker.standard,
    actor: session.actor,
    tracker,
    learnerKey: started.learnerId || 'local',
    ...(started.learnerName ? { learnerName: started.learnerName } : {}),
    lmsExpected: session.lmsExpected,
    ui: data.ui,
    ...(data.text ? { text: data.text } : {}),
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
      const next = session.renew();
      attached = attach(next, tracker, saved.record, attachOptions);
      input = { ...input, actor: next.actor };
      tracker.saveProgress(saved.record, saved.location);
      for (const listener of replaced) listener(input);
    } else attached.sync();
    tracker.notices.emit('took-over', 'Saving here');
  });
  return input;
}
