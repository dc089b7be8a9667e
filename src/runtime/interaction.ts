/** Turns an answer the engine reports into the record the tracker writes to the LMS. */
import { markdownToPlainText } from '../course/markdown.ts';
import type { BlockOf, Question } from '../course/types.ts';
import type { InteractionParams, SurveyParams } from '../engine/engine-events.ts';
import { correctResponse, optionIds } from '../engine/scoring.ts';
import type { InteractionRecord, InteractionType } from '../tracking/tracker.ts';

const TYPES: Record<Question['type'], InteractionType> = {
  'single-choice': 'choice',
  'multiple-choice': 'choice',
  'true-false': 'true-false',
  matching: 'matching',
  ordering: 'sequencing',
};

/** Matching answers as `prompt.match` pairs; every other type as given. */
function asPairs(question: Question, response: readonly string[]): string[] {
  return question.type === 'matching' ? question.pairs.map((pair, i) => `${pair.id}.${response[i]}`) : [...response];
}

const describe = (markdown: string) => markdownToPlainText(markdown).replace(/\s+/g, ' ').trim().slice(0, 250);

/** The interaction for a knowledge check or graded answer. Ids: `check.<question>` or `final.<attempt>.<question>`. */
export function questionInteraction(
  question: Question,
  params: InteractionParams,
  latencyMs: number,
  timestamp: number,
): InteractionRecord {
  return {
    id: params.attempt === undefined ? `check.${question.id}` : `final.${params.attempt}.${question.id}`,
    type: TYPES[question.type],
    description: describe(question.prompt),
    response: asPairs(question, params.response),
    correct: asPairs(question, correctResponse(question)),
    // Every option in authored order, so each LMS letter always means the same option.
    choices: optionIds(question),
    result: params.correct ? 'correct' : 'incorrect',
    weighting: question.weight,
    latencyMs,
    timestamp,
    objectives: [...question.objectives],
  };
}

/** The interaction for one survey statement: likert, with no right answer. */
export function surveyInteraction(
  survey: BlockOf<'likert'>,
  params: SurveyParams,
  latencyMs: number,
  timestamp: number,
): InteractionRecord {
  const statement = survey.statements.find((s) => s.id === params.statementId)!;
  return {
    id: `survey.${survey.id}.${statement.id}`,
    type: 'likert',
    description: describe(statement.text),
    response: [String(params.value)],
    correct: [],
    choices: survey.scale.map((_, i) => String(i)),
    result: 'neutral',
    weighting: 0,
    latencyMs,
    timestamp,
    objectives: [],
  };
}
