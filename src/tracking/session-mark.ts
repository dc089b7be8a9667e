/**
 * What this tab knows about the LMS session it opened, so a document that replaces the
 * course's own (a reload inside the LMS frame) neither asks the LMS what it cannot
 * answer nor loses the learner's place. Asking costs an error code in the LMS's log:
 * Initialize in an open session answers 103, and after Terminate 104, with every read
 * after it refused too.
 *
 * Two halves, because neither alone can tell "the session this tab opened" from "a new
 * one the LMS started": a per-tab `sessionStorage` entry survives the LMS page reloading
 * as well, and a label on the LMS's API object survives a reload of the course frame
 * only. The entry holds a random token and the label the same token; when they match,
 * the API in reach is the one this tab's session ran on.
 */
import type { StartResult } from './tracker.ts';

export interface MarkData {
  /** Names the session; the API object it ran on carries the same token. */
  token: string;
  /** `open` until Terminate succeeds. */
  state: 'open' | 'ended';
  /** What start() returned, for a document that may no longer ask the LMS. */
  start: Omit<StartResult, 'suspendData' | 'location' | 'entry'>;
  /** The last progress record and bookmark, kept in this tab even when localStorage is refused. */
  record?: string;
  location?: string;
}

// Not enumerable, so the LMS never sees it when it walks its own API object.
const LABEL = '__pssSession';

/** The token this tab's tracker left on an API object, if any. */
export function apiLabel(api: object): string | undefined {
  try {
    const label = (api as Record<string, unknown>)[LABEL];
    return typeof label === 'string' ? label : undefined;
  } catch {
    return undefined;
  }
}

/** Labels the API object with a session token; a frozen or foreign object is left alone. */
export function labelApi(api: object, token: string): void {
  try {
    Object.defineProperty(api, LABEL, { value: token, configurable: true, writable: true, enumerable: false });
  } catch {
    // Without the label a reload asks the LMS again, as it did before there were marks.
  }
}

export const newToken = (): string => `${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 10)}`;

interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** This tab's mark for one course; every access is guarded, since storage may throw at any time. */
export class SessionMark {
  private readonly key: string;
  private storage: StorageLike | undefined;
  private data: MarkData | undefined;

  constructor(courseId: string, storage?: StorageLike | null) {
    this.key = `pss-session:${encodeURIComponent(courseId)}`;
    try {
      this.storage =
        storage === undefined
          ? (globalThis as { sessionStorage?: StorageLike }).sessionStorage
          : (storage ?? undefined);
    } catch {
      this.storage = undefined;
    }
  }

  /** The mark a document before this one left in this tab, if any. */
  read(): MarkData | undefined {
    try {
      const raw = this.storage?.getItem(this.key);
      const data = raw ? (JSON.parse(raw) as MarkData) : undefined;
      return typeof data?.token === 'string' && typeof data.start?.learnerId === 'string' ? data : undefined;
    } catch {
      return undefined;
    }
  }

  write(data: MarkData): void {
    this.data = data;
    try {
      this.storage?.setItem(this.key, JSON.stringify(data));
    } catch {
      this.storage = undefined;
    }
  }

  /** Changes part of the mark this document wrote, if it wrote one. */
  update(change: Partial<MarkData>): void {
    if (this.data) this.write({ ...this.data, ...change });
  }
}
