/**
 * Lints: patterns that let a learner guess instead of understand. They are warnings,
 * printed after the errors, and never fail validation or packaging. Knowledge checks and
 * the assessment pool count together, and a pattern is judged only once a course has at
 * least three questions of the kind (a third of fewer is less than one question).
 */
import { markdownToPlainText } from '../course/markdown.ts';
import type { BlockOf, Course } from '../course/types.ts';
import { drawNeeds, drawSize } from '../engine/draw.ts';
import type { JsonPath, Report } from './problem.ts';
import type { Located } from './walk.ts';
import { walkBlocks } from './walk.ts';

export type Lint = (course: Course, report: Report) => void;

const ENOUGH = 3;

function questionsOf<T extends 'single-choice' | 'multiple-choice' | 'true-false'>(
  course: Course,
  type: T,
): Located<BlockOf<T>>[] {
  return [...walkBlocks(course)].filter((b): b is typeof b & Located<BlockOf<T>> => b.item.type === type);
}

/** Characters a learner reads in a choice. */
const length = (markdown: string) => [...markdownToPlainText(markdown).trim()].length;

/** The correct single-choice answer is the strictly longest in more than a third of the questions. */
export const longestAnswerBias: Lint = (course, report) => {
  const questions = questionsOf(course, 'single-choice');
  const biased = questions.flatMap(({ item, path }) => {
    const index = item.choices.findIndex((c) => c.id === item.correct);
    const correct = index < 0 ? 0 : length(item.choices[index]!.text);
    const longest = index >= 0 && item.choices.every((c, i) => i === index || length(c.text) < correct);
    return longest ? [{ id: item.id, at: [...path, 'choices', index, 'text'] as JsonPath }] : [];
  });
  if (questions.length < ENOUGH || biased.length * 3 <= questions.length) return;
  report(biased[0]!.at, 'longest-answer-bias', { longest: biased.map((b) => b.id), total: questions.length });
};

/** Fewer than a third of the true/false statements are true, or fewer than a third false. */
export const oneSidedTrueFalse: Lint = (course, report) => {
  const questions = questionsOf(course, 'true-false');
  const total = questions.length;
  const trueCount = questions.filter((q) => q.item.correct).length;
  if (total < ENOUGH) return;
  for (const side of [true, false]) {
    const count = side ? trueCount : total - trueCount;
    if (count * 3 >= total) continue;
    const first = questions.find((q) => q.item.correct !== side)!;
    report([...first.path, 'correct'], 'one-sided-true-false', { side, count, total });
  }
};

/** Every multiple-choice question has the same number of correct answers. */
export const fixedCorrectCount: Lint = (course, report) => {
  const questions = questionsOf(course, 'multiple-choice');
  const counts = new Set(questions.map((q) => new Set(q.item.correct).size));
  if (questions.length < ENOUGH || counts.size !== 1) return;
  report([...questions[0]!.path, 'correct'], 'fixed-correct-count', {
    count: [...counts][0]!,
    total: questions.length,
  });
};

/** Some shuffle gives an attempt no question on an objective. */
export const objectiveCanBeMissed: Lint = (course, report) => {
  const assessment = course.assessment;
  const needs = drawNeeds(course);
  // A draw by objective that fits covers every objective; one that does not fit is already an error.
  if (!assessment || !needs || needs.perObjective || !needs.fits) return;
  const always = assessment.questions.filter((q) => q.alwaysDraw);
  const open = drawSize(assessment) - always.length;
  const at: JsonPath = assessment.draw === undefined ? ['assessment', 'questions'] : ['assessment', 'draw'];
  const unpooled: string[] = [];
  const missable: string[] = [];
  for (const { id } of course.objectives) {
    const on = assessment.questions.filter((q) => q.objectives.includes(id)).length;
    if (always.some((q) => q.objectives.includes(id))) continue;
    // The open places can all go to questions off the objective when there are enough of them.
    const off = assessment.questions.length - always.length - on;
    if (!on) unpooled.push(id);
    else if (off >= open) missable.push(id);
  }
  if (missable.length) report(at, 'objective-can-be-missed', { objectives: missable, inPool: true });
  if (unpooled.length) report(at, 'objective-can-be-missed', { objectives: unpooled, inPool: false });
};

/** Every lint, run on the source course. */
export const LINTS: Lint[] = [longestAnswerBias, oneSidedTrueFalse, fixedCorrectCount, objectiveCanBeMissed];

// Only answer lengths change with the language; the other patterns would repeat the source's warnings.
export const TRANSLATION_LINTS: Lint[] = [longestAnswerBias];
