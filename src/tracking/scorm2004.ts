/**
 * The SCORM 2004 data model (3rd and 4th edition, RTE 4.2). Completion and success are
 * set together, because some LMSs read `passed` alone as not completed. Interactions
 * are written id first, then type, then the fields that depend on the type.
 */
import { type Dialect, readEntry, readIds, readMode, readNumber } from './dialect.ts';
import type { Pair } from './lms-connection.ts';
import { scorm2004Responses } from './responses.ts';
import { clamp, decimal, iso8601Duration, iso8601Timestamp } from './time-format.ts';

/** long_identifier_type has no whitespace. */
const longId = (id: string) => id.replace(/\s/g, '_').slice(0, 4000) || '_';

/**
 * localized_string_type, at most 250 characters (the SPM, counted in code points so no
 * character is cut in half): one line, not starting with `{`, which opens a language tag.
 */
const description = (text: string) =>
  Array.from(text.replace(/\s+/g, ' ').trim().replace(/^\{+/, '')).slice(0, 250).join('').trim();

function score(prefix: string, percent: number): Pair[] {
  const p = clamp(percent, 0, 100);
  return [
    [`${prefix}.scaled`, decimal(p / 100, 4)],
    [`${prefix}.raw`, decimal(p, 2)],
    [`${prefix}.min`, '0'],
    [`${prefix}.max`, '100'],
  ];
}

export const scorm2004: Dialect = {
  version: 'scorm2004',
  standard: 'scorm2004',
  limits: { suspendData: 64000, location: 1000 },
  // 201 invalid argument, 351 set failure (an index skipped), 401-408 element, type, range and order errors.
  permanentErrors: new Set([201, 351, 401, 402, 404, 405, 406, 407, 408]),
  reuseInteractions: true,
  scopesObjectives: true,
  commitBeforeEnd: false,
  probe: 'cmi.learner_id',

  read(lms, graded, reopened) {
    // An element never set answers 403 ("not initialized"), which here just means empty.
    const get = (element: string) => lms.get(element).value;
    const entry = readEntry(get('cmi.entry'));
    // On a first attempt nothing was saved, and asking would only earn a 403; unless this same
    // session saved before the page reloaded, when cmi.entry still says ab-initio.
    const saved = entry !== 'ab-initio' || reopened;
    const location = saved ? get('cmi.location') : '';
    const record = saved ? get('cmi.suspend_data') : '';
    // Ungraded courses ship no pass mark, and asking for one would only earn a 403.
    const passing = graded ? readNumber(get('cmi.scaled_passing_score')) : undefined;
    return {
      learnerId: get('cmi.learner_id'),
      learnerName: get('cmi.learner_name') || undefined,
      entry,
      mode: readMode(get('cmi.mode')),
      location,
      record,
      masteryScore: passing === undefined ? undefined : Number(decimal(clamp(passing, 0, 1) * 100, 2)),
      known: [
        ['cmi.location', location],
        ['cmi.suspend_data', record],
        ['cmi.completion_status', get('cmi.completion_status')],
        ['cmi.success_status', get('cmi.success_status')],
      ],
      interactions: readIds(lms, 'cmi.interactions', true),
      objectives: readIds(lms, 'cmi.objectives', true),
    };
  },

  progress(record, location) {
    const pairs: Pair[] = [];
    if (record !== undefined) pairs.push(['cmi.suspend_data', record]);
    if (location !== undefined) pairs.push(['cmi.location', location]);
    return pairs;
  },

  status(status) {
    return [
      ...(status.scorePercent === undefined ? [] : score('cmi.score', status.scorePercent)),
      ['cmi.progress_measure', decimal(clamp(status.progress, 0, 1), 4)],
      ['cmi.completion_status', status.completion],
      ['cmi.success_status', status.success],
    ];
  },

  interaction(index, rec) {
    const p = `cmi.interactions.${index}`;
    const { response, correct } = scorm2004Responses(rec);
    return [
      [`${p}.id`, longId(rec.id)],
      [`${p}.type`, rec.type],
      ...rec.objectives.map((id, k): Pair => [`${p}.objectives.${k}.id`, longId(id)]),
      [`${p}.timestamp`, iso8601Timestamp(rec.timestamp)],
      [`${p}.description`, description(rec.description)],
      [`${p}.weighting`, decimal(rec.weighting, 2)],
      // An empty set is not a valid response; leave it unset rather than earn a 406.
      ...(response ? [[`${p}.learner_response`, response] as const] : []),
      ...(correct ? [[`${p}.correct_responses.0.pattern`, correct] as const] : []),
      [`${p}.result`, rec.result],
      [`${p}.latency`, iso8601Duration(rec.latencyMs)],
    ];
  },

  objective(index, objective) {
    const p = `cmi.objectives.${index}`;
    return [
      [`${p}.id`, longId(objective.id)],
      [`${p}.success_status`, objective.success],
      [`${p}.completion_status`, objective.completion],
      ...(objective.scaled === undefined ? [] : score(`${p}.score`, objective.scaled * 100)),
      ...(objective.description ? [[`${p}.description`, description(objective.description)] as const] : []),
    ];
  },

  exit: (done) => ['cmi.exit', done ? 'normal' : 'suspend'],
  sessionTime: (ms) => ['cmi.session_time', iso8601Duration(ms)],
};
