/**
 * The correct answer to every question of a course, in words, for reviewing a course
 * beside the player. It reads the engine's own correctResponse, so the key can never
 * disagree with how answers are judged.
 */
import { isQuestion } from '../course/kinds.ts';
import { markdownToPlainText } from '../course/markdown.ts';
import type { Course, Question } from '../course/types.ts';
import { correctResponse } from '../engine/scoring.ts';

export interface AnswerKeyEntry {
  questionId: string;
  /** The page title for a knowledge check, or "Assessment". */
  where: string;
  prompt: string;
  /** One line per part of the answer, in order. */
  answer: string[];
  /** The lines are a sequence (ordering questions), not a set. */
  ordered: boolean;
}

/** Every knowledge check in page order, then every assessment question (the whole pool, not one learner's draw). */
export function answerKey(course: Course): AnswerKeyEntry[] {
  const entries: AnswerKeyEntry[] = [];
  for (const page of course.lessons.flatMap((lesson) => lesson.pages)) {
    for (const block of page.blocks) if (isQuestion(block)) entries.push(entryFor(block, page.title));
  }
  for (const question of course.assessment?.questions ?? []) entries.push(entryFor(question, 'Assessment'));
  return entries;
}

function entryFor(question: Question, where: string): AnswerKeyEntry {
  return {
    questionId: question.id,
    where,
    prompt: markdownToPlainText(question.prompt),
    answer: answerLines(question),
    ordered: question.type === 'ordering',
  };
}

function answerLines(question: Question): string[] {
  const ids = correctResponse(question);
  switch (question.type) {
    case 'single-choice':
    case 'multiple-choice': {
      const text = new Map(question.choices.map((c) => [c.id, markdownToPlainText(c.text)]));
      return ids.map((id) => text.get(id) ?? id);
    }
    case 'true-false':
      return [ids[0] === 'true' ? 'True' : 'False'];
    case 'ordering':
      return question.items.map((item) => item.text);
    case 'matching':
      return question.pairs.map((pair) => `${pair.prompt} → ${pair.match}`);
  }
}
