/**
 * One tab saves a course at a time on this device. The first tab holds a Web Lock named
 * for the course for as long as it is open; a later tab finds it held and does not save,
 * and waits in line for it. The learner may take over in the later tab (`takeOver` steals
 * the lock, and the first tab hears that it lost it), and a waiting tab gets the lock by
 * itself when the other closes. Whoever becomes the writer after waiting carries on from
 * the newest saved progress (the runtime sees to that), so older progress never replaces
 * newer. Without the Web Locks API (an insecure context, an old browser) every tab saves,
 * and the local copy's sequence check still refuses older over newer.
 */

interface LockManagerLike {
  request(
    name: string,
    options: { ifAvailable?: boolean; steal?: boolean; signal?: AbortSignal },
    callback: (lock: unknown) => Promise<void> | undefined,
  ): Promise<unknown>;
}

export interface WriterLock {
  /** Whether this tab may save now. */
  readonly writer: boolean;
  /** Whether this tab starts as the writer, once the browser says. */
  readonly ready: Promise<boolean>;
  /** Sets the one listener that hears true when this tab becomes the writer after waiting or taking over, false when another takes over. */
  onChange(listener: (writer: boolean) => void): void;
  /** Makes this tab the writer now; the other tab stops saving. */
  takeOver(): void;
}

function browserLocks(): LockManagerLike | undefined {
  try {
    return (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator?.locks;
  } catch {
    return undefined;
  }
}

// Resolves never: a lock is held for the life of the page, or until another tab steals it.
const forever = () => new Promise<void>(() => {});

/** @example const lock = writerLock('self-care'); if (!(await lock.ready)) showOtherTabNotice(); */
export function writerLock(courseId: string, locks: LockManagerLike | undefined = browserLocks()): WriterLock {
  const name = `pss-writer:${courseId}`;
  let listener: ((writer: boolean) => void) | undefined;
  let writer = !locks;
  let waiting: AbortController | undefined;
  const set = (value: boolean) => {
    if (writer === value) return;
    writer = value;
    listener?.(value);
  };
  /** Asks for the lock; `granted` hears whether it came. Losing it to a steal puts this tab back in line. */
  const ask = (
    options: { ifAvailable?: boolean; steal?: boolean; signal?: AbortSignal },
    granted?: (_: boolean) => void,
  ) => {
    let held = false;
    locks!
      .request(name, options, (lock) => {
        granted?.(!!lock);
        if (!lock) return undefined;
        held = true;
        set(true);
        return forever();
      })
      // Rejected when stolen (we lost it) or when our own wait is called off (nothing to do).
      .catch(() => {
        if (held) {
          set(false);
          wait();
        }
      });
  };
  const wait = () => {
    waiting = new AbortController();
    ask({ signal: waiting.signal });
  };

  return {
    get writer() {
      return writer;
    },
    ready: locks
      ? new Promise<boolean>((resolve) => ask({ ifAvailable: true }, resolve)).then((first) => {
          if (!first) wait();
          return first;
        })
      : Promise.resolve(true),
    onChange(heard) {
      listener = heard;
    },
    takeOver() {
      if (!locks || writer) return;
      waiting?.abort();
      ask({ steal: true });
    },
  };
}
