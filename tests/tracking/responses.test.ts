import { describe, expect, it } from 'vitest';
import { scorm12Responses, scorm2004Responses } from '../../src/tracking/responses.ts';
import { scorm12Id } from '../../src/tracking/scorm12.ts';
import type { InteractionRecord } from '../../src/tracking/tracker.ts';
import { answers } from './course-script.ts';

// SCORM 1.2 RTE 3.4.2.7: one-character identifiers [0-9a-z], comma-separated; matching pairs joined by a period.
const RESPONSE_12: Record<InteractionRecord['type'], RegExp> = {
  'true-false': /^[tf]$/,
  choice: /^[0-9a-z](,[0-9a-z])*$/,
  sequencing: /^[0-9a-z](,[0-9a-z])*$/,
  matching: /^[0-9a-z]\.[0-9a-z](,[0-9a-z]\.[0-9a-z])*$/,
  likert: /^[0-9a-z]$/,
};

describe('SCORM 1.2 responses', () => {
  it.each(Object.entries(answers))('writes %s in the 1.2 format for its type', (_, answer) => {
    const { response, correct } = scorm12Responses(answer);
    expect(response).toMatch(RESPONSE_12[answer.type]);
    if (answer.correct.length) expect(correct).toMatch(RESPONSE_12[answer.type]);
    else expect(correct).toBe('');
  });

  it('maps long ids to letters by their authored position, the same way in response and pattern', () => {
    expect(scorm12Responses(answers.single!)).toEqual({ response: 'b', correct: 'a' });
    expect(scorm12Responses(answers.matching!)).toEqual({ response: 'a.a,b.c,c.b', correct: 'a.a,b.b,c.c' });
    // Without the authored list, the correct answer sets the order: still consistent within the record.
    expect(scorm12Responses({ ...answers.single!, choices: undefined })).toEqual({ response: 'b', correct: 'a' });
  });

  it('gives the same letter to the same choice whatever each learner picked', () => {
    const picks = [['look'], ['listen'], ['link']].map(
      (response) => scorm12Responses({ ...answers.single!, response }).response,
    );
    expect(picks).toEqual(['a', 'b', 'c']);
  });

  it('keeps ids that are already single characters', () => {
    const rec = { ...answers.multiple!, choices: undefined, response: ['c', '2'], correct: ['a', 'c'] };
    expect(scorm12Responses(rec)).toEqual({ response: 'c,2', correct: 'a,c' });
  });

  it('writes true-false as t or f and a likert index as one character', () => {
    expect(scorm12Responses({ ...answers.trueFalse!, response: ['true'], correct: ['false'] })).toEqual({
      response: 't',
      correct: 'f',
    });
    expect(scorm12Responses({ ...answers.likert!, response: ['10'] }).response).toBe('a');
  });

  it('turns any interaction or objective id into a CMIIdentifier', () => {
    expect(scorm12Id('final.2.q-open')).toBe('final_2_q-open');
    expect(scorm12Id('a b/c')).toBe('a_b_c');
    expect(scorm12Id('x'.repeat(300))).toHaveLength(255);
  });
});

describe('SCORM 2004 responses', () => {
  it('writes each type with the reserved [,] and [.] delimiters', () => {
    const written = Object.fromEntries(Object.entries(answers).map(([k, a]) => [k, scorm2004Responses(a)]));
    expect(written).toMatchInlineSnapshot(`
      {
        "likert": {
          "correct": "",
          "response": "3",
        },
        "matching": {
          "correct": "look[.]look[,]listen[.]listen[,]link[.]link",
          "response": "look[.]look[,]listen[.]link[,]link[.]listen",
        },
        "multiple": {
          "correct": "sleep_problems[,]anger[,]withdrawal",
          "response": "sleep_problems[,]withdrawal[,]anger",
        },
        "sequencing": {
          "correct": "prepare[,]look[,]listen[,]link",
          "response": "prepare[,]look[,]listen[,]link",
        },
        "single": {
          "correct": "look",
          "response": "listen",
        },
        "trueFalse": {
          "correct": "false",
          "response": "false",
        },
      }
    `);
  });

  it('never repeats an id in a choice set', () => {
    expect(scorm2004Responses({ ...answers.multiple!, response: ['anger', 'anger'] }).response).toBe('anger');
  });
});
