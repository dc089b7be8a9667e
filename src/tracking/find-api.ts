/**
 * Finds the LMS's API object the way the SCORM run-time specs describe: SCORM 1.2 looks
 * for `API` on this window and up to 7 parents, SCORM 2004 for `API_1484_11` up to 500
 * parents; then both try the opener and its parents. Every step can throw on a
 * cross-origin frame, so each one is guarded. Some LMSs attach the API only after the
 * content frame has loaded, so the search is repeated briefly before giving up.
 */

import type { ScormVersion } from '../scorm/scorm-version.ts';

/** Just enough of a window to walk frames; real windows and test doubles both fit. */
export type WindowLike = object;

export interface FindOptions {
  /** How many times to look in all, the first time at once. */
  attempts?: number;
  /** Pause between attempts. */
  intervalMs?: number;
}

const SPEC = {
  scorm12: { key: 'API', method: 'LMSInitialize', hops: 7 },
  scorm2004: { key: 'API_1484_11', method: 'Initialize', hops: 500 },
} as const;

/** Reads one property; a cross-origin window throws, which counts as "not here". */
function read(win: unknown, key: string): unknown {
  try {
    return win ? (win as Record<string, unknown>)[key] : undefined;
  } catch {
    return undefined;
  }
}

function isApi(candidate: unknown, method: string): boolean {
  return typeof read(candidate, method) === 'function';
}

/** Walks from `win` up through its parents; returns the API found and the last window reached. */
function scan(win: unknown, version: ScormVersion): { api?: object; top?: unknown } {
  const { key, method, hops } = SPEC[version];
  let current = win;
  for (let hop = 0; current && hop <= hops; hop++) {
    const api = read(current, key);
    if (isApi(api, method)) return { api: api as object };
    const parent = read(current, 'parent');
    if (!parent || parent === current) break;
    current = parent;
  }
  return { top: current };
}

/** One search: the window's own frames, then the opener of this window or of its top window. */
export function findApiNow(win: WindowLike | undefined, version: ScormVersion): object | undefined {
  const own = scan(win, version);
  if (own.api) return own.api;
  for (const origin of new Set([win, own.top])) {
    const opener = read(origin, 'opener');
    if (opener) {
      const found = scan(opener, version).api;
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * Whether an LMS could still attach an API later: only when this window is framed or was
 * opened by another. A top-level page opened on its own (from disk, a plain web server)
 * has nobody who could, so waiting would only delay the course.
 */
export function mayGainApi(win: WindowLike | undefined): boolean {
  if (!win) return false;
  const parent = read(win, 'parent');
  return (parent !== undefined && parent !== win) || !!read(win, 'opener');
}

/**
 * Looks for the API, retrying for a short while (by default 6 looks over 1.5 s) when an
 * LMS could still attach it.
 * @example const api = await findApi(window, 'scorm2004');
 */
export async function findApi(
  win: WindowLike | undefined,
  version: ScormVersion,
  options: FindOptions = {},
): Promise<object | undefined> {
  const { attempts = 6, intervalMs = 300 } = options;
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, intervalMs));
    const api = findApiNow(win, version);
    if (api || !mayGainApi(win)) return api;
  }
  return undefined;
}
