/**
 * The strict checker itself: it takes what the specifications allow and refuses each
 * bad form, one by one, so a clean end-to-end run means something.
 */
import { describe, expect, it } from 'vitest';
import { strictLmsAudit } from '../../packaging/check/launch-check.ts';
import { StrictCmi, strictViolations } from '../../packaging/check/strict-cmi.ts';

/** Checks one value on a fresh session, after whatever `before` sets up. */
function check(version: 'scorm12' | 'scorm2004', element: string, value: string, before: Array<[string, string]> = []) {
  const strict = new StrictCmi(version);
  for (const [e, v] of before) {
    const problem = strict.check(e, v);
    if (problem) throw new Error(`setup refused: ${problem}`);
  }
  return strict.check(element, value);
}

const interaction12 = (type: string): Array<[string, string]> => [
  ['cmi.interactions.0.id', 'check_q-open'],
  ['cmi.interactions.0.type', type],
];
const interaction2004 = (type: string): Array<[string, string]> => [
  ['cmi.interactions.0.id', 'check.q-open'],
  ['cmi.interactions.0.type', type],
];

describe('the strict SCORM 1.2 checker', () => {
  const good: Array<[string, string, string?]> = [
    ['cmi.core.lesson_location', 'x'.repeat(255)],
    ['cmi.core.lesson_status', 'incomplete'],
    ['cmi.core.score.raw', '83.33'],
    ['cmi.core.exit', ''],
    ['cmi.core.session_time', '0001:02:03.45'],
    ['cmi.suspend_data', 'x'.repeat(4096)],
    ['cmi.objectives.0.id', 'obj-open-questions'],
    ['cmi.interactions.0.time', '23:59:59'],
    ['cmi.interactions.0.student_response', 'a,c', 'choice'],
    ['cmi.interactions.0.student_response', 't', 'true-false'],
    ['cmi.interactions.0.correct_responses.0.pattern', '1.a,2.b', 'matching'],
    ['cmi.interactions.0.student_response', '4', 'likert'],
    ['cmi.interactions.0.result', 'wrong'],
    ['cmi.interactions.0.latency', '0000:00:12.34'],
  ];
  it.each(good)('takes %s = %j', (element, value, type) => {
    const setup = element.startsWith('cmi.interactions.') ? interaction12(type ?? 'choice') : [];
    expect(check('scorm12', element, value, setup)).toBeUndefined();
  });

  const bad: Array<[string, string, string?]> = [
    ['cmi.core.lesson_location', 'x'.repeat(256)],
    ['cmi.core.lesson_status', 'not attempted'],
    ['cmi.core.lesson_status', 'Passed'],
    ['cmi.core.score.raw', '83.333'],
    ['cmi.core.score.raw', '1e2'],
    ['cmi.core.score.raw', '100.5'],
    ['cmi.core.score.raw', ''],
    ['cmi.core.exit', 'normal'],
    ['cmi.core.session_time', '00:00:05.123'],
    ['cmi.core.session_time', '0:00:05'],
    ['cmi.core.session_time', '00:61:00'],
    ['cmi.core.session_time', 'PT5S'],
    ['cmi.suspend_data', 'x'.repeat(4097)],
    ['cmi.objectives.0.id', 'obj open'],
    ['cmi.objectives.0.id', 'final.1.q'],
    ['cmi.objectives.0.id', ''],
    ['cmi.objectives.0.id', 'x'.repeat(256)],
    ['cmi.interactions.0.time', '24:00:00'],
    ['cmi.interactions.0.type', 'long-fill-in'],
    ['cmi.interactions.0.student_response', 'name-it', 'choice'],
    ['cmi.interactions.0.student_response', '{a,b}', 'choice'],
    ['cmi.interactions.0.student_response', 'true', 'true-false'],
    ['cmi.interactions.0.student_response', 'a-b', 'matching'],
    ['cmi.interactions.0.student_response', '', 'likert'],
    ['cmi.interactions.0.weighting', '101'],
    ['cmi.interactions.0.result', 'incorrect'],
    ['cmi.interactions.0.latency', '00:00:01.123'],
    ['cmi.core.student_id', 'me'],
    ['cmi.completion_status', 'completed'],
  ];
  it.each(bad)('refuses %s = %j', (element, value, type) => {
    const setup = element.startsWith('cmi.interactions.') ? interaction12(type ?? 'choice') : [];
    expect(check('scorm12', element, value, setup)).toBeDefined();
  });
});

describe('the strict SCORM 2004 checker', () => {
  const good: Array<[string, string, string?]> = [
    ['cmi.completion_status', 'completed'],
    ['cmi.success_status', 'unknown'],
    ['cmi.exit', 'normal'],
    ['cmi.location', 'x'.repeat(1000)],
    ['cmi.progress_measure', '0.3333'],
    ['cmi.score.scaled', '-1'],
    ['cmi.session_time', 'PT1H2M3.45S'],
    ['cmi.session_time', 'P1DT2H'],
    ['cmi.suspend_data', 'x'.repeat(64000)],
    ['cmi.interactions.0.timestamp', '2025-01-02T03:04:05.6Z'],
    ['cmi.interactions.0.learner_response', 'name_it[,]swap_fine', 'choice'],
    ['cmi.interactions.0.correct_responses.0.pattern', 'swap_fine[.]swap_fine[,]ask_need[.]a', 'matching'],
    ['cmi.interactions.0.learner_response', 'ask_need[,]share_facts[,]ask_need', 'sequencing'],
    ['cmi.interactions.0.learner_response', '3', 'likert'],
    ['cmi.interactions.0.learner_response', 'false', 'true-false'],
    ['cmi.interactions.0.result', 'incorrect'],
    ['cmi.interactions.0.description', 'ق'.repeat(250)],
    ['cmi.interactions.0.description', '{lang=ar}نص'],
    ['cmi.objectives.0.id', 'urn:pss:obj-open-questions'],
  ];
  it.each(good)('takes %s = %j', (element, value, type) => {
    const setup = element.startsWith('cmi.interactions.') ? interaction2004(type ?? 'choice') : [];
    expect(check('scorm2004', element, value, setup)).toBeUndefined();
  });

  const bad: Array<[string, string, string?]> = [
    ['cmi.completion_status', 'passed'],
    ['cmi.success_status', 'completed'],
    ['cmi.exit', 'quit'],
    ['cmi.location', 'x'.repeat(1001)],
    ['cmi.progress_measure', '1.5'],
    ['cmi.progress_measure', '0.33333333'],
    ['cmi.progress_measure', '1e-1'],
    ['cmi.score.scaled', '-1.5'],
    ['cmi.session_time', 'PT10'],
    ['cmi.session_time', 'P0S'],
    ['cmi.session_time', 'PT50S.21S'],
    ['cmi.session_time', 'PT'],
    ['cmi.session_time', 'PT1.234S'],
    ['cmi.suspend_data', 'x'.repeat(64001)],
    ['cmi.interactions.0.type', 'essay'],
    ['cmi.interactions.0.timestamp', '2025-01-02T03:04:05.678Z'],
    ['cmi.interactions.0.timestamp', '2025-01-02T03:04:05Z'],
    ['cmi.interactions.0.timestamp', '2025-01-02 03:04:05'],
    ['cmi.interactions.0.timestamp', '1969-12-31T23:59:59.0Z'],
    ['cmi.interactions.0.learner_response', 'name-it', 'choice'],
    ['cmi.interactions.0.learner_response', 'a[,]a', 'choice'],
    ['cmi.interactions.0.learner_response', '', 'choice'],
    ['cmi.interactions.0.correct_responses.0.pattern', 'swap-fine[.]swap-fine', 'matching'],
    ['cmi.interactions.0.learner_response', 'a[.]b[,]c', 'matching'],
    ['cmi.interactions.0.learner_response', 'ask-need[,]share-facts', 'sequencing'],
    ['cmi.interactions.0.learner_response', 't', 'true-false'],
    ['cmi.interactions.0.result', 'wrong'],
    ['cmi.interactions.0.latency', 'PT1.234S'],
    ['cmi.interactions.0.description', 'x'.repeat(251)],
    ['cmi.interactions.0.description', '{lang=en Text'],
    ['cmi.objectives.0.id', 'obj open'],
    ['cmi.objectives.0.id', 'urn:x'],
    ['cmi.objectives.0.id', 'x'.repeat(4001)],
    ['cmi.core.lesson_status', 'passed'],
    ['cmi.learner_id', 'me'],
  ];
  it.each(bad)('refuses %s = %j', (element, value, type) => {
    const setup = element.startsWith('cmi.interactions.') ? interaction2004(type ?? 'choice') : [];
    expect(check('scorm2004', element, value, setup)).toBeDefined();
  });

  it('says what is wrong and which section says so', () => {
    expect(
      check('scorm2004', 'cmi.interactions.0.learner_response', 'name-it', interaction2004('choice')),
    ).toMatchInlineSnapshot(
      `"cmi.interactions.0.learner_response = "name-it" is not a choice response (short identifiers joined by [,]) (SCORM 2004 4th ed. RTE 4.2.9.2 cmi.interactions.n.learner_response)"`,
    );
  });
});

describe('the order of interaction and objective fields', () => {
  it.each(['scorm12', 'scorm2004'] as const)('refuses gaps and fields before the id or type in %s', (version) => {
    const id = version === 'scorm12' ? 'check_q' : 'check.q';
    const response = version === 'scorm12' ? 'student_response' : 'learner_response';
    const calls = (sets: Array<[string, string]>) =>
      strictViolations(
        version,
        sets.map(([e, v]) => ({ method: 'SetValue', args: [e, v] })),
      );
    expect(calls([['cmi.interactions.1.id', id]])).toHaveLength(1);
    expect(calls([['cmi.interactions.0.type', 'choice']])).toHaveLength(1);
    expect(calls([['cmi.objectives.0.score.raw', '50']])).toHaveLength(1);
    expect(
      calls([
        ['cmi.interactions.0.id', id],
        [`cmi.interactions.0.${response}`, 'a'],
      ]),
    ).toHaveLength(1);
    expect(
      calls([
        ['cmi.interactions.0.id', id],
        ['cmi.interactions.0.objectives.1.id', 'obj'],
      ]),
    ).toHaveLength(1);
    expect(
      calls([
        ['cmi.interactions.0.id', id],
        ['cmi.interactions.0.objectives.0.id', 'obj'],
        ['cmi.interactions.0.type', 'choice'],
        [`cmi.interactions.0.${response}`, 'a'],
        ['cmi.interactions.1.id', id],
        ['cmi.objectives.0.id', 'obj'],
        ['cmi.objectives.0.score.raw', '50'],
      ]),
    ).toEqual([]);
  });
});

describe('the audit npm run check applies to a launch', () => {
  const call = (args: string[], code = '0') => ({
    method: 'SetValue',
    args,
    result: code === '0' ? 'true' : 'false',
    code,
  });

  it('refuses what scorm-again takes but a strict LMS refuses, beside scorm-again’s own error codes', () => {
    expect(
      strictLmsAudit('scorm2004', [
        call(['cmi.interactions.0.id', 'q1']),
        call(['cmi.interactions.0.type', 'choice']),
        call(['cmi.interactions.0.learner_response', 'name-it']),
        call(['cmi.location', 'x'.repeat(2000)], '405'),
      ]),
    ).toMatchInlineSnapshot(`
      [
        "SetValue(cmi.location, xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx… (2000 characters)) → false, LMS error 405",
        "a strict LMS refuses cmi.interactions.0.learner_response = "name-it" is not a choice response (short identifiers joined by [,]) (SCORM 2004 4th ed. RTE 4.2.9.2 cmi.interactions.n.learner_response)",
        "a strict LMS refuses cmi.location = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…" is 2000 characters, over the 1000 allowed (SCORM 2004 4th ed. RTE 4.2.14 cmi.location: characterstring, SPM 1000)",
      ]
    `);
  });

  it('finds nothing in a launch a strict LMS takes', () => {
    expect(
      strictLmsAudit('scorm12', [call(['cmi.core.lesson_location', 'p1']), call(['cmi.core.exit', 'suspend'])]),
    ).toEqual([]);
  });
});
