/**
 * Writes to the LMS and commits, for both SCORM versions. Values wait in an ordered
 * queue and are written only when they differ from what the LMS already holds; a commit
 * writes the queue, then calls Commit. A failed SetValue or Commit is retried with
 * backoff while the learner carries on, with one notice when saving fails and one when
 * it recovers. The session ends with Terminate exactly once. In SCORM 2004 no Commit
 * comes just before it: Terminate commits on its own, and Cornerstone answers a Commit
 * there with 391. In SCORM 1.2 the ending commits, then calls LMSFinish, for LMSs that
 * persist on LMSCommit alone (Moodle 4.x takes a commit sent during pagehide).
 */
import type { Lms, Outcome } from './lms-api.ts';
import type { NoticeChannel } from './notices.ts';

export type Pair = readonly [element: string, value: string];

export interface RuntimeOptions {
  notices: NoticeChannel;
  /** Error codes that mean "this value will never be accepted", so retrying is pointless. */
  permanentErrors: ReadonlySet<number>;
  /** Elements whose refusal the learner must hear about: the progress record and bookmark. */
  vital: ReadonlySet<string>;
  /** How long checkpoint('soon') waits to merge calls that come close together. */
  commitDelayMs?: number;
  /** How long checkpoint('later') may wait for a sooner commit to carry its values. */
  laterCommitDelayMs?: number;
  /** The clock the timers run on. */
  now?: () => number;
  /** Waits between retries; the last one repeats. */
  retryDelaysMs?: readonly number[];
}

export class LmsConnection {
  /** What the LMS holds, as read at start or written since. */
  readonly known = new Map<string, string>();
  private readonly queue = new Map<string, string>();
  private uncommitted = false;
  private failures = 0;
  private failing: 'save-failed' | 'lms-unavailable' | undefined;
  private commitTimer: ReturnType<typeof setTimeout> | undefined;
  private commitDue = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private ended = false;
  private readonly refused = new Set<string>();

  constructor(
    private readonly lms: Lms,
    private readonly options: RuntimeOptions,
  ) {}

  /** Queues the values that differ from what the LMS holds. Order is kept: ids before the fields that need them. */
  write(pairs: Iterable<Pair>): void {
    if (this.ended) return;
    for (const [element, value] of pairs) {
      if (this.known.get(element) === value) this.queue.delete(element);
      else this.queue.set(element, value);
    }
  }

  /**
   * Asks for a commit. Calls share one commit: a pending one is kept when it is due no
   * later than this call needs, and brought forward otherwise. 'later' lets answers ride
   * on the next page turn's commit, so an LMS sees about one commit per page.
   */
  checkpoint(when: 'soon' | 'later' = 'soon'): void {
    if (this.ended) return;
    const delay = when === 'soon' ? (this.options.commitDelayMs ?? 500) : (this.options.laterCommitDelayMs ?? 30_000);
    const due = (this.options.now ?? Date.now)() + delay;
    if (this.commitTimer && this.commitDue <= due) return;
    this.clear('commitTimer');
    this.commitDue = due;
    this.commitTimer = setTimeout(() => this.commit(), delay);
  }

  /** Writes the queue and commits now, if anything is new. Failures schedule a retry. */
  commit(): void {
    this.clear('commitTimer');
    if (this.ended) return;
    if (!this.flush(false)) {
      this.retryLater();
      return;
    }
    if (this.uncommitted) {
      const result = this.lms.commit();
      if (!result.ok) {
        this.failed(result);
        this.retryLater();
        return;
      }
      this.uncommitted = false;
    }
    this.recovered();
  }

  /** Writes the last values, commits them when asked to, and terminates, once. Returns whether Terminate succeeded. */
  end(last: Iterable<Pair>, commitFirst: boolean): boolean {
    if (this.ended) return false;
    this.write(last);
    this.ended = true;
    this.clear('commitTimer');
    this.clear('retryTimer');
    // Every value gets its chance, twice, since there is no later retry.
    if (!this.flush(true)) this.flush(true);
    if (commitFirst && this.uncommitted) {
      const committed = this.lms.commit();
      if (!committed.ok) this.failed(committed);
    }
    const result = this.lms.terminate();
    if (!result.ok) this.failed(result, 'Terminate');
    return result.ok;
  }

  /** SetValue for each queued value, in order. Stops at the first failure unless `all`. */
  private flush(all: boolean): boolean {
    let ok = true;
    for (const [element, value] of this.queue) {
      const result = this.lms.set(element, value);
      if (result.ok) {
        this.known.set(element, value);
        this.uncommitted = true;
      } else if (!result.broken && this.options.permanentErrors.has(result.code)) {
        // Refused for good (an element this LMS does not implement, say): retrying would block the rest.
        this.refuse(element, result.code);
      } else {
        ok = false;
        this.failed(result, element);
        if (all) continue;
        break;
      }
      this.queue.delete(element);
    }
    return ok;
  }

  private failed(result: Outcome, element = 'Commit'): void {
    this.failures++;
    const kind = result.broken ? 'lms-unavailable' : 'save-failed';
    if (this.failing === kind) return;
    this.failing = kind;
    this.options.notices.emit(
      kind,
      result.broken
        ? `The LMS API stopped working (${result.broken}); progress is kept in this browser.`
        : `${element} failed with LMS error ${result.code}; retrying.`,
    );
  }

  private refuse(element: string, code: number): void {
    if (!this.options.vital.has(element) || this.refused.has(element)) return;
    this.refused.add(element);
    this.options.notices.emit(
      'save-failed',
      `The LMS refused ${element} (error ${code}); it is kept in this browser only.`,
    );
  }

  private recovered(): void {
    this.failures = 0;
    if (!this.failing) return;
    this.failing = undefined;
    this.options.notices.emit('save-recovered', 'The LMS accepted the saved progress again.');
  }

  private retryLater(): void {
    if (this.retryTimer || this.ended) return;
    const delays = this.options.retryDelaysMs ?? [1000, 2000, 4000, 8000, 15000, 30000];
    const delay = delays[Math.min(this.failures, delays.length) - 1] ?? 1000;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.commit();
    }, delay);
  }

  private clear(timer: 'commitTimer' | 'retryTimer'): void {
    clearTimeout(this[timer]);
    this[timer] = undefined;
  }
}
