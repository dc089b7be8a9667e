/**
 * The tracker for a course opened outside any LMS: progress lives in this browser's
 * localStorage, or in memory when the browser refuses storage. Either way the learner
 * is told, once, where their progress is kept.
 */
import { LocalCopy, localKey, type StorageLike } from './local-copy.ts';
import type { NoticeChannel } from './notices.ts';
import type { StartResult, Tracker } from './tracker.ts';

export interface StandaloneOptions {
  courseId: string;
  /** The package on this device (organisation, course, language); defaults to the course id. */
  packageKey?: string | undefined;
  notices: NoticeChannel;
  /** Persistent storage; undefined keeps progress in memory only. */
  storage: StorageLike | undefined;
}

export class StandaloneTracker implements Tracker {
  readonly standard = 'standalone' as const;
  readonly limits = { suspendData: 64000, location: 1000 };
  private readonly local: LocalCopy;
  private started = false;

  constructor(private readonly options: StandaloneOptions) {
    let warned = false;
    this.local = new LocalCopy(options.storage, localKey(options.packageKey ?? options.courseId, ''), () => {
      // Said once, and only after the "browser only" notice of start(), when storage fails mid-session.
      if (this.started && !warned) {
        warned = true;
        options.notices.emit(
          'standalone',
          'This browser stopped saving progress; it is kept only until this page is closed.',
        );
      }
    });
  }

  async start(): Promise<StartResult> {
    if (!this.started) {
      this.started = true;
      this.options.notices.emit(
        'standalone',
        this.local.persistent
          ? 'Progress is saved in this browser only.'
          : 'This browser does not allow saving; progress is kept only until this page is closed.',
      );
    }
    const saved = this.local.read();
    return {
      suspendData: saved?.record || undefined,
      location: saved?.location || undefined,
      entry: saved?.record ? 'resume' : 'ab-initio',
      mode: 'normal',
      learnerId: '',
    };
  }

  saveProgress(record: string, location: string, whole?: string): void {
    // No LMS to fit: this browser keeps everything.
    this.local.write({ record: whole ?? record, location });
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
