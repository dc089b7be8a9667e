/** The order the player shows a question's options in, fixed by the learner's seed. Used only by page.js and ending.js. */
import type { Question } from '../course/types.ts';
import { seededShuffle } from './random.ts';

/**
 * The order the player shows a question's options in: choices, matching answers, or
 * ordering items. Ordering items never start in the correct order.
 */
export function optionOrder(question: Question, seed: number): string[] {
  switch (question.type) {
    case 'single-choice':
    case 'multiple-choice': {
      const ids = question.choices.map((c) => c.id);
      return question.shuffle ? seededShuffle(ids, seed, question.id) : ids;
    }
    case 'true-false':
      return ['true', 'false'];
    case 'matching': {
      const ids = [...question.pairs.map((p) => p.id), ...question.distractors.map((d) => d.id)];
      return question.shuffle ? seededShuffle(ids, seed, question.id) : ids;
    }
    case 'ordering': {
      const ids = question.items.map((i) => i.id);
      const shuffled = seededShuffle(ids, seed, question.id);
      // A shuffle that happens to be correct would give the answer away: rotate it by one.
      return shuffled.every((id, i) => id === ids[i]) ? [...ids.slice(1), ids[0]!] : shuffled;
    }
  }
}
