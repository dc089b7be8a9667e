/**
 * A scorm-again LMS behind a thin recording face: every call the tracker makes is logged
 * with the LMS error code it earned, faults can be injected, and what the LMS would have
 * persisted is captured on each successful Commit or Terminate.
 */
import { Scorm12API, Scorm2004API } from 'scorm-again';

import type { ScormVersion } from '../../src/scorm/scorm-version.ts';

const NAMES = {
  scorm12: {
    init: 'LMSInitialize',
    get: 'LMSGetValue',
    set: 'LMSSetValue',
    commit: 'LMSCommit',
    end: 'LMSFinish',
    error: 'LMSGetLastError',
  },
  scorm2004: {
    init: 'Initialize',
    get: 'GetValue',
    set: 'SetValue',
    commit: 'Commit',
    end: 'Terminate',
    error: 'GetLastError',
  },
} as const;

export interface Call {
  method: string;
  args: string[];
  result: unknown;
  /** The LMS error code right after the call. */
  code: string;
}

export interface Faults {
  /** Commits that answer "false" (error 391) before one succeeds. */
  commitFailures: number;
  /** SetValues that answer "false" (error 101) before they succeed. */
  setFailures: number;
  /** Every call throws, as a torn-down frame's API does. */
  throwing: boolean;
  /** Methods removed from the API object. */
  gone: boolean;
  /** Initialize answers "false" (error 101) and the session never starts. */
  initFailure: boolean;
  /** Terminate answers "false" (error 101). */
  terminateFailure: boolean;
  /** An LMS's own rules: the error code it answers for a value it refuses, if any. */
  refuse?: (element: string, value: string) => string | undefined;
}

type Api = Record<string, (...args: string[]) => string>;

// Passing settings without mastery_override turns it on (SCORM-NOTES.md).
const SETTINGS = { logLevel: 5, autocommit: false, mastery_override: false } as const;

/**
 * What a strict LMS decides on its own when the session ends, whatever the SCO set:
 * - SCORM 1.2, Moodle's mastery override (on by default; `StoreData` in mod/scorm's
 *   scorm_12.js): in normal mode for credit, a `score.raw` and a mastery score make the
 *   status `passed` or `failed`; a status never set becomes `completed`.
 * - SCORM 2004, RTE 4.2.22: with a `scaled_passing_score` and a `score.scaled`, the LMS
 *   judges `success_status` from them.
 */
export function judgeAtEnd(version: ScormVersion, cmi: Record<string, any>): void {
  if (version === 'scorm12') {
    const core = cmi.core;
    if (core.lesson_status === 'not attempted') core.lesson_status = 'completed';
    const mastery = cmi.student_data?.mastery_score ?? '';
    const normal = (core.lesson_mode || 'normal') === 'normal' && (core.credit || 'credit') === 'credit';
    if (normal && mastery !== '' && core.score.raw !== '')
      core.lesson_status = Number(core.score.raw) >= Number(mastery) ? 'passed' : 'failed';
  } else if (cmi.scaled_passing_score !== '' && cmi.score.scaled !== '') {
    cmi.success_status = Number(cmi.score.scaled) >= Number(cmi.scaled_passing_score) ? 'passed' : 'failed';
  }
}

export function fakeLms(version: ScormVersion, cmi?: object, options: { judge?: boolean } = {}) {
  const real = (version === 'scorm12'
    ? new Scorm12API(SETTINGS as never)
    : new Scorm2004API(SETTINGS as never)) as unknown as Api & {
    loadFromJSON(json: object, prefix: string): void;
    renderCommitCMI(terminate: boolean): { cmi: Record<string, any> };
    isInitialized(): boolean;
    cmi: Record<string, any>;
  };
  if (cmi) real.loadFromJSON(cmi, '');
  const names = NAMES[version];
  const calls: Call[] = [];
  const faults: Faults = {
    commitFailures: 0,
    setFailures: 0,
    throwing: false,
    gone: false,
    initFailure: false,
    terminateFailure: false,
  };
  /** What the LMS persisted at its last successful Commit or Terminate. */
  let stored: Record<string, any> | undefined;
  let fakeError: string | undefined;

  const face: Api = {};
  for (const method of Object.values(names)) {
    face[method] = (...args: string[]) => {
      if (faults.throwing) throw new Error('Permission denied to access property');
      if (method === names.error) return fakeError ?? real[method]!();
      fakeError = undefined;
      if (method === names.init && faults.initFailure) {
        fakeError = '101';
        calls.push({ method, args, result: 'false', code: '101' });
        return 'false';
      }
      const refused = method === names.set ? faults.refuse?.(args[0]!, args[1]!) : undefined;
      if (refused || (method === names.end && faults.terminateFailure)) {
        fakeError = refused ?? '101';
        calls.push({ method, args, result: 'false', code: fakeError });
        return 'false';
      }
      if (method === names.commit && faults.commitFailures > 0) {
        faults.commitFailures--;
        fakeError = '391';
        calls.push({ method, args, result: 'false', code: '391' });
        return 'false';
      }
      if (method === names.set && faults.setFailures > 0) {
        faults.setFailures--;
        fakeError = '101';
        calls.push({ method, args, result: 'false', code: '101' });
        return 'false';
      }
      // Terminate renders what it persists, so capture it the moment it succeeds.
      if (method === names.end && options.judge && real.isInitialized()) judgeAtEnd(version, real.cmi);
      const before = method === names.end ? snapshot() : undefined;
      const result = real[method]!(...args);
      const code = String(real[names.error]!());
      calls.push({ method, args, result, code });
      if (result === 'true' && method === names.commit) stored = snapshot();
      if (result === 'true' && method === names.end) stored = before;
      return result;
    };
  }
  const snapshot = () => structuredClone(real.renderCommitCMI(true).cmi);

  const api = new Proxy(face, {
    get: (target, key) => (faults.gone ? undefined : target[key as string]),
  });

  return {
    api: api as object,
    real,
    names,
    calls,
    faults,
    get stored() {
      return stored;
    },
    /** Calls that left an LMS error code behind. */
    errors: () => calls.filter((c) => c.code !== '0'),
    count: (method: string) => calls.filter((c) => c.method === method).length,
    /** The last value the tracker sent for an element, as sent. */
    sent: (element: string) => calls.filter((c) => c.method === names.set && c.args[0] === element).at(-1)?.args[1],
    sets: () => calls.filter((c) => c.method === names.set).map((c) => c.args as [string, string]),
  };
}

/** What a relaunch gets from the LMS: the stored cmi, with entry set the way an LMS would set it. */
export function relaunchCmi(version: ScormVersion, stored: Record<string, any>, learnerId = 'learner-1') {
  const resume = version === 'scorm12' ? stored.core?.exit === 'suspend' : stored.exit === 'suspend';
  // An attempt that ended normally is over: the LMS starts the next one empty.
  if (!resume)
    return version === 'scorm12'
      ? { core: { entry: 'ab-initio', student_id: learnerId } }
      : { entry: 'ab-initio', learner_id: learnerId };
  const cmi = structuredClone(stored);
  if (version === 'scorm12') {
    cmi.core.entry = 'resume';
    cmi.core.student_id = learnerId;
    delete cmi.core.session_time;
    delete cmi.core.exit;
  } else {
    cmi.entry = 'resume';
    cmi.learner_id = learnerId;
    delete cmi.session_time;
    delete cmi.exit;
  }
  return cmi;
}

/** A Storage double that can be made to throw, like Safari's private mode or a full quota. */
export function memoryStorage() {
  const data = new Map<string, string>();
  const storage = {
    broken: false,
    getItem: (key: string) => {
      if (storage.broken) throw new DOMException('The operation is insecure.', 'SecurityError');
      return data.get(key) ?? null;
    },
    setItem: (key: string, value: string) => {
      if (storage.broken) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      data.set(key, value);
    },
    removeItem: (key: string) => void data.delete(key),
    key: (index: number) => [...data.keys()][index] ?? null,
    get length() {
      return data.size;
    },
    data,
  };
  return storage;
}
