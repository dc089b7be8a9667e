/**
 * What an engine would send during one run of a small course: a progress record that
 * carries its own save time, and one answer of every interaction type.
 */
import type { InteractionRecord, ObjectiveStatus } from '../../src/tracking/tracker.ts';

/** The engine's record format, opaque to the tracker apart from `timestampOf`. */
export const record = (page: string, savedAt = Date.now(), padding = '') =>
  JSON.stringify({ v: 1, page, savedAt, padding });

export const timestampOf = (r: string): number | undefined => {
  const savedAt = (JSON.parse(r) as { savedAt?: unknown }).savedAt;
  return typeof savedAt === 'number' ? savedAt : undefined;
};

const base = {
  weighting: 1,
  latencyMs: 12_340,
  objectives: ['recognise-distress'],
  timestamp: Date.UTC(2025, 4, 6, 7, 8, 9),
};

export const answers: Record<string, InteractionRecord> = {
  single: {
    ...base,
    id: 'final.1.q-first-step',
    type: 'choice',
    description: 'What is the first step of psychological first aid?',
    choices: ['look', 'listen', 'link'],
    response: ['listen'],
    correct: ['look'],
    result: 'incorrect',
  },
  multiple: {
    ...base,
    id: 'final.2.q-signs',
    type: 'choice',
    description: 'Which are common signs of distress?',
    choices: ['sleep-problems', 'anger', 'good-appetite', 'withdrawal'],
    response: ['sleep-problems', 'withdrawal', 'anger'],
    correct: ['sleep-problems', 'anger', 'withdrawal'],
    result: 'correct',
    weighting: 2,
    objectives: ['recognise-distress', 'self-care'],
  },
  trueFalse: {
    ...base,
    id: 'final.3.q-fix',
    type: 'true-false',
    description: 'Helpers should try to fix every problem.',
    response: ['false'],
    correct: ['false'],
    result: 'correct',
  },
  matching: {
    ...base,
    id: 'final.4.q-match',
    type: 'matching',
    description: 'Match each action to its step.',
    choices: ['look', 'listen', 'link', 'distractor-a'],
    response: ['look.look', 'listen.link', 'link.listen'],
    correct: ['look.look', 'listen.listen', 'link.link'],
    result: 'incorrect',
    objectives: ['self-care'],
  },
  sequencing: {
    ...base,
    id: 'final.5.q-order',
    type: 'sequencing',
    description: 'Put the steps in order.',
    response: ['prepare', 'look', 'listen', 'link'],
    correct: ['prepare', 'look', 'listen', 'link'],
    result: 'correct',
  },
  likert: {
    ...base,
    id: 'survey.1.confidence',
    type: 'likert',
    description: 'How confident do you feel offering support?',
    response: ['3'],
    correct: [],
    result: 'neutral',
    weighting: 0,
    objectives: [],
  },
};

export const objectives = (done: boolean): ObjectiveStatus[] => [
  {
    id: 'recognise-distress',
    success: done ? 'passed' : 'unknown',
    completion: done ? 'completed' : 'incomplete',
    scaled: done ? 1 : 0.5,
  },
  { id: 'self-care', success: done ? 'failed' : 'unknown', completion: 'incomplete', scaled: done ? 1 / 3 : undefined },
];
