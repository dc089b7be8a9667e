/**
 * Judging answers. A response is always a list of ids:
 * single-choice `[choiceId]`, multiple-choice the chosen ids, true-false `['true']` or
 * `['false']`, ordering the item ids in the learner's order, matching the chosen answer
 * id for each pair in course order (a pair id for its match, or a distractor id).
 */
import type { Question } from '../course/types.ts';

export type Response = readonly string[];

export interface Judgement {
  correct: boolean;
  /** Some parts right, but not all. */
  partial: boolean;
}

/** The correct response, in the same form as a learner's. */
export function correctResponse(question: Question): string[] {
  switch (question.type) {
    case 'single-choice':
      return [question.correct];
    case 'multiple-choice':
      return [...question.correct];
    case 'true-false':
      return [String(question.correct)];
    case 'ordering':
      return question.items.map((item) => item.id);
    case 'matching':
      return question.pairs.map((pair) => pair.id);
  }
}

/** Every option id a response may use, in authored order: choices, true/false, items, or pair and distractor ids. */
export function optionIds(question: Question): string[] {
  switch (question.type) {
    case 'single-choice':
    case 'multiple-choice':
      return question.choices.map((c) => c.id);
    case 'true-false':
      return ['true', 'false'];
    case 'ordering':
      return question.items.map((i) => i.id);
    case 'matching':
      return [...question.pairs.map((p) => p.id), ...question.distractors.map((d) => d.id)];
  }
}

/** True when a response is complete and well formed for this question, so it can be submitted. */
export function isResponseValid(question: Question, response: Response): boolean {
  const allowed = optionIds(question);
  if (!response.every((id) => allowed.includes(id))) return false;
  switch (question.type) {
    case 'single-choice':
    case 'true-false':
      return response.length === 1;
    case 'multiple-choice':
      return response.length >= 1 && new Set(response).size === response.length;
    case 'ordering':
      return response.length === question.items.length && new Set(response).size === response.length;
    case 'matching':
      return response.length === question.pairs.length;
  }
}

/** Judges a valid response. Scoring is all or nothing; `partial` only chooses the feedback. */
export function judge(question: Question, response: Response): Judgement {
  const expected = correctResponse(question);
  if (question.type === 'multiple-choice') {
    const chosen = new Set(response);
    const hits = expected.filter((id) => chosen.has(id)).length;
    const correct = hits === expected.length && chosen.size === expected.length;
    return { correct, partial: !correct && hits > 0 };
  }
  const hits = expected.filter((id, i) => response[i] === id).length;
  const correct = hits === expected.length && response.length === expected.length;
  const multiPart = question.type === 'ordering' || question.type === 'matching';
  return { correct, partial: multiPart && !correct && hits > 0 };
}
