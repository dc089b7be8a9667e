/**
 * The copy of the learner's progress kept in this browser. Every save lands here first,
 * so a failed commit, a vanished LMS or a killed tab loses nothing. Keyed by package
 * (organisation, course and language) and learner, so two learners sharing a device never
 * see each other's progress, and two organisations' packages of one course never mix. When
 * localStorage is missing or throws (file:// in some browsers, private mode, a full
 * quota) the copy lives in memory until the page closes.
 */

/** The part of the Web Storage API used here. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem?(key: string): void;
}

export interface LocalEntry {
  record: string;
  location: string;
  /** Set when a finished session ended the attempt, so a new attempt starts fresh. */
  done?: boolean;
}

/**
 * The given storage, or the browser's localStorage, if it really stores; else undefined.
 * Merely reading `localStorage` throws in some browsers, and private modes refuse writes.
 */
export function usableStorage(storage?: StorageLike | null): StorageLike | undefined {
  try {
    const candidate = storage === undefined ? (globalThis as { localStorage?: StorageLike }).localStorage : storage;
    if (!candidate) return undefined;
    const probe = '__pss_probe__';
    candidate.setItem(probe, probe);
    const works = candidate.getItem(probe) === probe;
    candidate.removeItem?.(probe);
    return works ? candidate : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The storage key for one learner in one package (or, before organisation profiles, one course).
 * @example localKey('demo.self-care.en', 'learner 7') // 'pss-progress:demo.self-care.en:learner%207'
 */
export function localKey(packageKey: string, learnerId: string): string {
  return `pss-progress:${encodeURIComponent(packageKey)}:${encodeURIComponent(learnerId || 'local')}`;
}

/** One learner's copy for one course, in storage when it works and always in memory. */
export class LocalCopy {
  private memory: LocalEntry | undefined;
  private storage: StorageLike | undefined;

  /** `onMemoryOnly` runs once, when the copy stops reaching persistent storage. */
  constructor(
    storage: StorageLike | undefined,
    private readonly key: string,
    private readonly onMemoryOnly: () => void = () => {},
  ) {
    this.storage = storage;
    if (!storage) onMemoryOnly();
  }

  /** Whether saves survive closing the page. */
  get persistent(): boolean {
    return this.storage !== undefined;
  }

  read(): LocalEntry | undefined {
    if (this.memory) return this.memory;
    try {
      const raw = this.storage?.getItem(this.key);
      const parsed: unknown = raw ? JSON.parse(raw) : undefined;
      if (isEntry(parsed)) this.memory = parsed;
    } catch {
      // Unreadable or corrupt: as if there were no copy.
    }
    return this.memory;
  }

  write(entry: LocalEntry): void {
    this.memory = entry;
    if (!this.storage) return;
    try {
      this.storage.setItem(this.key, JSON.stringify(entry));
    } catch {
      this.storage = undefined;
      this.onMemoryOnly();
    }
  }
}

function isEntry(value: unknown): value is LocalEntry {
  const v = value as LocalEntry | undefined;
  return typeof v === 'object' && v !== null && typeof v.record === 'string' && typeof v.location === 'string';
}
