/**
 * A scorm-again LMS for the preview, behind a recording face: every call the tracker
 * makes is logged with the error code it earned, commits can be made to fail, and what
 * the LMS would have stored is kept at each successful Commit or Terminate. Only the
 * preview imports this; the learner's player finds a real LMS instead.
 */
import { Scorm12API, Scorm2004API } from 'scorm-again';

import type { ScormVersion } from '../scorm/scorm-version.ts';

export const API_NAMES = {
  scorm12: {
    init: 'LMSInitialize',
    get: 'LMSGetValue',
    set: 'LMSSetValue',
    commit: 'LMSCommit',
    end: 'LMSFinish',
    error: 'LMSGetLastError',
    text: 'LMSGetErrorString',
    diagnostic: 'LMSGetDiagnostic',
  },
  scorm2004: {
    init: 'Initialize',
    get: 'GetValue',
    set: 'SetValue',
    commit: 'Commit',
    end: 'Terminate',
    error: 'GetLastError',
    text: 'GetErrorString',
    diagnostic: 'GetDiagnostic',
  },
} as const;

export interface ApiCall {
  /** 1 for the first call of this LMS session. */
  n: number;
  method: string;
  element: string;
  value: string;
  result: string;
  /** The LMS error code right after the call, "0" when all went well. */
  code: string;
}

// biome-ignore lint/suspicious/noExplicitAny: the CMI tree is whatever the LMS library holds, read and written by path.
export type Cmi = Record<string, any>;

type RealApi = Record<string, (...args: string[]) => unknown> & {
  loadFromJSON(json: object, prefix: string): void;
  renderCommitCMI(terminate: boolean): { cmi: Cmi };
};

// Passing settings without mastery_override turns it on (SCORM-NOTES.md).
const SETTINGS = { logLevel: 5, autocommit: false, mastery_override: false } as const;
/** Enough rows to follow a long session without the page slowing down. */
const MAX_ROWS = 500;

export interface LmsHarness {
  readonly version: ScormVersion;
  /** The object the tracker is given as `API` or `API_1484_11`. */
  readonly api: object;
  readonly calls: readonly ApiCall[];
  /** While true, Commit answers "false" with error 391, as an LMS that lost its connection. */
  failCommits: boolean;
  /** What the LMS holds now, committed or not. */
  current(): Cmi;
  /** What the LMS stored at its last successful Commit or Terminate; undefined before the first. */
  stored(): Cmi | undefined;
  /** Stops logging: this LMS belongs to a session the preview has replaced. */
  retire(): void;
  /** Runs `listener` after every logged call; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** A new LMS session, loaded with `cmi` as an LMS would on launch. */
export function createLmsHarness(version: ScormVersion, cmi?: Cmi): LmsHarness {
  const real = (version === 'scorm12'
    ? new Scorm12API(SETTINGS as never)
    : new Scorm2004API(SETTINGS as never)) as unknown as RealApi;
  if (cmi) real.loadFromJSON(cmi, '');
  const names = API_NAMES[version];
  const calls: ApiCall[] = [];
  const listeners = new Set<() => void>();
  let count = 0;
  let retired = false;
  let stored: Cmi | undefined;
  // The error the fake commit failure left, until the next call replaces it.
  let fakeError: string | undefined;
  const render = () => structuredClone(real.renderCommitCMI(true).cmi);

  const log = (method: string, args: string[], result: unknown, code: string) => {
    if (retired) return;
    calls.push({
      n: ++count,
      method,
      element: args[0] ?? '',
      value: method === names.set ? (args[1] ?? '') : method === names.get ? String(result) : '',
      result: String(result),
      code,
    });
    if (calls.length > MAX_ROWS) calls.splice(0, calls.length - MAX_ROWS);
    for (const listener of listeners) listener();
  };

  const face: Record<string, (...args: string[]) => unknown> = {};
  for (const method of [names.init, names.get, names.set, names.commit, names.end]) {
    face[method] = (...args: string[]) => {
      fakeError = undefined;
      if (method === names.commit && harness.failCommits) {
        fakeError = '391';
        log(method, args, 'false', '391');
        return 'false';
      }
      // Terminate renders what it persists, so take it the moment before.
      const before = method === names.end ? render() : undefined;
      const result = real[method]!(...args);
      const code = String(real[names.error]!());
      log(method, args, result, code);
      if (String(result) === 'true' && method === names.commit) stored = render();
      if (String(result) === 'true' && method === names.end) stored = before;
      return result;
    };
  }
  // The tracker asks for the last error after a failure; those calls are folded into each row's code.
  face[names.error] = () => fakeError ?? real[names.error]!();
  face[names.text] = (code = '') => real[names.text]!(code);
  face[names.diagnostic] = (code = '') => real[names.diagnostic]!(code);

  const harness: LmsHarness = {
    version,
    api: face,
    calls,
    failCommits: false,
    current: render,
    stored: () => (stored ? structuredClone(stored) : undefined),
    retire: () => {
      retired = true;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
  return harness;
}
