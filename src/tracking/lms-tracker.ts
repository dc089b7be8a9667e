/**
 * A Tracker over a SCORM LMS, for either version: the dialect says what to write, the
 * session writes and commits, and the local copy keeps every save in this browser too.
 */
import type { Dialect } from './dialect.ts';
import type { WindowLike } from './find-api.ts';
import type { Lms } from './lms-api.ts';
import { LmsConnection } from './lms-connection.ts';
import { LocalCopy, localKey, type StorageLike } from './local-copy.ts';
import type { NoticeChannel } from './notices.ts';
import { onPageHidden } from './page-hidden.ts';
import { pickCopy, type TimestampOf } from './pick-copy.ts';
import type {
  InteractionRecord,
  ObjectiveStatus,
  StartResult,
  Tracker,
  TrackingNotice,
  TrackingStatus,
} from './tracker.ts';

export interface LmsTrackerOptions {
  courseId: string;
  /** Whether the course has a pass mark, so the LMS's mastery score is worth reading. Default true. */
  graded?: boolean;
  notices: NoticeChannel;
  /** Persistent storage for the local copy; undefined keeps it in memory. */
  storage: StorageLike | undefined;
  /** The window whose hiding triggers a commit. */
  window?: WindowLike;
  /** When a progress record was saved, to pick the newer of the LMS and local copies. */
  timestampOf?: TimestampOf;
  now?: () => number;
  /** When the session began, if earlier than start() (the time spent finding the LMS counts). */
  startedAt?: number;
  commitDelayMs?: number;
  laterCommitDelayMs?: number;
  retryDelaysMs?: readonly number[];
}

/** Thrown by start() when the LMS refuses to initialise; the caller falls back to this browser. */
export class LmsUnavailableError extends Error {}

/**
 * Whether the attempt is over, so the session exits normally instead of suspending: the
 * course is complete by its rules (a final "failed" outcome included) or passed.
 */
export const isDone = (s: TrackingStatus | undefined): boolean =>
  !!s && (s.success === 'passed' || s.completion === 'completed');

export class LmsTracker implements Tracker {
  readonly standard: Dialect['standard'];
  readonly limits: Tracker['limits'];
  private readonly session: LmsConnection;
  private local = new LocalCopy(undefined, '');
  private started: Promise<StartResult> | undefined;
  private state: 'new' | 'active' | 'finished' = 'new';
  private startedAt = 0;
  private lastStatus: TrackingStatus | undefined;
  private readonly interactions = new Map<string, number>();
  private interactionCount = 0;
  private readonly objectives = new Map<string, number>();
  private objectiveCount = 0;
  private tooLong = false;
  private stopListening = () => {};

  constructor(
    private readonly dialect: Dialect,
    private readonly lms: Lms,
    private readonly options: LmsTrackerOptions,
  ) {
    this.standard = dialect.standard;
    this.limits = dialect.limits;
    const vital = new Set(dialect.progress('', '').map(([element]) => element));
    this.session = new LmsConnection(lms, { ...options, permanentErrors: dialect.permanentErrors, vital });
  }

  start(): Promise<StartResult> {
    this.started ??= new Promise((resolve) => resolve(this.begin()));
    return this.started;
  }

  private begin(): StartResult {
    this.startedAt = this.options.startedAt ?? this.now();
    const init = this.lms.initialize();
    // Already initialised (the page reloaded inside the LMS frame) still answers GetValue.
    const probe = this.dialect.version === 'scorm12' ? 'cmi.core.student_id' : 'cmi.learner_id';
    if (!init.ok && (init.broken || this.lms.get(probe).code !== 0)) {
      throw new LmsUnavailableError(init.broken ?? `Initialize failed with LMS error ${init.code}`);
    }
    const snap = this.dialect.read(this.lms, this.options.graded ?? true, !init.ok);
    this.local = new LocalCopy(this.options.storage, localKey(this.options.courseId, snap.learnerId));
    for (const [element, value] of snap.known) this.session.known.set(element, value);
    snap.interactions.forEach((id, n) => {
      if (id && !this.interactions.has(id)) this.interactions.set(id, n);
    });
    this.interactionCount = snap.interactions.length;
    snap.objectives.forEach((id, n) => {
      if (id && !this.objectives.has(id)) this.objectives.set(id, n);
    });
    this.objectiveCount = snap.objectives.length;
    this.state = 'active';

    const { entry, fromLocal } = pickCopy(
      { record: snap.record, location: snap.location },
      this.local.read(),
      this.options.timestampOf,
    );
    if (fromLocal) this.send(entry.record, entry.location);
    else if (entry.record || entry.location) this.local.write(entry);
    // Suspend from the first commit on, so a tab killed without finish() still resumes.
    this.session.write([this.dialect.exit(false)]);
    this.stopListening = onPageHidden(this.options.window, () => this.session.commit());
    return {
      suspendData: entry.record || undefined,
      location: entry.location || undefined,
      entry: fromLocal ? 'resume' : snap.entry,
      masteryScore: snap.masteryScore,
      mode: snap.mode,
      learnerName: snap.learnerName,
      learnerId: snap.learnerId,
    };
  }

  saveProgress(record: string, location: string): void {
    if (this.state === 'new') return;
    if (this.state === 'active') {
      this.local.write({ record, location });
      this.send(record, location);
    } else {
      // After finish() the copy still follows, without forgetting that the attempt ended.
      this.local.write({ record, location, done: this.local.read()?.done });
    }
  }

  /** Queues the record and bookmark for the LMS, unless they exceed its limits: never truncated. */
  private send(record: string, location: string): void {
    const { suspendData, location: maxLocation } = this.limits;
    if (record.length > suspendData || location.length > maxLocation) {
      if (!this.tooLong) {
        this.tooLong = true;
        this.notify(
          'save-failed',
          `The progress record (${record.length} characters) or bookmark (${location.length}) is longer than ${this.standard} allows (${suspendData} and ${maxLocation}). It is kept in this browser only.`,
        );
      }
      return;
    }
    if (this.tooLong) {
      this.tooLong = false;
      this.notify('save-recovered', 'The progress record fits the LMS again.');
    }
    this.session.write(this.dialect.progress(record, location));
  }

  setStatus(status: TrackingStatus): void {
    this.lastStatus = status;
    if (this.state === 'active') this.session.write(this.dialect.status(status));
  }

  recordInteraction(interaction: InteractionRecord): void {
    if (this.state !== 'active') return;
    let index = this.dialect.reuseInteractions ? this.interactions.get(interaction.id) : undefined;
    if (index === undefined) {
      index = this.interactionCount++;
      this.interactions.set(interaction.id, index);
    }
    this.session.write(this.dialect.interaction(index, interaction));
  }

  setObjectives(objectives: ObjectiveStatus[]): void {
    if (this.state !== 'active') return;
    for (const objective of objectives) {
      // Course ids are already valid in both standards, so the id the LMS holds is the course's.
      let index = this.objectives.get(objective.id);
      if (index === undefined) {
        index = this.objectiveCount++;
        this.objectives.set(objective.id, index);
      }
      this.session.write(this.dialect.objective(index, objective));
    }
  }

  checkpoint(when: 'soon' | 'later' = 'soon'): void {
    if (this.state === 'active') this.session.checkpoint(when);
  }

  finish(): void {
    if (this.state !== 'active') {
      this.state = 'finished';
      return;
    }
    this.state = 'finished';
    this.stopListening();
    const done = isDone(this.lastStatus);
    const ended = this.session.end([this.dialect.exit(done), this.dialect.sessionTime(this.now() - this.startedAt)]);
    const copy = this.local.read();
    if (ended && done && copy) this.local.write({ ...copy, done: true });
  }

  get notices(): NoticeChannel {
    return this.options.notices;
  }

  private notify(kind: TrackingNotice['kind'], detail: string): void {
    this.options.notices.emit(kind, detail);
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }
}
