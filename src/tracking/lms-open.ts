/**
 * Opens the LMS session at launch, asking the LMS only what it can answer, so no launch
 * leaves an error code in its log (issue 13):
 * - a launch: Initialize, then the launch data, `cmi.entry` first (the dialect's `read`);
 * - the course frame reloaded inside a session this tab left open (the page died without
 *   ending it): no Initialize, which would answer 103, just the reads;
 * - the course frame reloaded after this tab ended the session (pagehide terminates it):
 *   nothing at all, since Initialize would answer 104 and every read after it fail. The
 *   tracker carries on in this browser from what it kept.
 * `session-mark.ts` says how the tab knows which case it is in.
 */
import type { Dialect, Snapshot } from './dialect.ts';
import type { Lms } from './lms-api.ts';
import { apiLabel, labelApi, type MarkData, newToken } from './session-mark.ts';

export type Opening = { kind: 'live'; snapshot: Snapshot; token: string } | { kind: 'closed'; mark: MarkData };

/** Thrown when the LMS refuses to initialise; the caller falls back to this browser. */
export class LmsUnavailableError extends Error {}

export interface OpenOptions {
  /** Whether the course has a pass mark, so the LMS's mastery score is worth reading. */
  graded: boolean;
  /** Whether this document is a reload of the course's previous one in the same frame. */
  reloaded: boolean;
}

/**
 * @example const opening = openSession(lms, scorm2004, mark.read(), { graded: true, reloaded: false });
 */
export function openSession(lms: Lms, dialect: Dialect, mark: MarkData | undefined, options: OpenOptions): Opening {
  const ours = mark !== undefined && apiLabel(lms.api) === mark.token;
  // Only a reload: an LMS may reuse its API object for a new session when it launches the course again.
  if (ours && mark.state === 'ended' && options.reloaded) return { kind: 'closed', mark };
  const stillOpen = ours && mark.state === 'open' && lms.get(dialect.probe).code === 0;
  const reopened = stillOpen || initialize(lms, dialect);
  const token = stillOpen ? mark.token : newToken();
  labelApi(lms.api, token);
  return { kind: 'live', snapshot: dialect.read(lms, options.graded, reopened), token };
}

/** Initialize; returns true when the session turns out to be open already (a reload with no mark to say so). */
function initialize(lms: Lms, dialect: Dialect): boolean {
  const init = lms.initialize();
  if (init.ok) return false;
  // Already initialised still answers GetValue; a refused or broken API does not.
  if (!init.broken && lms.get(dialect.probe).code === 0) return true;
  throw new LmsUnavailableError(init.broken ?? `Initialize failed with LMS error ${init.code}`);
}
