/** The review aids beside the player: the answer key, the cmi table, and what each launch loads into the LMS. */
import { describe, expect, it } from 'vitest';
import { answerKey } from '../../src/preview/answer-key.ts';
import { cmiView } from '../../src/preview/cmi-view.ts';
import { firstLaunchCmi, relaunchCmi } from '../../src/preview/launch-cmi.ts';
import { loadCourse, ROOT } from '../support/courses.ts';

const [mini] = loadCourse(`${ROOT}/tests/fixtures/courses/mini`);
const [sample] = loadCourse(`${ROOT}/tests/fixtures/courses/sample`);

describe('answer key', () => {
  it('words each correct answer from the engine’s correct response', () => {
    expect(answerKey(mini!.course)).toMatchInlineSnapshot(`
      [
        {
          "answer": [
            "That sounds hard. I'm here to listen.",
          ],
          "ordered": false,
          "prompt": "Someone says they feel lost. Which reply is supportive?",
          "questionId": "q-reply",
          "where": "Try it",
        },
      ]
    `);
  });

  it('covers every question type, knowledge checks first and then the whole assessment pool', () => {
    const key = answerKey(sample!.course);
    const pool = sample!.course.assessment!.questions.length;
    expect(key.filter((e) => e.where === 'Assessment')).toHaveLength(pool);
    expect(key.find((e) => e.ordered)?.answer.length).toBeGreaterThanOrEqual(3);
    expect(key.some((e) => e.answer.every((line) => line.includes(' → ')))).toBe(true);
    expect(key.some((e) => e.answer[0] === 'True' || e.answer[0] === 'False')).toBe(true);
  });
});

describe('launch data', () => {
  it('hands the pass mark over as the packaged manifest would', () => {
    expect(firstLaunchCmi('scorm12', sample!.course)).toMatchObject({
      core: { entry: 'ab-initio' },
      student_data: { mastery_score: expect.any(String) },
    });
    expect(firstLaunchCmi('scorm2004', mini!.course)).not.toHaveProperty('scaled_passing_score');
  });

  it('resumes a suspended attempt and starts afresh after one that ended normally', () => {
    const suspended = relaunchCmi('scorm2004', mini!.course, {
      entry: 'ab-initio',
      exit: 'suspend',
      suspend_data: 'P1~x',
      session_time: 'PT5S',
    });
    expect(suspended).toEqual({ resumed: true, cmi: { entry: 'resume', suspend_data: 'P1~x' } });
    const ended = relaunchCmi('scorm12', mini!.course, {
      core: { exit: '', lesson_status: 'completed' },
      suspend_data: 'P1~x',
    });
    expect(ended.resumed).toBe(false);
    expect(ended.cmi).toEqual(firstLaunchCmi('scorm12', mini!.course));
  });
});

describe('cmi table', () => {
  it('measures suspend_data against each standard’s limit', () => {
    expect(cmiView('scorm12', { suspend_data: 'abc', core: {} }).suspendData).toEqual({ length: 3, limit: 4096 });
    expect(cmiView('scorm2004', { suspend_data: 'abc' }).suspendData).toEqual({ length: 3, limit: 64000 });
    const score = cmiView('scorm12', { core: { score: { raw: '80', min: '0', max: '100' } } }).rows.find(
      (r) => r.label === 'Score',
    );
    expect(score?.value).toBe('80 (0–100)');
  });
});
