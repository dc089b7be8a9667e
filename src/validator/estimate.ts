/**
 * Estimates how long a course takes a volunteer: reading time at about 130 words a
 * minute plus the time each activity takes. The course's `estimatedMinutes` must agree.
 */
import { markdownToPlainText } from '../course/markdown.ts';
import type { Block, Course } from '../course/types.ts';
import type { Rule } from './rule-context.ts';

export const WORDS_PER_MINUTE = 130;
/** A learner sees only part of a branching dialogue on each run. */
const SCENARIO_SHARE = 0.6;

export interface Estimate {
  words: number;
  readingMinutes: number;
  activityMinutes: number;
  minutes: number;
}

const words = (text: string | undefined) => (text ? markdownToPlainText(text).split(/\s+/).filter(Boolean).length : 0);
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** Words read and minutes spent on one block. */
export function blockCost(block: Block): { words: number; minutes: number } {
  switch (block.type) {
    case 'text':
      return { words: words(block.title) + words(block.body), minutes: 0 };
    case 'callout':
      return { words: words(block.title) + words(block.body), minutes: 0 };
    case 'image':
      return { words: words(block.caption), minutes: 0.1 };
    case 'audio':
    case 'video':
      return { words: words(block.title), minutes: block.durationSeconds / 60 };
    case 'reveal':
      return {
        words: words(block.title) + sum(block.items.map((i) => words(i.title) + words(i.body))),
        minutes: 0.1 * block.items.length,
      };
    case 'reflection':
      return { words: words(block.prompt), minutes: 3 };
    case 'checklist':
      return { words: words(block.prompt) + sum(block.items.map((i) => words(i.text))), minutes: 1 };
    case 'plan':
      return { words: words(block.title) + words(block.intro), minutes: 2 };
    case 'contacts':
      return { words: words(block.title) + words(block.intro), minutes: 0.5 };
    case 'likert':
      return {
        words: words(block.prompt) + sum(block.statements.map((s) => words(s.text))),
        minutes: 0.2 * block.statements.length,
      };
    case 'scenario': {
      const nodeWords = sum(
        block.nodes.map((n) => words(n.text) + sum((n.choices ?? []).map((c) => words(c.text) + words(c.feedback)))),
      );
      const decisions = block.nodes.filter((n) => n.choices).length;
      return { words: words(block.intro) + nodeWords * SCENARIO_SHARE, minutes: 0.5 * decisions * SCENARIO_SHARE };
    }
    default: {
      // Questions: the prompt, the options, and one piece of feedback.
      const feedback = Math.max(words(block.feedback.correct), words(block.feedback.incorrect));
      const options =
        block.type === 'matching'
          ? sum(block.pairs.map((p) => words(p.prompt) + words(p.match))) +
            sum(block.distractors.map((d) => words(d.text)))
          : block.type === 'ordering'
            ? sum(block.items.map((i) => words(i.text)))
            : block.type === 'true-false'
              ? 2
              : sum(block.choices.map((c) => words(c.text)));
      const parts = block.type === 'matching' ? block.pairs.length : block.type === 'ordering' ? block.items.length : 2;
      return { words: words(block.prompt) + options + feedback, minutes: 0.25 + 0.15 * parts };
    }
  }
}

/** The estimate for a whole course, assessment included. */
export function estimateCourse(course: Course): Estimate {
  let total = words(course.title) + words(course.description) + words(course.contentNote?.body);
  let activity = 0;
  for (const lesson of course.lessons) {
    total += words(lesson.title) + words(lesson.description);
    for (const page of lesson.pages) {
      total += words(page.title);
      for (const block of page.blocks) {
        const cost = blockCost(block);
        total += cost.words;
        activity += cost.minutes;
      }
    }
  }
  if (course.assessment) {
    const pool = course.assessment.questions.map(blockCost);
    const drawn = (course.assessment.draw ?? pool.length) / pool.length;
    total += words(course.assessment.intro) + sum(pool.map((c) => c.words)) * drawn;
    activity += sum(pool.map((c) => c.minutes)) * drawn;
  }
  const readingMinutes = total / WORDS_PER_MINUTE;
  return {
    words: Math.round(total),
    readingMinutes,
    activityMinutes: activity,
    minutes: Math.round(readingMinutes + activity),
  };
}

/** The range of `estimatedMinutes` that agrees with an estimate: within 20%, or 3 minutes for short courses. */
export function agreeingRange(minutes: number): [number, number] {
  const slack = Math.max(3, Math.round(minutes * 0.2));
  return [Math.max(1, minutes - slack), minutes + slack];
}

export const estimateAgrees: Rule = ({ course, report }) => {
  const estimate = estimateCourse(course);
  const [low, high] = agreeingRange(estimate.minutes);
  if (course.estimatedMinutes < low || course.estimatedMinutes > high) {
    report(['estimatedMinutes'], 'estimate-disagrees', {
      declared: course.estimatedMinutes,
      minutes: estimate.minutes,
      words: estimate.words,
      wordsPerMinute: WORDS_PER_MINUTE,
      readingMinutes: estimate.readingMinutes,
      activityMinutes: estimate.activityMinutes,
      low,
      high,
    });
  }
};
