/**
 * One tab saves a course at a time. A fake lock manager with the Web Locks semantics the
 * writer lock relies on (ifAvailable, steal, a queue, abort) stands in for the browser's;
 * Chromium shows the real one in tests/e2e/standalone/two-tabs.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { writerLock } from '../../src/tracking/writer-lock.ts';

type Callback = (lock: unknown) => Promise<void> | undefined;
interface Request {
  callback: Callback;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  signal?: AbortSignal | undefined;
}

/** Web Locks for one name at a time, exclusive mode only: what the writer lock uses. */
function fakeLocks() {
  const holders = new Map<string, Request>();
  const queues = new Map<string, Request[]>();
  const grant = (name: string, request: Request) => {
    holders.set(name, request);
    const done = request.callback({ name });
    // Released when the callback's promise settles; the writer lock's never does.
    void Promise.resolve(done).then(
      () => release(name, request),
      () => release(name, request),
    );
  };
  const release = (name: string, request: Request) => {
    if (holders.get(name) !== request) return;
    holders.delete(name);
    request.resolve(undefined);
    const next = queues.get(name)?.shift();
    if (next) grant(name, next);
  };
  return {
    held: (name: string) => holders.has(name),
    /** Closing a tab: its lock goes to the next in line. */
    close(name: string) {
      const holder = holders.get(name);
      if (holder) release(name, holder);
    },
    request(
      name: string,
      options: { ifAvailable?: boolean; steal?: boolean; signal?: AbortSignal },
      callback: Callback,
    ): Promise<unknown> {
      return new Promise((resolve, reject) => {
        const request: Request = { callback, resolve, reject, signal: options.signal };
        const holder = holders.get(name);
        if (options.steal) {
          if (holder) {
            holders.delete(name);
            holder.reject(new DOMException('The lock was stolen.', 'AbortError'));
          }
          return grant(name, request);
        }
        if (!holder) return grant(name, request);
        if (options.ifAvailable) {
          void Promise.resolve(callback(null)).then(resolve, reject);
          return;
        }
        const queue = queues.get(name) ?? [];
        queues.set(name, [...queue, request]);
        options.signal?.addEventListener('abort', () => {
          queues.set(
            name,
            (queues.get(name) ?? []).filter((r) => r !== request),
          );
          reject(new DOMException('Aborted', 'AbortError'));
        });
      });
    },
  };
}

/** Lets queued promise callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the writer lock', () => {
  it('makes the first tab the writer and tells the second it is not', async () => {
    const locks = fakeLocks();
    const first = writerLock('demo.self-care.en', locks);
    const second = writerLock('demo.self-care.en', locks);
    expect(await first.ready).toBe(true);
    expect(await second.ready).toBe(false);
    expect([first.writer, second.writer]).toEqual([true, false]);
  });

  it('is one per package: another organisation’s or language’s package has its own', async () => {
    const locks = fakeLocks();
    expect(await writerLock('demo.self-care.en', locks).ready).toBe(true);
    expect(await writerLock('demo.self-care.fr', locks).ready).toBe(true);
    expect(await writerLock('acme.self-care.en', locks).ready).toBe(true);
  });

  it('hands over when the learner takes over, and the first tab hears it stopped', async () => {
    const locks = fakeLocks();
    const first = writerLock('c', locks);
    const second = writerLock('c', locks);
    await Promise.all([first.ready, second.ready]);
    const heard: string[] = [];
    first.onChange((writer) => heard.push(`first ${writer}`));
    second.onChange((writer) => heard.push(`second ${writer}`));
    second.takeOver();
    await settle();
    expect(heard.sort()).toEqual(['first false', 'second true']);
    expect([first.writer, second.writer]).toEqual([false, true]);
  });

  it('gives the lock to the waiting tab when the writer closes', async () => {
    const locks = fakeLocks();
    const first = writerLock('c', locks);
    const second = writerLock('c', locks);
    await Promise.all([first.ready, second.ready]);
    const heard: boolean[] = [];
    second.onChange((writer) => heard.push(writer));
    locks.close('pss-writer:c');
    await settle();
    expect(heard).toEqual([true]);
    expect(second.writer).toBe(true);
  });

  it('lets every tab save where the browser has no Web Locks', async () => {
    const lock = writerLock('c', undefined);
    expect(await lock.ready).toBe(true);
    expect(lock.writer).toBe(true);
  });
});
