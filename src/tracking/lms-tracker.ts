/**
 * A Tracker over a SCORM LMS, for either version: the dialect says what to write, the
 * connection writes and commits, and the local copy keeps every save in this browser too.
 * The session ends exactly once, on Pause and exit or when the page goes away (pagehide:
 * closed, reloaded, navigated, the frame removed), so the LMS always gets the session
 * time, the exit value and its Finish/Terminate.
 *
 * Longer than the usual file on purpose: the session's life (start, resume from the newest copy,
 * save, commit, end once) reads best in one class; the dialect, connection, local copy and outcome
 * rules it calls are already files of their own.
 */
import type { Dialect } from './dialect.ts';
import type { WindowLike } from './find-api.ts';
import type { Lms } from './lms-api.ts';
import { LmsConnection } from './lms-connection.ts';
import { openSession } from './lms-open.ts';
import { LocalCopy, type LocalEntry, localKey, type StorageLike } from './local-copy.ts';
import { type NoticeChannel, otherTab } from './notices.ts';
import { isDone, isFinal, reportedObjectives, reportedStatus } from './outcome.ts';
import { watchPage } from './page-lifecycle.ts';
import { pickCopy, type SequenceOf, type TimestampOf } from './pick-copy.ts';
import { RecordIndex } from './record-index.ts';
import { resumeFrom } from './resume-copy.ts';
import { type MarkData, SessionMark } from './session-mark.ts';
import type { InteractionRecord, ObjectiveStatus, StartResult, Tracker, TrackingStatus } from './tracker.ts';

export interface LmsTrackerOptions {
  courseId: string;
  /** The package on this device and in 2004 objective ids (organisation, course, language); defaults to the course id. */
  packageKey?: string | undefined;
  /** Whether the course has a pass mark, so the LMS's mastery score is worth reading. Default true. */
  graded?: boolean;
  notices: NoticeChannel;
  /** Persistent storage for the local copy; undefined keeps it in memory. */
  storage: StorageLike | undefined;
  /** This tab's storage for the session mark; undefined uses sessionStorage, null none. */
  tabStorage?: StorageLike | null;
  /** Whether this document reloaded the course's previous one in the same frame. */
  reloaded?: boolean;
  /** The window whose hiding commits and whose leaving ends the session. */
  window?: WindowLike;
  /** When a progress record was saved, to pick the newer of the LMS and local copies. */
  timestampOf?: TimestampOf;
  /** How many saves led to a record: the newer copy, whatever the clocks say. */
  sequenceOf?: SequenceOf;
  now?: () => number;
  /** When the session began, if earlier than start() (the time spent finding the LMS counts). */
  startedAt?: number;
  commitDelayMs?: number;
  laterCommitDelayMs?: number;
  retryDelaysMs?: readonly number[];
}

export { LmsUnavailableError } from './lms-open.ts';

export class LmsTracker implements Tracker {
  readonly standard: Dialect['standard'];
  readonly limits: Tracker['limits'];
  private readonly session: LmsConnection;
  private readonly mark: SessionMark;
  private local = new LocalCopy(undefined, '');
  private started: Promise<StartResult> | undefined;
  /** `ended` after Terminate, or after the page left without one being possible. */
  private state: 'new' | 'active' | 'ended' = 'new';
  private endedBy: 'exit' | 'leaving' | undefined;
  private startedAt = 0;
  private lastStatus: TrackingStatus | undefined;
  private lastObjectives: ObjectiveStatus[] = [];
  private interactions = new RecordIndex([], false);
  private objectives = new RecordIndex([], true);
  private tooLong = false;
  private partialSaid = false;
  private stopWatching = () => {};

  constructor(
    private readonly dialect: Dialect,
    private readonly lms: Lms,
    private readonly options: LmsTrackerOptions,
  ) {
    this.standard = dialect.standard;
    this.limits = dialect.limits;
    const vital = new Set(dialect.progress('', '').map(([element]) => element));
    this.session = new LmsConnection(lms, { ...options, permanentErrors: dialect.permanentErrors, vital });
    this.mark = new SessionMark(options.packageKey ?? options.courseId, options.tabStorage);
  }

  start(): Promise<StartResult> {
    this.started ??= new Promise((resolve) => resolve(this.begin()));
    return this.started;
  }

  private begin(): StartResult {
    this.startedAt = this.options.startedAt ?? this.now();
    const opening = openSession(this.lms, this.dialect, this.mark.read(), {
      graded: this.options.graded ?? true,
      reloaded: this.options.reloaded ?? false,
    });
    if (opening.kind === 'closed') return this.carryOn(opening.mark);
    const snap = opening.snapshot;
    for (const [element, value] of snap.known) this.session.known.set(element, value);
    this.interactions = new RecordIndex(snap.interactions, this.dialect.reuseInteractions);
    this.objectives = new RecordIndex(snap.objectives, true);
    this.state = 'active';

    // The newest of the LMS copy, this learner's copy here, and one a session without the LMS left.
    const { entry, fromLocal, local } = resumeFrom({ record: snap.record, location: snap.location }, snap.learnerId, {
      storage: this.options.storage,
      scope: this.options.packageKey ?? this.options.courseId,
      stamps: this.options,
    });
    this.local = local;
    // A local copy too long for this LMS waits for the runtime's next save, which cuts it to fit.
    if (fromLocal && entry.record.length <= this.limits.suspendData) this.send(entry.record, entry.location);
    else if (entry.record || entry.location) this.local.write(entry);
    // Suspend from the first commit on, so a tab killed without any ending still resumes.
    this.session.write([this.dialect.exit(false)]);
    this.stopWatching = watchPage(this.options.window, {
      hidden: () => this.session.commit(),
      leaving: () => this.end('leaving'),
      returned: () => this.returned(),
    });
    const { learnerId, learnerName, masteryScore, mode } = snap;
    const start = { learnerId, learnerName, masteryScore, mode };
    this.mark.write({ token: opening.token, state: 'open', start, record: entry.record, location: entry.location });
    return {
      ...start,
      suspendData: entry.record || undefined,
      location: entry.location || undefined,
      entry: fromLocal ? 'resume' : snap.entry,
    };
  }

  /** The course frame reloaded after this tab ended the session: resume from this browser, tell the learner. */
  private carryOn(mark: MarkData): StartResult {
    this.state = 'ended';
    this.local = new LocalCopy(
      this.options.storage,
      this.localKey(mark.start.learnerId),
      undefined,
      this.options.sequenceOf,
    );
    const { timestampOf, sequenceOf } = this.options;
    const { entry } = pickCopy(
      { record: mark.record ?? '', location: mark.location ?? '' },
      this.local.read(),
      timestampOf,
      sequenceOf,
    );
    this.mark.write({ ...mark, record: entry.record, location: entry.location });
    this.notify(
      'The LMS session ended when this page was last closed or reloaded; progress is saved in this browser until the course is opened from the LMS again.',
    );
    return {
      ...mark.start,
      suspendData: entry.record || undefined,
      location: entry.location || undefined,
      entry: entry.record ? 'resume' : 'ab-initio',
    };
  }

  saveProgress(record: string, location: string, whole?: string): void {
    if (this.state === 'new') return;
    // This browser keeps the whole record; the LMS gets the one cut to fit it.
    const kept = whole ?? record;
    // After the session ended the copy still follows, without forgetting that the attempt ended.
    const done = this.state === 'active' ? undefined : this.local.read()?.done;
    // Another tab saved more progress since: neither this browser's copy nor the LMS gets the older one.
    if (!this.local.write({ record: kept, location, ...(done ? { done } : {}) })) {
      otherTab(this.options.notices);
      return;
    }
    this.mark.update({ record: kept, location });
    if (this.state === 'active') {
      if (whole !== undefined) this.sayPartial(record);
      this.send(record, location);
    }
  }

  /** The copy this browser holds now, which another tab of the course may have saved. */
  saved(): LocalEntry | undefined {
    return this.local.stored();
  }

  /** Once a session: the LMS holds only part of the progress, and this browser the rest. */
  private sayPartial(record: string): void {
    if (this.partialSaid) return;
    this.partialSaid = true;
    this.options.notices.emit(
      'progress-partial',
      `The whole progress record is longer than ${this.standard} allows (${this.limits.suspendData} characters), so the LMS keeps a shortened one (${record.length}) with the bookmark and the status; this browser keeps all of it.`,
    );
  }

  /** Queues the record and bookmark for the LMS, unless they exceed its limits: never truncated. */
  private send(record: string, location: string): void {
    const { suspendData, location: maxLocation } = this.limits;
    if (record.length > suspendData || location.length > maxLocation) {
      if (!this.tooLong) {
        this.tooLong = true;
        this.options.notices.emit(
          'save-failed',
          `The progress record (${record.length} characters) or bookmark (${location.length}) is longer than ${this.standard} allows (${suspendData} and ${maxLocation}). It is kept in this browser only.`,
        );
      }
      return;
    }
    if (this.tooLong) {
      this.tooLong = false;
      this.options.notices.emit('save-recovered', 'The progress record fits the LMS again.');
    }
    this.session.write(this.dialect.progress(record, location));
  }

  setStatus(status: TrackingStatus): void {
    const becameFinal = isFinal(status) && !isFinal(this.lastStatus);
    this.lastStatus = status;
    if (this.state !== 'active') return;
    this.session.write(this.dialect.status(reportedStatus(status)));
    // An objective missed in the last attempt may say "failed" only now.
    if (becameFinal) this.writeObjectives();
  }

  recordInteraction(interaction: InteractionRecord): void {
    if (this.state !== 'active') return;
    const scoped = { ...interaction, objectives: interaction.objectives.map((id) => this.objectiveId(id)) };
    this.session.write(this.dialect.interaction(this.interactions.indexOf(interaction.id), scoped));
  }

  setObjectives(objectives: ObjectiveStatus[]): void {
    this.lastObjectives = objectives;
    if (this.state === 'active') this.writeObjectives();
  }

  private writeObjectives(): void {
    // Course ids are already valid in both standards; SCORM 2004 gets them named by the package (objectiveId).
    for (const reported of reportedObjectives(this.lastObjectives, isFinal(this.lastStatus))) {
      const objective = { ...reported, id: this.objectiveId(reported.id) };
      this.session.write(this.dialect.objective(this.objectives.indexOf(objective.id), objective));
    }
  }

  /**
   * The id the LMS holds for a course objective. SCORM 2004 objective ids are long identifiers
   * that some LMSs share between packages (global objectives), so they carry the package's
   * name: `demo.self-care.en.obj-refer`. SCORM 1.2's stay the course's own, local to the SCO.
   */
  private objectiveId(id: string): string {
    const scope = this.options.packageKey;
    return this.dialect.scopesObjectives && scope ? `${scope}.${id}` : id;
  }

  private localKey(learnerId: string): string {
    return localKey(this.options.packageKey ?? this.options.courseId, learnerId);
  }

  checkpoint(when: 'soon' | 'later' = 'soon'): void {
    if (this.state === 'active') this.session.checkpoint(when);
  }

  finish(): void {
    this.stopWatching();
    this.end('exit');
  }

  /** Ends the LMS session once: the last values, then Terminate (LMSFinish in 1.2). */
  private end(by: 'exit' | 'leaving'): void {
    if (this.state !== 'active') {
      this.state = 'ended';
      return;
    }
    this.state = 'ended';
    this.endedBy = by;
    const done = isDone(this.lastStatus);
    const ended = this.session.end(
      [this.dialect.exit(done), this.dialect.sessionTime(this.now() - this.startedAt)],
      this.dialect.commitBeforeEnd,
    );
    if (ended) this.mark.update({ state: 'ended' });
    const copy = this.local.read();
    if (ended && done && copy) this.local.write({ ...copy, done: true });
  }

  /**
   * Back from the back/forward cache after pagehide ended the session. The LMS will not
   * take a second Initialize on the API it terminated (2004 answers 104), so the course
   * carries on where it was, saving in this browser, and the next launch resumes from there.
   */
  private returned(): void {
    if (this.endedBy === 'leaving')
      this.notify(
        'The LMS session ended when this page was hidden; progress is saved in this browser until the course is opened from the LMS again.',
      );
  }

  get notices(): NoticeChannel {
    return this.options.notices;
  }

  private notify(detail: string): void {
    this.options.notices.emit('lms-unavailable', detail);
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }
}
