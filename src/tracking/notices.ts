/**
 * The one channel for learner-facing notices, from tracking and from restoring progress.
 * Every notice is kept and replayed to each new listener: notices raised before anyone
 * listens (during `start()`, say) are never missed, and a player mounted again (the author
 * preview remounts it) shows the same notices. A listener that throws never breaks tracking.
 */
import type { TrackingNotice } from './tracker.ts';

type Listener = (notice: TrackingNotice) => void;

export class NoticeChannel {
  private readonly listeners = new Set<Listener>();
  private readonly history: TrackingNotice[] = [];

  emit(kind: TrackingNotice['kind'], detail: string): void {
    const notice = { kind, detail };
    this.history.push(notice);
    for (const listener of [...this.listeners]) call(listener, notice);
  }

  /** Adds a listener and replays every notice so far; returns the function that removes it. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    for (const notice of [...this.history]) call(listener, notice);
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
