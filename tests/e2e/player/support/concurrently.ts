/**
 * Browser walks spend most of their time waiting on Chromium, and vitest runs test files
 * one after another on a two-core machine, so a file starts its walks together, a few at a
 * time, and each test awaits its own.
 */

/** How many walks run at once: one per core of the machines the tests run on. */
export const WALKS_AT_ONCE = 2;

/**
 * Starts `work` for every item, at most `limit` at a time, in order. Each result is a
 * promise the test awaits; a failure stays with its own item until then.
 * @example const walks = startAll(courses, 2, walkWithAxe); await walks.get(course)
 */
export function startAll<K, T>(items: K[], limit: number, work: (item: K) => Promise<T>): Map<K, Promise<T>> {
  const waiting: (() => void)[] = [];
  let running = 0;
  const slot = async () => {
    while (running >= limit) await new Promise<void>((free) => waiting.push(free));
    running += 1;
  };
  const release = () => {
    running -= 1;
    waiting.shift()?.();
  };
  return new Map(
    items.map((item) => {
      const result = slot().then(() => work(item).finally(release));
      // Handled here so an early failure is not reported as unhandled before its test awaits it.
      result.catch(() => {});
      return [item, result] as const;
    }),
  );
}
