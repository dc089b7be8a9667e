/**
 * The one entry point: picks the tracker for the package's standard. start() looks for
 * the LMS; when a SCORM package finds none (opened from disk, say) or the LMS refuses to
 * initialise, it falls back to this browser and says so. Calls made while start() is
 * still looking are kept and replayed in order, so none is lost.
 */

import { scormName, type TrackingMode } from '../scorm/scorm-version.ts';
import { type FindOptions, findApi, type WindowLike } from './find-api.ts';
import { wrapLms } from './lms-api.ts';
import { LmsTracker } from './lms-tracker.ts';
import { type StorageLike, usableStorage } from './local-copy.ts';
import { NoticeChannel } from './notices.ts';
import { isReload } from './page-lifecycle.ts';
import { scorm12 } from './scorm12.ts';
import { scorm2004 } from './scorm2004.ts';
import { StandaloneTracker } from './standalone.ts';
import type { StartResult, Tracker } from './tracker.ts';

export interface TrackerOptions {
  /** The standard the package was built for. */
  standard: TrackingMode;
  courseId: string;
  /**
   * Names the package on this device and, in SCORM 2004, in objective ids: its organisation,
   * course and language, such as `demo.self-care.en`, so two organisations' packages of one
   * course never share a browser copy or an objective. Defaults to the course id.
   */
  packageKey?: string;
  /** Whether the course has a pass mark, so the LMS's mastery score is worth reading. Default true. */
  graded?: boolean;
  /**
   * When a progress record was saved (ms since the epoch), or undefined when unknown. The
   * record is the engine's own format; this picks the newer of the LMS and local copies.
   */
  timestampOf?: (record: string) => number | undefined;
  /** How many saves led to a record (the engine's own count), which decides first which copy is newer. */
  sequenceOf?: (record: string) => number | undefined;
  /** Whether this tab may save now; while it says false, progress, status and answers are dropped. */
  writer?: () => boolean;
  /** Where to look for the LMS and listen for pagehide. Defaults to the global window, if any. */
  window?: WindowLike;
  /** Storage for the local copy. Defaults to localStorage when it works; null keeps progress in memory. */
  storage?: StorageLike | null;
  /** This tab's storage for the session mark. Defaults to sessionStorage; null keeps none. */
  tabStorage?: StorageLike | null;
  /** Whether this document reloaded the course's previous one in its frame. Defaults to what the window says. */
  reloaded?: boolean;
  discovery?: FindOptions;
  now?: () => number;
  commitDelayMs?: number;
  laterCommitDelayMs?: number;
  retryDelaysMs?: readonly number[];
}

const LIMITS = {
  scorm12: scorm12.limits,
  scorm2004: scorm2004.limits,
  standalone: { suspendData: 64000, location: 1000 },
};

/**
 * Creates the tracker for a course.
 * @example
 * const tracker = createTracker({ standard: 'scorm2004', courseId: 'self-care', timestampOf });
 * const saved = await tracker.start();
 */
export function createTracker(options: TrackerOptions): Tracker {
  const notices = new NoticeChannel();
  const win = 'window' in options ? options.window : (globalThis as { window?: WindowLike }).window;
  const storage = usableStorage(options.storage);
  const now = options.now ?? Date.now;
  let inner: Tracker | undefined;
  let ready = false;
  let starting: Promise<StartResult> | undefined;
  const waiting: Array<(tracker: Tracker) => void> = [];

  // While another tab of the course is the one saving, this one's writes go nowhere (writer-lock.ts).
  const use = (call: (tracker: Tracker) => void) =>
    options.writer?.() === false ? undefined : ready && inner ? call(inner) : void waiting.push(call);

  async function begin(): Promise<StartResult> {
    const startedAt = now();
    const result = await connect(startedAt);
    ready = true;
    for (const call of waiting.splice(0)) call(inner!);
    return result;
  }

  async function connect(startedAt: number): Promise<StartResult> {
    if (options.standard !== 'standalone') {
      const version = options.standard;
      const api = await findApi(win, version, options.discovery);
      if (api) {
        const dialect = version === 'scorm12' ? scorm12 : scorm2004;
        inner = new LmsTracker(dialect, wrapLms(api, version), {
          ...options,
          notices,
          storage,
          window: win,
          reloaded: options.reloaded ?? isReload(win),
          startedAt,
          now,
        });
        try {
          return await inner.start();
        } catch (error) {
          notices.emit(
            'lms-unavailable',
            `The LMS did not start the session (${(error as Error).message}); progress is saved in this browser only.`,
          );
        }
      } else {
        notices.emit(
          'lms-unavailable',
          `No ${scormName(version)} API was found in this window, its parents or its opener; progress is saved in this browser only.`,
        );
      }
    }
    // A package meant for an LMS saves for the next launch that reaches it; one opened standalone saves for itself.
    const unclaimedFor = options.standard === 'standalone' ? undefined : (options.packageKey ?? options.courseId);
    inner = new StandaloneTracker({ ...options, notices, storage, unclaimedFor });
    return inner.start();
  }

  return {
    get standard() {
      return inner?.standard ?? options.standard;
    },
    get limits() {
      return inner?.limits ?? LIMITS[options.standard];
    },
    start: () => (starting ??= begin()),
    saveProgress: (record, location, whole) => use((t) => t.saveProgress(record, location, whole)),
    setStatus: (status) => use((t) => t.setStatus(status)),
    recordInteraction: (interaction) => use((t) => t.recordInteraction(interaction)),
    setObjectives: (objectives) => use((t) => t.setObjectives(objectives)),
    checkpoint: (when) => use((t) => t.checkpoint(when)),
    // The ending goes through from any tab, so the LMS closes every session it opened.
    finish: () => (ready && inner ? inner.finish() : void waiting.push((t) => t.finish())),
    saved: () => inner?.saved?.(),
    notices,
  };
}
