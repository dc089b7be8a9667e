/**
 * The copy of the learner's progress kept in this browser. Every save lands here first,
 * so a failed commit, a vanished LMS or a killed tab loses nothing. Keyed by package
 * (organisation, course and language) and learner, so two learners sharing a device never
 * see each other's progress, and two organisations' packages of one course never mix. When
 * localStorage is missing or throws (file:// in some browsers, private mode, a full
 * quota) the copy lives in memory until the page closes.
 *
 * A save never replaces a stored copy with more saves behind it (another tab's, say):
 * `write` refuses, and the caller stops saving rather than lose the newer progress.
 */
import type { SequenceOf } from './pick-copy.ts';

/** The part of the Web Storage API used here; `key` and `length` let copies be listed. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem?(key: string): void;
  key?(index: number): string | null;
  readonly length?: number;
}

export interface LocalEntry {
  record: string;
  location: string;
  /** Set when a finished session ended the attempt, so a new attempt starts fresh. */
  done?: boolean;
  /**
   * The package whose session saved this without a learner id, because its LMS failed to
   * start. The next launch of that package that reaches the LMS takes the copy over.
   */
  unclaimed?: string;
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

/** Every stored copy of one course on this device, whoever it belongs to. */
export function copiesOf(storage: StorageLike | undefined, courseId: string): LocalEntry[] {
  const prefix = localKey(courseId, 'x').slice(0, -1);
  const found: LocalEntry[] = [];
  try {
    for (let i = 0; i < (storage?.length ?? 0); i++) {
      const key = storage!.key?.(i);
      const entry = key?.startsWith(prefix) ? parse(storage!.getItem(key)) : undefined;
      if (entry) found.push(entry);
    }
  } catch {
    // A storage that cannot be listed has no copies to offer.
  }
  return found;
}

function parse(raw: string | null | undefined): LocalEntry | undefined {
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : undefined;
    return isEntry(parsed) ? parsed : undefined;
  } catch {
    // Unreadable or corrupt: as if there were no copy.
    return undefined;
  }
}

/** One learner's copy for one course, in storage when it works and always in memory. */
export class LocalCopy {
  private memory: LocalEntry | undefined;
  private storage: StorageLike | undefined;

  /**
   * `onMemoryOnly` runs once, when the copy stops reaching persistent storage. With
   * `sequenceOf`, a write that would replace a copy with more saves behind it is refused.
   */
  constructor(
    storage: StorageLike | undefined,
    private readonly key: string,
    private readonly onMemoryOnly: () => void = () => {},
    private readonly sequenceOf?: SequenceOf,
  ) {
    this.storage = storage;
    if (!storage) onMemoryOnly();
  }

  /** Whether saves survive closing the page. */
  get persistent(): boolean {
    return this.storage !== undefined;
  }

  read(): LocalEntry | undefined {
    this.memory ??= this.stored();
    return this.memory;
  }

  /** The copy in storage now, which another tab may have written since this one last did. */
  stored(): LocalEntry | undefined {
    try {
      return parse(this.storage?.getItem(this.key));
    } catch {
      return undefined;
    }
  }

  /** Saves the entry; false, saving nothing, when storage holds a copy with more saves behind it. */
  write(entry: LocalEntry): boolean {
    if (this.newerStored(entry)) return false;
    this.memory = entry;
    if (!this.storage) return true;
    try {
      this.storage.setItem(this.key, JSON.stringify(entry));
    } catch {
      this.storage = undefined;
      this.onMemoryOnly();
    }
    return true;
  }

  /** Forgets the stored copy, as when another key takes it over. */
  remove(): void {
    try {
      this.storage?.removeItem?.(this.key);
    } catch {
      // Left behind, it is only a copy that loses to newer ones.
    }
  }

  private newerStored(entry: LocalEntry): boolean {
    const mine = this.sequenceOf?.(entry.record);
    if (mine === undefined) return false;
    const stored = this.stored();
    // An ended attempt's copy gives way to the next attempt, which starts counting again.
    if (!stored || stored.done) return false;
    const theirs = this.sequenceOf?.(stored.record);
    return theirs !== undefined && theirs > mine;
  }
}

function isEntry(value: unknown): value is LocalEntry {
  const v = value as LocalEntry | undefined;
  return typeof v === 'object' && v !== null && typeof v.record === 'string' && typeof v.location === 'string';
}
