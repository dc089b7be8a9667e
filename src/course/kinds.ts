/** Runtime facts about the course format that the player needs without zod. */
import type { Block, Question } from './types.ts';

export const QUESTION_TYPES = ['single-choice', 'multiple-choice', 'true-false', 'matching', 'ordering'] as const;

/** True for the five question block types. */
export function isQuestion(block: Block): block is Question {
  return (QUESTION_TYPES as readonly string[]).includes(block.type);
}
