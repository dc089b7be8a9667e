/** Correct answers point at choices that exist, and matching answers are unambiguous. */
import type { Rule } from './rule-context.ts';
import { listIds } from './rule-context.ts';
import { walkBlocks } from './walk.ts';

export const correctAnswers: Rule = ({ course, report }) => {
  for (const { item: block, path } of walkBlocks(course)) {
    if (block.type === 'single-choice') {
      const ids = block.choices.map((c) => c.id);
      if (!ids.includes(block.correct)) {
        report(
          [...path, 'correct'],
          'unknown-choice',
          `"${block.correct}" is not one of this question's choices (${listIds(ids)}). Use the id of a choice`,
        );
      }
    } else if (block.type === 'multiple-choice') {
      const ids = block.choices.map((c) => c.id);
      const seen = new Set<string>();
      block.correct.forEach((ref, i) => {
        if (!ids.includes(ref))
          report(
            [...path, 'correct', i],
            'unknown-choice',
            `"${ref}" is not one of this question's choices (${listIds(ids)}). Use the id of a choice`,
          );
        else if (seen.has(ref))
          report(
            [...path, 'correct', i],
            'duplicate-answer',
            `"${ref}" is listed twice. List each correct choice once`,
          );
        seen.add(ref);
      });
      if (seen.size === ids.length) {
        report(
          [...path, 'correct'],
          'all-correct',
          'every choice is correct, so the question tests nothing. Add at least one choice that is not correct',
        );
      }
    } else if (block.type === 'matching') {
      const seen = new Map<string, number>();
      [...block.pairs.map((p) => p.match), ...block.distractors.map((d) => d.text)].forEach((text, i) => {
        const key = text.trim().toLowerCase();
        const isPair = i < block.pairs.length;
        const at = isPair ? [...path, 'pairs', i, 'match'] : [...path, 'distractors', i - block.pairs.length, 'text'];
        if (seen.has(key))
          report(
            at,
            'ambiguous-match',
            `"${text}" appears twice among the answers, so the learner cannot tell them apart. Make every answer different`,
          );
        seen.set(key, i);
      });
    }
  }
};
