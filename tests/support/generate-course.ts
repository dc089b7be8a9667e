/**
 * Generates large, valid courses for scale tests and benchmarks: `pages` pages in lessons
 * of ten, with `questions` knowledge checks spread over them (a mix of every question
 * type), and an assessment pool.
 */
import { course as courseSchema } from '../../src/course/course-schema.ts';
import type { CourseInput } from '../../src/course/types.ts';
import { estimateCourse } from '../../src/validator/estimate.ts';

const words = 'listen calm safe support care respect trust help time space voice choice'.split(' ');
const sentence = (n: number, seed: number) =>
  `${Array.from({ length: n }, (_, i) => words[(seed + i * 7) % words.length]).join(' ')}.`;

function question(i: number): Record<string, unknown> {
  const base = {
    id: `q-${i}`,
    prompt: `Question ${i}: ${sentence(8, i)}`,
    objectives: ['obj-1'],
    feedback: { correct: 'Right, because it helps.', incorrect: 'Not quite: look again.' },
  };
  switch (i % 5) {
    case 0:
      return {
        ...base,
        type: 'single-choice',
        choices: [
          { id: 'a', text: 'One' },
          { id: 'b', text: 'Two' },
          { id: 'c', text: 'Three' },
        ],
        correct: 'b',
      };
    case 1:
      return {
        ...base,
        type: 'multiple-choice',
        choices: [
          { id: 'a', text: 'One' },
          { id: 'b', text: 'Two' },
          { id: 'c', text: 'Three' },
          { id: 'd', text: 'Four' },
        ],
        correct: ['a', 'c'],
      };
    case 2:
      return { ...base, type: 'true-false', correct: i % 2 === 0 };
    case 3:
      return {
        ...base,
        type: 'matching',
        pairs: [1, 2, 3, 4].map((n) => ({ id: `p${n}`, prompt: `Prompt ${n}`, match: `Match ${n}` })),
      };
    default:
      return { ...base, type: 'ordering', items: [1, 2, 3, 4, 5].map((n) => ({ id: `s${n}`, text: `Step ${n}` })) };
  }
}

export interface GenerateOptions {
  /** Words on each page's text block; fewer keep a 10,000-page course within the schema's 6,000 minutes. */
  bodyWords?: number;
}

/** The most minutes a course may declare (the schema's limit). */
const MAX_MINUTES = 6000;

/** A course of `pages` pages and `questions` knowledge checks, valid against the schema. */
export function generateCourse(
  pages: number,
  questions: number,
  id = `generated-${pages}`,
  { bodyWords = 30 }: GenerateOptions = {},
): CourseInput {
  const lessons: Record<string, unknown>[] = [];
  for (let p = 0; p < pages; p++) {
    if (p % 10 === 0) lessons.push({ id: `lesson-${p / 10 + 1}`, title: `Lesson ${p / 10 + 1}`, pages: [] });
    const blocks: Record<string, unknown>[] = [{ type: 'text', id: `text-${p}`, body: sentence(bodyWords, p) }];
    // Spread the questions evenly over the pages.
    for (let q = Math.floor((p * questions) / pages); q < Math.floor(((p + 1) * questions) / pages); q++)
      blocks.push(question(q));
    (lessons.at(-1)!.pages as unknown[]).push({ id: `page-${p}`, title: `Page ${p + 1}`, blocks });
  }
  const pool = Array.from({ length: 20 }, (_, i) => ({ ...question(i), id: `final-${i}` }));
  const course = {
    id,
    version: '1.0.0',
    title: `Generated course of ${pages} pages`,
    description: 'Generated for scale tests.',
    language: 'en',
    estimatedMinutes: 60,
    objectives: [{ id: 'obj-1', text: 'Answer the questions.' }],
    lessons,
    assessment: {
      id: 'final',
      title: 'Final check',
      intro: 'Answer these.',
      passMark: 80,
      draw: 10,
      maxAttempts: 3,
      questions: pool,
    },
    completion: { when: ['pages-complete', 'assessment-passed'] },
  } as CourseInput;
  // Declare what the validator will estimate, so the generated course is valid as written; past the
  // schema's limit, the limit, which the validator accepts while it is within 20% of the estimate.
  course.estimatedMinutes = Math.min(MAX_MINUTES, Math.max(1, estimateCourse(courseSchema.parse(course)).minutes));
  return course;
}
