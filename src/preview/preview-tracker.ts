/**
 * The tracker a preview session runs on: the learner's own tracker (createTracker),
 * pointed at the simulated LMS through a window-like object, with this page's memory as
 * "the browser's" local copy. The preview also keeps the last progress record it saw, so
 * a live edit or a change of standard can carry the learner's place to a new session.
 */
import { recordTimestamp } from '../engine/record-decode.ts';
import type { TrackingMode } from '../scorm/scorm-version.ts';
import { createTracker } from '../tracking/create-tracker.ts';
import type { StorageLike } from '../tracking/local-copy.ts';
import type { Tracker } from '../tracking/tracker.ts';
import type { LmsHarness } from './lms-harness.ts';

export interface SavedPlace {
  record: string;
  location: string;
}

export interface PreviewTracker {
  tracker: Tracker;
  /** The last progress record and bookmark the course saved, if any. */
  lastSaved(): SavedPlace | undefined;
  /** Does what closing the tab does: the tracker hears `pagehide` and ends the session. */
  hidePage(): void;
}

/** Storage that lives as long as the preview page: the learner's "browser", which Reset clears. */
export function memoryStorage(): StorageLike & { clear(): void } {
  const data = new Map<string, string>();
  return {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
    clear: () => data.clear(),
  };
}

export function previewTracker(
  standard: TrackingMode,
  courseId: string,
  packageKey: string,
  graded: boolean,
  lms: LmsHarness | undefined,
  storage: StorageLike,
): PreviewTracker {
  // An EventTarget, so the tracker subscribes to pagehide as it would on a real window.
  const win = new EventTarget() as EventTarget & Record<string, unknown>;
  if (lms) win[lms.version === 'scorm12' ? 'API' : 'API_1484_11'] = lms.api;
  const inner = createTracker({
    standard,
    courseId,
    packageKey,
    graded,
    timestampOf: recordTimestamp,
    window: win,
    storage,
    discovery: { attempts: 1 },
  });
  let last: SavedPlace | undefined;
  const tracker: Tracker = {
    get standard() {
      return inner.standard;
    },
    get limits() {
      return inner.limits;
    },
    async start() {
      const started = await inner.start();
      // A restored session counts as saved: the place is known before the learner moves.
      if (started.suspendData && !last) last = { record: started.suspendData, location: started.location ?? '' };
      return started;
    },
    saveProgress(record, location) {
      last = { record, location };
      inner.saveProgress(record, location);
    },
    setStatus: (status) => inner.setStatus(status),
    recordInteraction: (interaction) => inner.recordInteraction(interaction),
    setObjectives: (objectives) => inner.setObjectives(objectives),
    checkpoint: () => inner.checkpoint(),
    finish: () => inner.finish(),
    notices: inner.notices,
  };
  return { tracker, lastSaved: () => last, hidePage: () => void win.dispatchEvent(new Event('pagehide')) };
}
