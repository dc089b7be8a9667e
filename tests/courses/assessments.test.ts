/**
 * The real courses' assessments test understanding, in every language: answers that
 * cannot be guessed by length or by side, every objective assessed in every attempt and
 * the crisis-referral question always asked, and no warning from the validator.
 */
import { describe, expect, it } from 'vitest';
import { markdownToPlainText } from '../../src/course/markdown.ts';
import type { BlockOf, Course, Question } from '../../src/course/types.ts';
import { drawQuestions } from '../../src/engine/draw.ts';
import { hash32 } from '../../src/engine/random.ts';
import { courseChecks } from '../../src/validator/flow-check.ts';
import { nodeCourseFolder } from '../../src/validator/node-folder.ts';
import { formatProblemLine } from '../../src/validator/problem.ts';
import { validateCourseFolder } from '../../src/validator/validate-course.ts';
import { loadCourse, ROOT } from '../support/courses.ts';

const REAL = ['communication', 'listening', 'self-care'];
/** Learner seeds spread over the 32-bit range, as fresh learners get. */
const SEEDS = Array.from({ length: 10_000 }, (_, i) => hash32(`learner-${i}`));

const languages = REAL.flatMap((id) =>
  loadCourse(`${ROOT}/courses/${id}`).map((v) => ({ name: `${id} (${v.course.language})`, course: v.course })),
);

/** Knowledge checks and the assessment pool together. */
const questionsOf = (course: Course): Question[] => [
  ...course.lessons.flatMap((l) => l.pages.flatMap((p) => p.blocks)).filter((b): b is Question => 'correct' in b),
  ...(course.assessment?.questions ?? []),
];
const ofType = <T extends Question['type']>(course: Course, type: T) =>
  questionsOf(course).filter((q): q is Extract<Question, { type: T }> => q.type === type);

/** Ids of the single-choice questions whose correct answer is strictly the longest choice a learner reads. */
function longestCorrect(course: Course): string[] {
  const length = (text: string) => [...markdownToPlainText(text).trim()].length;
  return ofType(course, 'single-choice')
    .filter((q: BlockOf<'single-choice'>) => {
      const right = length(q.choices.find((c) => c.id === q.correct)!.text);
      return q.choices.every((c) => c.id === q.correct || length(c.text) < right);
    })
    .map((q) => q.id);
}

describe.each(languages)('$name', ({ course }) => {
  it('makes the correct single-choice answer the strictly longest in at most a third of the questions', () => {
    const total = ofType(course, 'single-choice').length;
    expect(total).toBeGreaterThanOrEqual(3);
    expect(longestCorrect(course).length * 3, longestCorrect(course).join(', ')).toBeLessThanOrEqual(total);
  });

  it('makes at least a third of the true/false statements true, and at least a third false', () => {
    const statements = ofType(course, 'true-false');
    const trueCount = statements.filter((q) => q.correct).length;
    expect(statements.length).toBeGreaterThanOrEqual(3);
    expect(trueCount * 3).toBeGreaterThanOrEqual(statements.length);
    expect((statements.length - trueCount) * 3).toBeGreaterThanOrEqual(statements.length);
  });

  it('varies the number of correct answers in multiple choice', () => {
    const counts = new Set(ofType(course, 'multiple-choice').map((q) => q.correct.length));
    expect(counts.size).toBeGreaterThan(1);
  });

  const attempts = course.assessment!.maxAttempts!;
  it(`covers every objective and asks the crisis question in every attempt: ${SEEDS.length * attempts} draws (${SEEDS.length} learners × ${attempts} attempts)`, () => {
    const assessment = course.assessment!;
    expect(assessment.drawPerObjective).toBeGreaterThanOrEqual(1);
    expect(assessment.questions.find((q) => q.id === 'fa-crisis')?.alwaysDraw).toBe(true);
    const pool = new Map(assessment.questions.map((q) => [q.id, q]));
    const always = assessment.questions.filter((q) => q.alwaysDraw).map((q) => q.id);
    const failures: string[] = [];
    let draws = 0;
    for (const seed of SEEDS)
      for (let attempt = 1; attempt <= attempts; attempt++) {
        const drawn = drawQuestions(course, seed, attempt);
        draws += 1;
        const counts = course.objectives.map(
          ({ id }) => drawn.filter((q) => pool.get(q)!.objectives.includes(id)).length,
        );
        if (
          drawn.length !== assessment.draw ||
          new Set(drawn).size !== drawn.length ||
          !always.every((q) => drawn.includes(q)) ||
          counts.some((count) => count < assessment.drawPerObjective!)
        )
          failures.push(`seed ${seed}, attempt ${attempt}: ${drawn.join(' ')}`);
      }
    expect(draws).toBe(SEEDS.length * attempts);
    expect(failures).toEqual([]);
  });
});

describe.each(REAL)('%s', (id) => {
  it('gets no warning from the validator, in any language', () => {
    const { problems, warnings } = validateCourseFolder(nodeCourseFolder(`courses/${id}`, ROOT), courseChecks);
    expect(problems).toEqual([]);
    expect(warnings.map(formatProblemLine)).toEqual([]);
  });
});
