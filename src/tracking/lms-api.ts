/**
 * One face for the SCORM 1.2 `API` and the SCORM 2004 `API_1484_11` objects. Every call
 * is guarded: an LMS API that throws, returns garbage, or has lost its methods (its
 * frame was torn down) yields a failed outcome and never an exception.
 */
import type { ScormVersion } from '../scorm/scorm-version.ts';

export interface Outcome {
  ok: boolean;
  /** The LMS error code after a failure; 0 when it gave none. */
  code: number;
  /** Set when the call threw or the method was gone: the API itself is unusable. */
  broken?: string;
}

export interface Lms {
  readonly version: ScormVersion;
  /** The LMS's own API object, for the session label (`session-mark.ts`); never called directly. */
  readonly api: object;
  initialize(): Outcome;
  /** The value, or '' with the error code when the LMS reports one. */
  get(element: string): { value: string; code: number };
  set(element: string, value: string): Outcome;
  commit(): Outcome;
  terminate(): Outcome;
}

const NAMES = {
  scorm12: ['LMSInitialize', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSFinish', 'LMSGetLastError'],
  scorm2004: ['Initialize', 'GetValue', 'SetValue', 'Commit', 'Terminate', 'GetLastError'],
} as const;

type Call = (...args: string[]) => unknown;

/** Wraps the API object found by `findApi`. */
export function wrapLms(api: object, version: ScormVersion): Lms {
  const [init, getValue, setValue, commit, end, lastError] = NAMES[version];

  const invoke = (name: string, args: string[]): { result?: unknown; broken?: string } => {
    try {
      const fn = (api as Record<string, unknown>)[name];
      if (typeof fn !== 'function') return { broken: `${name} is no longer available` };
      return { result: (fn as Call).apply(api, args) };
    } catch (error) {
      return { broken: `${name} threw: ${error instanceof Error ? error.message : String(error)}` };
    }
  };

  const errorCode = (): number => {
    const code = Number(invoke(lastError, []).result);
    return Number.isFinite(code) ? code : 0;
  };

  // LMSs answer "true", true, or occasionally "1"; anything else is a failure.
  const outcome = (name: string, args: string[]): Outcome => {
    const { result, broken } = invoke(name, args);
    if (broken) return { ok: false, code: 0, broken };
    if (result === true || result === 'true' || result === '1') return { ok: true, code: 0 };
    return { ok: false, code: errorCode() };
  };

  return {
    version,
    api,
    initialize: () => outcome(init, ['']),
    get(element) {
      const { result, broken } = invoke(getValue, [element]);
      if (broken) return { value: '', code: -1 };
      const value = result === null || result === undefined ? '' : String(result);
      return { value, code: value === '' ? errorCode() : 0 };
    },
    set: (element, value) => outcome(setValue, [element, value]),
    commit: () => outcome(commit, ['']),
    terminate: () => outcome(end, ['']),
  };
}
