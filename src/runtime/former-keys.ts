/**
 * Packages made before organisation profiles kept a learner's browser copy of their
 * progress and their device-only answers under the course id alone. The first package of
 * the course that names its organisation takes them over, moved rather than copied, so a
 * learner keeps their progress when their organisation's package replaces the old one and
 * no second organisation's package of the course can take them too.
 */

/** Web Storage, whose keys Object.keys lists. */
interface KeyedStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Moves `pss-progress:<course>:…` and `pss-device:<course>:…` to this package's keys. Never throws. */
export function adoptFormerKeys(courseId: string, packageKey: string, storage?: KeyedStorage): void {
  try {
    const store = storage ?? (globalThis as { localStorage?: KeyedStorage }).localStorage!;
    // Object.keys gives a list made before any move, so moving never skips or repeats a key.
    for (const key of Object.keys(store))
      for (const prefix of ['pss-progress:', 'pss-device:'])
        if (key.startsWith(`${prefix}${courseId}:`)) {
          const to = prefix + packageKey + key.slice(prefix.length + courseId.length);
          if (store.getItem(to) === null) store.setItem(to, store.getItem(key)!);
          store.removeItem(key);
        }
  } catch {
    // Storage refused or full: the learner starts this package afresh, as without a former copy.
  }
}
