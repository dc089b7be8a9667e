/**
 * One course language in the preview: the learner's session (startRuntime, with the
 * preview's tracker), the simulated LMS behind it, and the inspector's actions. Every
 * action replaces the session with a new one; they run one at a time, in order.
 */

import { packageKey } from '../course/package-key.ts';
import type { Course, Organisation } from '../course/types.ts';
import { dictionaryFor } from '../player/i18n/index.ts';
import type { PlayerInput, PlayerNotice } from '../player/player-input.ts';
import { startRuntime } from '../runtime/start-runtime.ts';
import { type ScormVersion, scormName, type TrackingMode } from '../scorm/scorm-version.ts';
import { localKey } from '../tracking/local-copy.ts';
import type { Tracker } from '../tracking/tracker.ts';
import { carriedCmi, editedCmi, firstLaunchCmi, relaunchCmi, relaunchStatus } from './launch-cmi.ts';
import { type Cmi, createLmsHarness, type LmsHarness } from './lms-harness.ts';
import { memoryStorage, type PreviewTracker, previewTracker, type SavedPlace } from './preview-tracker.ts';

export type NoticeEntry = PlayerNotice & { n: number };

export interface PreviewState {
  standard: TrackingMode;
  /** Changes with every new session, so the player is mounted afresh. */
  generation: number;
  session?: PlayerInput & { tracker: Tracker };
  lms?: LmsHarness;
  notices: NoticeEntry[];
  failCommits: boolean;
  /** What the last action did, in a sentence for the inspector. */
  status: string;
}

interface Launch {
  /** What the LMS is loaded with; ignored without an LMS. */
  cmi?: Cmi;
  /** A place to carry into a session without an LMS. */
  carry?: SavedPlace;
  /** Take the learner straight back to where they were, past the intro and the resume question. */
  advance: boolean;
  status: string;
}

/** The SCORM version the simulated LMS speaks, or none when the preview plays standalone. */
const versionOf = (standard: TrackingMode): ScormVersion | undefined =>
  standard === 'standalone' ? undefined : standard;

export class PreviewSession {
  state: PreviewState;
  private course: Course;
  private organisation: Organisation;
  private readonly storage = memoryStorage();
  private current: PreviewTracker | undefined;
  private queue: Promise<void> = Promise.resolve();
  private readonly listeners = new Set<() => void>();
  private noticeCount = 0;
  private disposed = false;

  constructor(course: Course, organisation: Organisation, standard: TrackingMode) {
    this.course = course;
    this.organisation = organisation;
    this.state = { standard, generation: 0, notices: [], failCommits: false, status: '' };
  }

  /** Runs after every change: a new session, an LMS call, a notice, a move in the course. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /** The first launch. */
  start(): Promise<void> {
    return this.run(() => this.launchFresh('Started a new attempt.'));
  }

  /** Another standard, carrying the learner's place through the progress record. */
  switchStandard(standard: TrackingMode): Promise<void> {
    return this.run(() => {
      if (standard === this.state.standard && this.state.session) return;
      const place = this.place();
      const version = versionOf(standard);
      this.state = { ...this.state, standard };
      const where = place ? ' The learner’s place was carried over in the progress record.' : '';
      const label = version ? scormName(version) : 'no LMS';
      if (!place) return this.launchFresh(`Switched to ${label}.`);
      return this.launch({
        cmi: version && carriedCmi(version, this.course, place.record, place.location),
        carry: place,
        advance: this.started(),
        status: `Switched to ${label}.${where}`,
      });
    });
  }

  /** A live edit: the new course, resumed from the last saved record so the learner stays where they were. */
  update(course: Course, organisation: Organisation): Promise<void> {
    return this.run(() => {
      const place = this.place();
      const advance = this.started();
      this.current?.hidePage();
      const lms = this.state.lms;
      this.course = course;
      this.organisation = organisation;
      if (!place) return this.launchFresh('Reloaded the edited course.');
      const cmi = lms && editedCmi(lms.version, course, lms.current(), place);
      return this.launch({
        cmi,
        carry: place,
        advance,
        status: 'Reloaded the edited course and resumed where the learner was.',
      });
    });
  }

  /** Closes the tab and opens the course again from what the LMS stored, as a learner coming back would. */
  relaunch(): Promise<void> {
    return this.run(() => {
      this.current?.hidePage();
      const lms = this.state.lms;
      if (!lms)
        return this.launch({ advance: false, status: 'Relaunched: progress comes from this browser’s saved copy.' });
      const stored = lms.stored();
      const { cmi, resumed } = relaunchCmi(lms.version, this.course, stored);
      return this.launch({ cmi, advance: false, status: relaunchStatus(resumed, !!stored) });
    });
  }

  /** A new attempt with nothing saved anywhere: LMS and browser copy both empty. */
  reset(): Promise<void> {
    return this.run(() => {
      this.storage.clear();
      return this.launchFresh('Reset: a new attempt, with nothing saved in the LMS or the browser.');
    });
  }

  /** While on, every Commit fails with error 391, to watch the tracker retry and warn the learner. */
  setFailCommits(on: boolean): void {
    this.state = {
      ...this.state,
      failCommits: on,
      status: on ? 'Commits now fail with error 391.' : 'Commits work again; the next retry should succeed.',
    };
    if (this.state.lms) this.state.lms.failCommits = on;
    this.emit();
  }

  /** Sends nav.goto, or says why the engine refuses it. Never forces the engine. */
  jumpTo(pageId: string): string {
    const actor = this.state.session?.actor;
    const page = this.course.lessons.flatMap((l) => l.pages).find((p) => p.id === pageId);
    if (!actor || !page) return 'There is no such page in this course.';
    const snapshot = actor.getSnapshot();
    const event = { type: 'nav.goto', pageId } as const;
    if (snapshot.matches('intro') || snapshot.matches('resumePrompt'))
      return 'Start or resume the course first: the engine takes a jump only from a page, the assessment or the summary.';
    if (snapshot.matches('exited')) return 'The session has ended. Relaunch or reset to go on.';
    if (!snapshot.can(event)) {
      return `The engine refuses: “${page.title}” is locked until the pages before it are complete (navigation is "${this.course.navigation}"). Complete them, or set "navigation": "free" in course.json while you edit.`;
    }
    actor.send(event);
    return `Went to “${page.title}”.`;
  }

  /** The last progress record and bookmark the course saved in this session, or restored at its start. */
  savedPlace(): SavedPlace | undefined {
    return this.place();
  }

  dispose(): void {
    this.disposed = true;
    this.retire();
    this.listeners.clear();
  }

  private run(action: () => Promise<void> | void): Promise<void> {
    this.queue = this.queue.then(action).catch((error: unknown) => {
      this.state = { ...this.state, status: `The session did not start: ${(error as Error).message}` };
      this.emit();
    });
    return this.queue;
  }

  private place(): SavedPlace | undefined {
    return this.current?.lastSaved();
  }

  /** Whether the learner is past the intro, so a new session should take them back to their place. */
  private started(): boolean {
    const snapshot = this.state.session?.actor.getSnapshot();
    return !!snapshot && !snapshot.matches('intro') && !snapshot.matches('resumePrompt');
  }

  private launchFresh(status: string): Promise<void> {
    const version = versionOf(this.state.standard);
    return this.launch({ cmi: version && firstLaunchCmi(version, this.course), advance: false, status });
  }

  private async launch({ cmi, carry, advance, status }: Launch): Promise<void> {
    if (this.disposed) return;
    this.retire();
    const { standard } = this.state;
    const version = versionOf(standard);
    const lms = version ? createLmsHarness(version, cmi) : undefined;
    if (lms) lms.failCommits = this.state.failCommits;
    // Without an LMS the place travels the way the standalone tracker reads it: as this browser's copy.
    const key = packageKey(this.organisation.id, this.course);
    if (!lms && carry) this.storage.setItem(localKey(key, ''), JSON.stringify(carry));
    const preview = previewTracker(standard, this.course.id, key, !!this.course.assessment, lms, this.storage);
    this.current = preview;
    const generation = this.state.generation + 1;
    this.state = { ...this.state, generation, session: undefined, lms, notices: [], status };
    // The interface text in the course's language, as the packager ships it in the course data.
    const ui = dictionaryFor(this.course.language);
    const session = await startRuntime(
      { course: this.course, organisation: this.organisation, standard, ui },
      { tracker: preview.tracker },
    );
    if (this.disposed || this.current !== preview) return void session.actor.stop();
    session.onNotice((notice) => this.notice(generation, notice));
    lms?.subscribe(() => this.emit());
    session.actor.subscribe(() => this.emit());
    if (advance) {
      session.actor.send({ type: 'course.start' });
      if (session.actor.getSnapshot().matches('resumePrompt')) session.actor.send({ type: 'course.resume' });
    }
    this.state = { ...this.state, session };
    this.emit();
  }

  private notice(generation: number, notice: PlayerNotice): void {
    if (generation !== this.state.generation) return;
    this.state = { ...this.state, notices: [...this.state.notices, { ...notice, n: ++this.noticeCount }] };
    this.emit();
  }

  private retire(): void {
    this.state.session?.actor.stop();
    this.state.lms?.retire();
    this.current = undefined;
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
