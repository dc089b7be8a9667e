/** Runtime facts about the course format that the player needs without zod. */
import type { Block, Page, Question } from './types.ts';

export const QUESTION_TYPES = ['single-choice', 'multiple-choice', 'true-false', 'matching', 'ordering'] as const;

/** True for the five question block types. */
export function isQuestion(block: Block): block is Question {
  return (QUESTION_TYPES as readonly string[]).includes(block.type);
}

/**
 * The blocks besides questions that a learner answers or writes in. The player loads them with
 * the questions, apart from the blocks a learner only reads (issue 16).
 */
export const ACTIVITY_TYPES = ['scenario', 'reflection', 'checklist', 'plan', 'likert'] as const;

/** True for a question or one of ACTIVITY_TYPES. */
export function isActivity(block: Block): boolean {
  return isQuestion(block) || (ACTIVITY_TYPES as readonly string[]).includes(block.type);
}

/** True when `page` has a block the learner answers or writes in. */
export function hasActivities(page: Page): boolean {
  return page.blocks.some(isActivity);
}
