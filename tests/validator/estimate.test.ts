import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { course as courseSchema } from '../../src/course/course-schema.ts';
import type { Block, Course } from '../../src/course/types.ts';
import { errorMessage } from '../../src/validator/error-catalogue.ts';
import {
  agreeingRange,
  blockCost,
  estimateAgrees,
  estimateCourse,
  WORDS_PER_MINUTE,
} from '../../src/validator/estimate.ts';

const raw = (name: string) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../fixtures/courses/${name}/course.json`, import.meta.url)), 'utf8'));
const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');

/** A one-page course with the given blocks; its title, description, lesson and page title are one word each. */
function courseOf(blocks: unknown[], estimatedMinutes = 5): Course {
  return courseSchema.parse({
    id: 'c',
    version: '1.0.0',
    title: 'Title',
    description: 'Description',
    language: 'en',
    estimatedMinutes,
    objectives: [{ id: 'o', text: 'Objective' }],
    lessons: [{ id: 'l', title: 'Lesson', pages: [{ id: 'p', title: 'Page', blocks }] }],
    completion: { when: ['pages-complete'] },
  });
}

const block = (value: object) => courseOf([value]).lessons[0]!.pages[0]!.blocks[0]! as Block;

describe('estimateCourse', () => {
  it('reads at 130 words a minute (second-language readers) and adds the minutes of activities', () => {
    // 4 words of titles and description, 255 of body, 1 of reflection prompt: 260 words, 2 minutes, plus 3 to reflect.
    const estimate = estimateCourse(
      courseOf([
        { type: 'text', id: 't', body: words(255) },
        { type: 'reflection', id: 'r', prompt: 'Why?' },
      ]),
    );
    expect(WORDS_PER_MINUTE).toBe(130);
    expect(estimate).toEqual({ words: 260, readingMinutes: 2, activityMinutes: 3, minutes: 5 });
  });

  it('counts the words a learner reads, not Markdown markup', () => {
    expect(
      blockCost(
        block({
          type: 'text',
          id: 't',
          title: 'Two words',
          body: '**Call** [the *desk*](https://example.org)\n\n- now',
        }),
      ),
    ).toEqual({ words: 6, minutes: 0 });
  });

  it('counts media by its length and a question by its parts', () => {
    const audio = {
      type: 'audio',
      id: 'a',
      title: 'Welcome',
      src: 'a.ogg',
      durationSeconds: 90,
      captions: [{ src: 'a.vtt', language: 'en', label: 'English' }],
      transcript: 'Hello.',
    };
    expect(blockCost(block(audio))).toEqual({ words: 1, minutes: 1.5 });
    const ordering = {
      type: 'ordering',
      id: 'q',
      prompt: 'Put in order.',
      items: [
        { id: 'a', text: 'One' },
        { id: 'b', text: 'Two' },
        { id: 'c', text: 'Three' },
      ],
      feedback: { correct: 'Yes.', incorrect: 'Not quite.' },
    };
    expect(blockCost(block(ordering))).toEqual({ words: 3 + 3 + 2, minutes: 0.25 + 0.15 * 3 });
  });

  it('counts only the share of the assessment pool each attempt draws', () => {
    const all = courseSchema.parse({ ...raw('sample'), assessment: { ...raw('sample').assessment, draw: undefined } });
    const drawn = courseSchema.parse(raw('sample'));
    const pool = all.assessment!.questions.map(blockCost).reduce((sum, cost) => sum + cost.minutes, 0);
    expect(estimateCourse(all).activityMinutes - estimateCourse(drawn).activityMinutes).toBeCloseTo(pool / 4);
  });

  it('estimates the sample course at the minutes it declares', () => {
    const sample = courseSchema.parse(raw('sample'));
    expect(estimateCourse(sample).minutes).toBe(sample.estimatedMinutes);
  });
});

describe('agreeingRange', () => {
  it('allows 3 minutes either way for short courses and 20% for long ones', () => {
    expect([1, 5, 10, 15, 30, 60].map(agreeingRange)).toEqual([
      [1, 4],
      [2, 8],
      [7, 13],
      [12, 18],
      [24, 36],
      [48, 72],
    ]);
  });
});

describe('estimateAgrees', () => {
  const check = (course: Course) => {
    const reports: string[] = [];
    estimateAgrees({
      course,
      report: (path, rule, params) => reports.push(`${path.join('.')} ${rule}: ${errorMessage(rule, params)}`),
      fileExists: () => true,
    });
    return reports;
  };
  const fiveMinutes = (declared: number) =>
    courseOf(
      [
        { type: 'text', id: 't', body: words(255) },
        { type: 'reflection', id: 'r', prompt: 'Why?' },
      ],
      declared,
    );

  it('accepts a declared time inside the agreeing range', () => {
    expect([2, 5, 8].flatMap((declared) => check(fiveMinutes(declared)))).toEqual([]);
  });

  it('reports a declared time outside it, with the estimate and the range', () => {
    expect(check(fiveMinutes(40))).toMatchInlineSnapshot(`
      [
        "estimatedMinutes estimate-disagrees: says 40 minutes, but the content takes about 5 (260 words at 130 a minute is 2 min, plus 3 min of activities). Set it between 2 and 8",
      ]
    `);
  });
});
