/**
 * Every element this player may set, per standard: its data type (strict-types.ts) and
 * the section of the specification that defines it. Elements not listed here (read-only
 * ones, the other standard's names, ones the player has no business setting) are refused
 * by the checker (strict-cmi.ts).
 */
import { type Check, oneOf, scorm12 as t12, scorm2004 as t2004 } from './strict-types.ts';

export interface Rule {
  /** The element with `n` for each index, e.g. `cmi.interactions.n.id`. */
  element: string;
  /** The section that defines it. */
  cite: string;
  /** The value's check; `type` is the interaction's type, for responses. */
  check: (type: string | undefined) => Check;
}

const rule = (element: string, cite: string, check: Check): Rule => ({ element, cite, check: () => check });
/** A rule whose format depends on the interaction's type: responses and their patterns. */
const typed = (element: string, cite: string, check: Rule['check']): Rule => ({ element, cite, check });

const STATUS_12 = ['passed', 'completed', 'failed', 'incomplete', 'browsed'];
export const RTE12 = 'SCORM 1.2 RTE 3.4';

const RULES_12: Rule[] = [
  rule('cmi.core.lesson_location', `${RTE12}, cmi.core.lesson_location: CMIString255`, t12.string(255)),
  // "not attempted" is the LMS's to set, never the SCO's.
  rule(
    'cmi.core.lesson_status',
    `${RTE12}, cmi.core.lesson_status: CMIVocabulary (Status)`,
    oneOf('Status', STATUS_12),
  ),
  rule('cmi.core.score.raw', `${RTE12}, cmi.core.score.raw: CMIDecimal, 0..100`, t12.decimal(0, 100)),
  rule('cmi.core.score.min', `${RTE12}, cmi.core.score.min: CMIDecimal, 0..100`, t12.decimal(0, 100)),
  rule('cmi.core.score.max', `${RTE12}, cmi.core.score.max: CMIDecimal, 0..100`, t12.decimal(0, 100)),
  rule(
    'cmi.core.exit',
    `${RTE12}, cmi.core.exit: CMIVocabulary (Exit)`,
    oneOf('Exit', ['time-out', 'suspend', 'logout', '']),
  ),
  rule('cmi.core.session_time', `${RTE12}, cmi.core.session_time: CMITimespan`, t12.timespan),
  rule('cmi.suspend_data', `${RTE12}, cmi.suspend_data: CMIString4096`, t12.string(4096)),
  rule('cmi.objectives.n.id', `${RTE12}, cmi.objectives.n.id: CMIIdentifier`, t12.identifier),
  rule('cmi.objectives.n.score.raw', `${RTE12}, cmi.objectives.n.score.raw: CMIDecimal, 0..100`, t12.decimal(0, 100)),
  rule('cmi.objectives.n.score.min', `${RTE12}, cmi.objectives.n.score.min: CMIDecimal, 0..100`, t12.decimal(0, 100)),
  rule('cmi.objectives.n.score.max', `${RTE12}, cmi.objectives.n.score.max: CMIDecimal, 0..100`, t12.decimal(0, 100)),
  rule(
    'cmi.objectives.n.status',
    `${RTE12}, cmi.objectives.n.status: CMIVocabulary (Status)`,
    oneOf('Status', [...STATUS_12, 'not attempted']),
  ),
  rule('cmi.interactions.n.id', `${RTE12}, cmi.interactions.n.id: CMIIdentifier`, t12.identifier),
  rule(
    'cmi.interactions.n.objectives.n.id',
    `${RTE12}, cmi.interactions.n.objectives.n.id: CMIIdentifier`,
    t12.identifier,
  ),
  rule('cmi.interactions.n.time', `${RTE12}, cmi.interactions.n.time: CMITime`, t12.time),
  rule(
    'cmi.interactions.n.type',
    `${RTE12}, cmi.interactions.n.type: CMIVocabulary (Interaction)`,
    oneOf('Interaction', [
      'true-false',
      'choice',
      'fill-in',
      'matching',
      'performance',
      'sequencing',
      'likert',
      'numeric',
    ]),
  ),
  typed(
    'cmi.interactions.n.correct_responses.n.pattern',
    `${RTE12}, cmi.interactions.n.correct_responses.n.pattern: CMIFeedback`,
    t12.feedback,
  ),
  rule('cmi.interactions.n.weighting', `${RTE12}, cmi.interactions.n.weighting: CMIDecimal`, t12.decimal(-100, 100)),
  typed(
    'cmi.interactions.n.student_response',
    `${RTE12}, cmi.interactions.n.student_response: CMIFeedback`,
    t12.feedback,
  ),
  rule(
    'cmi.interactions.n.result',
    `${RTE12}, cmi.interactions.n.result: CMIVocabulary (Result) or CMIDecimal`,
    (value) =>
      oneOf('Result', ['correct', 'wrong', 'unanticipated', 'neutral'])(value) && t12.decimal(-999, 999)(value)
        ? 'is not a Result (correct, wrong, unanticipated, neutral) or a CMIDecimal'
        : undefined,
  ),
  rule('cmi.interactions.n.latency', `${RTE12}, cmi.interactions.n.latency: CMITimespan`, t12.timespan),
];

export const RTE = 'SCORM 2004 4th ed. RTE';
const score2004 = (prefix: string, section: string): Rule[] => [
  rule(`${prefix}.scaled`, `${RTE} ${section} ${prefix}.scaled: real (10,7), -1..1`, t2004.real(-1, 1)),
  ...['raw', 'min', 'max'].map((part) =>
    rule(`${prefix}.${part}`, `${RTE} ${section} ${prefix}.${part}: real (10,7)`, t2004.real(-999, 999)),
  ),
];
const COMPLETION = ['completed', 'incomplete', 'not attempted', 'unknown'];
const SUCCESS = ['passed', 'failed', 'unknown'];

const RULES_2004: Rule[] = [
  rule('cmi.completion_status', `${RTE} 4.2.4 cmi.completion_status: state`, oneOf('completion', COMPLETION)),
  rule('cmi.exit', `${RTE} 4.2.8 cmi.exit: state`, oneOf('exit', ['time-out', 'suspend', 'logout', 'normal', ''])),
  rule('cmi.location', `${RTE} 4.2.14 cmi.location: characterstring, SPM 1000`, t2004.string(1000)),
  rule('cmi.progress_measure', `${RTE} 4.2.18 cmi.progress_measure: real (10,7), 0..1`, t2004.real(0, 1)),
  ...score2004('cmi.score', '4.2.20'),
  rule('cmi.session_time', `${RTE} 4.2.21 cmi.session_time: timeinterval (second,10,2)`, t2004.timeinterval),
  rule('cmi.success_status', `${RTE} 4.2.22 cmi.success_status: state`, oneOf('success', SUCCESS)),
  rule('cmi.suspend_data', `${RTE} 4.2.23 cmi.suspend_data: characterstring, SPM 64000`, t2004.string(64000)),
  rule('cmi.interactions.n.id', `${RTE} 4.2.9 cmi.interactions.n.id: long_identifier_type`, t2004.longId),
  rule(
    'cmi.interactions.n.type',
    `${RTE} 4.2.9 cmi.interactions.n.type: state`,
    oneOf('interaction type', [
      'true-false',
      'choice',
      'fill-in',
      'long-fill-in',
      'matching',
      'performance',
      'sequencing',
      'likert',
      'numeric',
      'other',
    ]),
  ),
  rule(
    'cmi.interactions.n.objectives.n.id',
    `${RTE} 4.2.9 cmi.interactions.n.objectives.n.id: long_identifier_type`,
    t2004.longId,
  ),
  rule('cmi.interactions.n.timestamp', `${RTE} 4.2.9 cmi.interactions.n.timestamp: time (second,10,0)`, t2004.time),
  typed(
    'cmi.interactions.n.correct_responses.n.pattern',
    `${RTE} 4.2.9.1 cmi.interactions.n.correct_responses.n.pattern`,
    t2004.response,
  ),
  rule('cmi.interactions.n.weighting', `${RTE} 4.2.9 cmi.interactions.n.weighting: real (10,7)`, t2004.real(-999, 999)),
  typed('cmi.interactions.n.learner_response', `${RTE} 4.2.9.2 cmi.interactions.n.learner_response`, t2004.response),
  rule('cmi.interactions.n.result', `${RTE} 4.2.9 cmi.interactions.n.result: state or real (10,7)`, (value) =>
    oneOf('result', ['correct', 'incorrect', 'unanticipated', 'neutral'])(value) && t2004.real(-999, 999)(value)
      ? 'is not a result (correct, incorrect, unanticipated, neutral) or a real'
      : undefined,
  ),
  rule(
    'cmi.interactions.n.latency',
    `${RTE} 4.2.9 cmi.interactions.n.latency: timeinterval (second,10,2)`,
    t2004.timeinterval,
  ),
  rule(
    'cmi.interactions.n.description',
    `${RTE} 4.2.9 cmi.interactions.n.description: localized_string_type, SPM 250`,
    t2004.localized(250),
  ),
  rule('cmi.objectives.n.id', `${RTE} 4.2.17 cmi.objectives.n.id: long_identifier_type`, t2004.longId),
  ...score2004('cmi.objectives.n.score', '4.2.17'),
  rule(
    'cmi.objectives.n.success_status',
    `${RTE} 4.2.17 cmi.objectives.n.success_status: state`,
    oneOf('success', SUCCESS),
  ),
  rule(
    'cmi.objectives.n.completion_status',
    `${RTE} 4.2.17 cmi.objectives.n.completion_status: state`,
    oneOf('completion', COMPLETION),
  ),
  rule(
    'cmi.objectives.n.progress_measure',
    `${RTE} 4.2.17 cmi.objectives.n.progress_measure: real (10,7), 0..1`,
    t2004.real(0, 1),
  ),
  rule(
    'cmi.objectives.n.description',
    `${RTE} 4.2.17 cmi.objectives.n.description: localized_string_type, SPM 250`,
    t2004.localized(250),
  ),
];

export const RULES = { scorm12: RULES_12, scorm2004: RULES_2004 };
