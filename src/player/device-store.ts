/**
 * Device-only answers: reflections, checklist ticks and own items, and the region picked
 * in a referral directory. They never reach the engine or the LMS. They live in
 * localStorage under a key made of the package (organisation, course, language), the
 * learner key and the block id, and in memory when storage is refused (private mode,
 * sandboxed LMS frames), so the page still works for this visit.
 */

/**
 * How much a learner can write, shown beside each field: a reflection of 2,000 characters
 * is a long page, and even a course of twenty reflections and checklists stays far inside
 * the 5 MB browsers give a site (which an LMS's other courses share).
 */
export const DEVICE_LIMITS = { reflection: 2000, ownItem: 200, ownItems: 20 } as const;

export interface DeviceStore {
  get<T>(blockId: string): T | undefined;
  set(blockId: string, value: unknown): void;
  /** True when storage refused the block's value (full, or turned off): it is kept only until the page closes. */
  kept(blockId: string): boolean;
  /** Calls `listener` whenever any block's value changes; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

function browserStorage(): StorageLike | undefined {
  try {
    // Reading the property itself throws in some sandboxed frames.
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * A store for one package and one learner.
 * @example createDeviceStore('demo.self-care.en', 'learner-42').set('reflect-energy', 'A walk')
 */
export function createDeviceStore(
  packageKey: string,
  learnerKey: string,
  storage: StorageLike | undefined = browserStorage(),
): DeviceStore {
  const memory = new Map<string, string>();
  const listeners = new Set<() => void>();
  const keyOf = (blockId: string) => `pss-device:${packageKey}:${learnerKey}:${blockId}`;

  const read = (key: string): string | null | undefined => {
    if (memory.has(key)) return memory.get(key);
    try {
      return storage?.getItem(key);
    } catch {
      return undefined;
    }
  };

  return {
    get<T>(blockId: string) {
      const text = read(keyOf(blockId));
      if (text == null) return undefined;
      try {
        return JSON.parse(text) as T;
      } catch {
        return undefined;
      }
    },
    set(blockId, value) {
      const key = keyOf(blockId);
      const text = JSON.stringify(value);
      try {
        if (!storage) throw new Error('no storage');
        storage.setItem(key, text);
        memory.delete(key);
      } catch {
        // Full or refused: keep it for this visit rather than lose what the learner wrote.
        memory.set(key, text);
      }
      for (const listener of [...listeners]) listener();
    },
    kept: (blockId) => memory.has(keyOf(blockId)),
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
