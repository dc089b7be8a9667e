/**
 * Responses in a few characters: positions in the question's own lists, in base 36.
 * Positions are safe here because a unit's key covers the ids of those lists.
 */
import type { Question } from '../course/types.ts';
import { optionIds, type Response } from './scoring.ts';

const digit = (n: number) => n.toString(36);

// True/false is stored as 0/1, false first; every other type by its authored option order.
const optionsOf = (question: Question) => (question.type === 'true-false' ? ['false', 'true'] : optionIds(question));

/** @example encodeResponse(trueFalse, ['true']) // '1' */
export function encodeResponse(question: Question, response: Response): string {
  const options = optionsOf(question);
  if (question.type === 'multiple-choice') {
    // A bitmask of the chosen positions.
    return digit(response.reduce((mask, id) => mask | (1 << options.indexOf(id)), 0));
  }
  return response.map((id) => digit(options.indexOf(id))).join('');
}

/** The response a code stands for, or undefined when it does not fit the question. */
export function decodeResponse(question: Question, code: string): Response | undefined {
  const options = optionsOf(question);
  if (!/^[0-9a-z]+$/.test(code)) return undefined;
  if (question.type === 'multiple-choice') {
    const mask = parseInt(code, 36);
    if (!(mask > 0) || mask >= 1 << options.length) return undefined;
    return options.filter((_, i) => mask & (1 << i));
  }
  const ids = [...code].map((c) => options[parseInt(c, 36)]);
  return ids.every((id): id is string => id !== undefined) ? ids : undefined;
}
