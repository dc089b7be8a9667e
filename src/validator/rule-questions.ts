/** Correct answers point at choices that exist, and matching answers are unambiguous. */
import type { Rule } from './rule-context.ts';
import { walkBlocks } from './walk.ts';

export const correctAnswers: Rule = ({ course, report }) => {
  for (const { item: block, path } of walkBlocks(course)) {
    if (block.type === 'single-choice') {
      const choices = block.choices.map((c) => c.id);
      if (!choices.includes(block.correct))
        report([...path, 'correct'], 'unknown-choice', { ref: block.correct, choices });
    } else if (block.type === 'multiple-choice') {
      const choices = block.choices.map((c) => c.id);
      const seen = new Set<string>();
      block.correct.forEach((ref, i) => {
        if (!choices.includes(ref)) report([...path, 'correct', i], 'unknown-choice', { ref, choices });
        else if (seen.has(ref)) report([...path, 'correct', i], 'duplicate-answer', { ref });
        seen.add(ref);
      });
      if (seen.size === choices.length) report([...path, 'correct'], 'all-correct', {});
    } else if (block.type === 'matching') {
      const seen = new Map<string, number>();
      [...block.pairs.map((p) => p.match), ...block.distractors.map((d) => d.text)].forEach((text, i) => {
        const key = text.trim().toLowerCase();
        const isPair = i < block.pairs.length;
        const at = isPair ? [...path, 'pairs', i, 'match'] : [...path, 'distractors', i - block.pairs.length, 'text'];
        if (seen.has(key)) report(at, 'ambiguous-match', { text });
        seen.set(key, i);
      });
    }
  }
};
