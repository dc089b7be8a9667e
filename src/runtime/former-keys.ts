/**
 * Packages made before organisation profiles kept a learner's browser copy of their
 * progress and their device-only answers under the course id alone. The first package of
 * the course that names its organisation takes them over, moved rather than copied, so a
 * learner keeps their progress when their organisation's package replaces the old one and
 * no second organisation's package of the course can take them too.
 */

interface KeyedStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Moves `pss-progress:<course>:…` and `pss-device:<course>:…` to this package's keys. Never throws. */
export function adoptFormerKeys(courseId: string, packageKey: string, storage?: KeyedStorage): void {
  try {
    const store = storage ?? (globalThis as { localStorage?: KeyedStorage }).localStorage;
    if (!store) return;
    const moves: Array<[from: string, to: string]> = [];
    for (let i = 0; i < store.length; i++) {
      const match = /^(pss-(?:progress|device):)([^:]*)(:.*)$/.exec(store.key(i) ?? '');
      if (match?.[2] === courseId) moves.push([match[0], `${match[1]}${packageKey}${match[3]}`]);
    }
    for (const [from, to] of moves) {
      if (store.getItem(to) === null) store.setItem(to, store.getItem(from) ?? '');
      store.removeItem(from);
    }
  } catch {
    // Storage refused or full: the learner starts this package afresh, as without a former copy.
  }
}
