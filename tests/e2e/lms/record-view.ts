/** What the LMS holds, read the same way for both standards, and the values the SCO sent. */
import type { ScormVersion } from '../../../src/scorm/scorm-version.ts';
import type { Cmi, LmsRecord } from './test-lms.ts';

export interface RecordView {
  /** 1.2 lesson_status; 2004 "completion/success". */
  status: string;
  location: string;
  exit: string;
  score?: Cmi;
  suspendData: string;
  interactions: number;
  objectives: number;
}

const countOf = (list: object | undefined) => Object.keys(list ?? {}).length;

export function view(version: ScormVersion, cmi: Cmi | null): RecordView {
  if (!cmi) throw new Error('the LMS stored nothing: no Commit or Terminate succeeded');
  const common = {
    suspendData: String(cmi.suspend_data ?? ''),
    interactions: countOf(cmi.interactions),
    objectives: countOf(cmi.objectives),
  };
  if (version === 'scorm12') {
    return {
      ...common,
      status: cmi.core.lesson_status,
      location: cmi.core.lesson_location,
      exit: cmi.core.exit,
      score: cmi.core.score,
    };
  }
  return {
    ...common,
    status: `${cmi.completion_status}/${cmi.success_status}`,
    location: cmi.location,
    exit: cmi.exit,
    score: cmi.score,
  };
}

/** Every value the SCO sent for an element, in order, as sent (the LMS may store it reformatted). */
export function sent(record: LmsRecord, element: string): string[] {
  return record.calls.filter((c) => /SetValue$/.test(c.method) && c.args[0] === element).map((c) => c.args[1]!);
}

/** SCORM 1.2 CMITimespan: HHHH:MM:SS.SS (hours 2 to 4 digits, at most 2 decimals). */
export const SCORM12_TIMESPAN = /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/;
/** SCORM 2004 timeinterval: an ISO 8601 duration with at most 2 decimals of seconds. */
export const ISO_DURATION = /^P(?:\d+D)?T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d{1,2})?S)?$/;

export const sessionTimeOf = (version: ScormVersion) =>
  version === 'scorm12' ? 'cmi.core.session_time' : 'cmi.session_time';

/** Seconds in a 1.2 timespan or a 2004 duration (days at most, as the player writes them). */
export function seconds(time: string): number {
  const clock = /^(\d+):(\d{2}):(\d{2}(?:\.\d+)?)$/.exec(time);
  if (clock) return Number(clock[1]) * 3600 + Number(clock[2]) * 60 + Number(clock[3]);
  const iso = /^P(?:(\d+)D)?T?(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(time);
  if (!iso) throw new Error(`not a session time: ${time}`);
  const [, d = 0, h = 0, m = 0, s = 0] = iso;
  return Number(d) * 86400 + Number(h) * 3600 + Number(m) * 60 + Number(s);
}
