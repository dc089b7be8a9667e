/**
 * Learner-facing notices. Notices raised before anyone listens (during `start()`, say)
 * are kept and handed to the first listener, so the "saved in this browser only" banner
 * is never missed. A listener that throws never breaks tracking.
 */
import type { TrackingNotice } from './tracker.ts';

type Listener = (notice: TrackingNotice) => void;

export class Notices {
  private readonly listeners = new Set<Listener>();
  private early: TrackingNotice[] = [];

  emit(kind: TrackingNotice['kind'], detail: string): void {
    const notice = { kind, detail };
    if (this.listeners.size === 0) this.early.push(notice);
    for (const listener of [...this.listeners]) call(listener, notice);
  }

  /** Adds a listener; returns the function that removes it. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    const early = this.early;
    this.early = [];
    for (const notice of early) call(listener, notice);
    return () => void this.listeners.delete(listener);
  }
}

function call(listener: Listener, notice: TrackingNotice): void {
  try {
    listener(notice);
  } catch {
    // The player's problem, not a reason to lose a save.
  }
}
