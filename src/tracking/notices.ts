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

  /** The kind of the latest notice among `kinds`, if any was emitted. */
  latest(...kinds: TrackingNotice['kind'][]): TrackingNotice['kind'] | undefined {
    for (let i = this.history.length - 1; i >= 0; i--)
      if (kinds.includes(this.history[i]!.kind)) return this.history[i]!.kind;
    return undefined;
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

/**
 * Says that this tab stopped saving because another tab of the course saved newer
 * progress (the player offers to continue here), unless that is what it said last.
 */
export function otherTab(notices: NoticeChannel): void {
  if (notices.latest('other-tab', 'took-over') === 'other-tab') return;
  notices.emit('other-tab', 'Newer progress saved in another tab');
}
