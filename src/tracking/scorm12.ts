/**
 * The SCORM 1.2 data model (RTE 3.4). Interactions are write-only and many LMSs treat
 * them as write-once, so a repeated answer is journaled as a new record. Identifiers
 * (CMIIdentifier) are letters, digits, `-` and `_` only; ids are mapped onto that set.
 */
import { type Dialect, readEntry, readIds, readMode, readNumber } from './dialect.ts';
import type { Pair } from './lms-connection.ts';
import { scorm12Responses } from './responses.ts';
import { clamp, decimal, scorm12Time, scorm12Timespan } from './time-format.ts';
import type { ObjectiveStatus, TrackingStatus } from './tracker.ts';

/**
 * A valid CMIIdentifier for any id: other characters become `_`.
 * @example scorm12Id('final.2.q-open') // 'final_2_q-open'
 */
export function scorm12Id(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 255) || '_';
}

/** cmi.core.lesson_status and cmi.objectives.n.status; never "not attempted". */
function lessonStatus(status: Pick<TrackingStatus, 'completion' | 'success'>): string {
  if (status.success === 'passed' || status.success === 'failed') return status.success;
  return status.completion === 'completed' ? 'completed' : 'incomplete';
}

function score(prefix: string, percent: number): Pair[] {
  return [
    [`${prefix}.raw`, decimal(clamp(percent, 0, 100), 2)],
    [`${prefix}.min`, '0'],
    [`${prefix}.max`, '100'],
  ];
}

export const scorm12: Dialect = {
  version: 'scorm12',
  standard: 'scorm12',
  limits: { suspendData: 4096, location: 255 },
  // 201 invalid argument, 401 not implemented, 402 keyword, 403 read-only, 404 write-only, 405 bad type or value.
  permanentErrors: new Set([201, 401, 402, 403, 404, 405]),
  reuseInteractions: false,
  scopesObjectives: false,
  commitBeforeEnd: true,
  probe: 'cmi.core.student_id',

  read(lms, graded, reopened) {
    const get = (element: string) => lms.get(element).value;
    const entry = readEntry(get('cmi.core.entry'));
    // Nothing is saved on a first attempt, unless this same session saved before the page reloaded.
    const saved = entry !== 'ab-initio' || reopened;
    const location = saved ? get('cmi.core.lesson_location') : '';
    const record = saved ? get('cmi.suspend_data') : '';
    const status = get('cmi.core.lesson_status');
    const mastery = graded ? readNumber(get('cmi.student_data.mastery_score')) : undefined;
    return {
      learnerId: get('cmi.core.student_id'),
      learnerName: get('cmi.core.student_name') || undefined,
      entry,
      mode: readMode(get('cmi.core.lesson_mode')),
      location,
      record,
      masteryScore: mastery === undefined ? undefined : clamp(mastery, 0, 100),
      known: [
        ['cmi.core.lesson_location', location],
        ['cmi.suspend_data', record],
        ['cmi.core.lesson_status', status],
      ],
      interactions: readIds(lms, 'cmi.interactions', false),
      objectives: readIds(lms, 'cmi.objectives', true),
    };
  },

  progress(record, location) {
    const pairs: Pair[] = [];
    if (record !== undefined) pairs.push(['cmi.suspend_data', record]);
    if (location !== undefined) pairs.push(['cmi.core.lesson_location', location]);
    return pairs;
  },

  // The caller holds the score back until the outcome is final (outcome.ts): mastery override.
  status(status) {
    const pairs = status.scorePercent === undefined ? [] : score('cmi.core.score', status.scorePercent);
    return [...pairs, ['cmi.core.lesson_status', lessonStatus(status)]];
  },

  interaction(index, rec) {
    const p = `cmi.interactions.${index}`;
    const { response, correct } = scorm12Responses(rec);
    const result = rec.result === 'incorrect' ? 'wrong' : rec.result;
    return [
      [`${p}.id`, scorm12Id(rec.id)],
      ...rec.objectives.map((id, k): Pair => [`${p}.objectives.${k}.id`, scorm12Id(id)]),
      [`${p}.time`, scorm12Time(rec.timestamp)],
      [`${p}.type`, rec.type],
      ...(correct ? [[`${p}.correct_responses.0.pattern`, correct] as const] : []),
      [`${p}.weighting`, decimal(clamp(rec.weighting, -100, 100), 2)],
      [`${p}.student_response`, response],
      [`${p}.result`, result],
      [`${p}.latency`, scorm12Timespan(rec.latencyMs)],
    ];
  },

  objective(index, objective: ObjectiveStatus) {
    const p = `cmi.objectives.${index}`;
    return [
      [`${p}.id`, scorm12Id(objective.id)],
      ...(objective.scaled === undefined ? [] : score(`${p}.score`, objective.scaled * 100)),
      [`${p}.status`, lessonStatus(objective)],
    ];
  },

  exit: (done) => ['cmi.core.exit', done ? '' : 'suspend'],
  sessionTime: (ms) => ['cmi.core.session_time', scorm12Timespan(ms)],
};
