/**
 * A clock the bench moves by hand, in place of setTimeout. The tracker merges checkpoints
 * with a 500 ms timer; walking a course synchronously would let every commit of a run
 * merge into one, and real sleeps would make the bench slow. With this clock a learner's
 * pause runs exactly the timers that would have fired in it, and nothing else.
 */
interface Timer {
  at: number;
  seq: number;
  run: () => void;
}

export interface VirtualClock {
  now(): number;
  /** Moves time forward by `ms`, firing due timers in order (including ones they set). */
  advance(ms: number): void;
  /** Puts the real setTimeout and clearTimeout back. */
  restore(): void;
}

/** Replaces the global setTimeout and clearTimeout until restore(); nothing else may run meanwhile. */
export function installVirtualClock(start: number): VirtualClock {
  const real = { setTimeout: globalThis.setTimeout, clearTimeout: globalThis.clearTimeout };
  const timers = new Map<number, Timer>();
  let now = start;
  let seq = 0;

  globalThis.setTimeout = ((callback: (...args: unknown[]) => void, ms = 0, ...args: unknown[]) => {
    const id = ++seq;
    timers.set(id, { at: now + Math.max(0, ms), seq: id, run: () => callback(...args) });
    return id;
  }) as unknown as typeof setTimeout;
  globalThis.clearTimeout = ((id: number | undefined) =>
    void (id !== undefined && timers.delete(id))) as typeof clearTimeout;

  return {
    now: () => now,
    advance(ms) {
      const until = now + ms;
      for (;;) {
        const next = [...timers.values()].filter((t) => t.at <= until).sort((a, b) => a.at - b.at || a.seq - b.seq)[0];
        if (!next) break;
        timers.delete(next.seq);
        now = next.at;
        next.run();
      }
      now = until;
    },
    restore() {
      globalThis.setTimeout = real.setTimeout;
      globalThis.clearTimeout = real.clearTimeout;
    },
  };
}
