/**
 * The tracker for a course opened outside any LMS: progress lives in this browser's
 * localStorage, or in memory when the browser refuses storage. Either way the learner
 * is told, once, where their progress is kept. It also carries a session whose LMS failed
 * to start: that one resumes from the newest copy of the course on this device and leaves
 * its saves for the next launch that reaches the LMS (see resume-copy.ts).
 */
import { LocalCopy, localKey, type StorageLike } from './local-copy.ts';
import { type NoticeChannel, otherTab } from './notices.ts';
import type { Stamps } from './pick-copy.ts';
import { newestOnDevice } from './resume-copy.ts';
import type { StartResult, Tracker } from './tracker.ts';

export interface StandaloneOptions extends Stamps {
  courseId: string;
  /** The package on this device (organisation, course, language); defaults to the course id. */
  packageKey?: string | undefined;
  notices: NoticeChannel;
  /** Persistent storage; undefined keeps progress in memory only. */
  storage: StorageLike | undefined;
  /**
   * Set when a package's LMS failed to start: its name, which marks the saves as waiting
   * for that package's next launch with the LMS to take them over.
   */
  unclaimedFor?: string | undefined;
}

export class StandaloneTracker implements Tracker {
  readonly standard = 'standalone' as const;
  readonly limits = { suspendData: 64000, location: 1000 };
  private readonly local: LocalCopy;
  private started = false;

  constructor(private readonly options: StandaloneOptions) {
    let warned = false;
    const onMemoryOnly = () => {
      // Said once, and only after the "browser only" notice of start(), when storage fails mid-session.
      if (this.started && !warned) {
        warned = true;
        options.notices.emit(
          'not-saved',
          'This browser stopped saving progress; it is kept only until this page is closed.',
        );
      }
    };
    const scope = options.packageKey ?? options.courseId;
    this.local = new LocalCopy(options.storage, localKey(scope, ''), onMemoryOnly, options.sequenceOf);
  }

  async start(): Promise<StartResult> {
    if (!this.started) {
      this.started = true;
      if (this.local.persistent) this.options.notices.emit('standalone', 'Progress is saved in this browser only.');
      else
        this.options.notices.emit(
          'not-saved',
          'This browser does not allow saving; progress is kept only until this page is closed.',
        );
    }
    // Without a learner id, a session whose LMS failed takes up the newest progress this device holds.
    const saved = this.options.unclaimedFor
      ? newestOnDevice({
          storage: this.options.storage,
          scope: this.options.packageKey ?? this.options.courseId,
          stamps: this.options,
        })
      : this.local.read();
    return {
      suspendData: saved?.record || undefined,
      location: saved?.location || undefined,
      entry: saved?.record ? 'resume' : 'ab-initio',
      mode: 'normal',
      learnerId: '',
    };
  }

  saveProgress(record: string, location: string, whole?: string): void {
    const unclaimed = this.options.unclaimedFor;
    // No LMS to fit: this browser keeps everything.
    const entry = { record: whole ?? record, location, ...(unclaimed ? { unclaimed } : {}) };
    if (!this.local.write(entry)) otherTab(this.options.notices);
  }

  /** The copy this browser holds now, which another tab of the course may have saved. */
  saved() {
    return this.local.stored();
  }

  // Status, answers and objectives only matter to an LMS; the record holds what the course needs.
  setStatus(): void {}
  recordInteraction(): void {}
  setObjectives(): void {}
  checkpoint(): void {}
  finish(): void {}

  get notices(): NoticeChannel {
    return this.options.notices;
  }
}
