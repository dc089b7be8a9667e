/**
 * Drives a course actor the way a diligent learner would: every page in order, every
 * question answered, every scenario taken to an ending, then the assessment. Used by
 * engine, tracking and benchmark runs.
 */
import type { Actor } from 'xstate';
import type { Course, ScenarioBlock } from '../../src/course/types.ts';
import { indexCourse } from '../../src/engine/course-index.ts';
import type { CourseMachine } from '../../src/engine/course-machine.ts';
import type { EngineEvent } from '../../src/engine/engine-events.ts';
import { wrongResponse } from '../../src/engine/explore.ts';
import { replayScenario } from '../../src/engine/scenario.ts';
import { correctResponse } from '../../src/engine/scoring.ts';
import { currentAssessmentQuestion } from '../../src/engine/transitions.ts';

export interface WalkOptions {
  /** Answer assessment questions correctly (default) or wrongly. */
  assessment?: 'pass' | 'fail';
  /** Stop after this many pages, to leave the course unfinished. */
  pages?: number;
  /** Take the assessment this many times at most. */
  attempts?: number;
  /** Called after each event, e.g. to let fake time pass as a person would. */
  between?: (event: EngineEvent) => void;
}

/** The shortest list of choice ids from a scenario's current node to an ending. */
export function pathToEnding(scenario: ScenarioBlock, from: string): string[] {
  const nodes = new Map(scenario.nodes.map((n) => [n.id, n]));
  const queue: { id: string; path: string[] }[] = [{ id: from, path: [] }];
  const seen = new Set([from]);
  while (queue.length) {
    const { id, path } = queue.shift()!;
    const node = nodes.get(id)!;
    if (node.ending) return path;
    for (const choice of node.choices ?? []) {
      if (seen.has(choice.next)) continue;
      seen.add(choice.next);
      queue.push({ id: choice.next, path: [...path, choice.id] });
    }
  }
  throw new Error(`scenario ${scenario.id} has no ending reachable from ${from}`);
}

let between: WalkOptions['between'];

function send(actor: Actor<CourseMachine>, event: EngineEvent, log?: EngineEvent[]) {
  if (!actor.getSnapshot().can(event))
    throw new Error(`cannot send ${JSON.stringify(event)} in ${JSON.stringify(actor.getSnapshot().value)}`);
  actor.send(event);
  log?.push(event);
  between?.(event);
}

/** Walks the course; returns the events sent. Throws if the machine refuses a step a learner should be able to take. */
export function walkCourse(actor: Actor<CourseMachine>, course: Course, options: WalkOptions = {}): EngineEvent[] {
  const log: EngineEvent[] = [];
  between = options.between;
  const index = indexCourse(course);
  const snapshot = () => actor.getSnapshot();
  if (snapshot().matches('intro')) send(actor, { type: 'course.start' }, log);
  if (snapshot().matches('resumePrompt')) send(actor, { type: 'course.resume' }, log);
  let pagesDone = 0;
  while (snapshot().matches('page')) {
    const entry = index.pageById.get(snapshot().context.pageId)!;
    for (const question of entry.questions) {
      if (!snapshot().context.answers.get(question.id))
        send(actor, { type: 'question.submit', questionId: question.id, response: correctResponse(question) }, log);
    }
    for (const scenario of entry.scenarios) {
      if (snapshot().context.scenarios.get(scenario.id)?.completed) continue;
      const current = replayScenario(scenario, snapshot().context.scenarios.get(scenario.id)).current.id;
      for (const choiceId of pathToEnding(scenario, current))
        send(actor, { type: 'scenario.choose', scenarioId: scenario.id, choiceId }, log);
    }
    for (const block of entry.page.blocks) {
      if (block.type === 'likert')
        send(
          actor,
          {
            type: 'survey.answer',
            blockId: block.id,
            statementId: block.statements[0]!.id,
            value: block.scale.length - 1,
          },
          log,
        );
    }
    pagesDone += 1;
    if (options.pages !== undefined && pagesDone >= options.pages) return log;
    send(actor, { type: 'nav.next' }, log);
  }
  let attempts = 0;
  while (
    snapshot().matches('assessment') &&
    snapshot().can({ type: 'assessment.start' }) &&
    attempts < (options.attempts ?? Infinity)
  ) {
    send(actor, { type: 'assessment.start' }, log);
    attempts += 1;
    for (
      let questionId = currentAssessmentQuestion(snapshot().context);
      questionId;
      questionId = currentAssessmentQuestion(snapshot().context)
    ) {
      const question = index.graded.get(questionId)!;
      const response = options.assessment === 'fail' ? wrongResponse(question)! : correctResponse(question);
      send(actor, { type: 'assessment.answer', questionId, response }, log);
    }
    if (options.assessment !== 'fail') break;
  }
  if (snapshot().can({ type: 'nav.next' }) && snapshot().matches({ assessment: 'result' }))
    send(actor, { type: 'nav.next' }, log);
  return log;
}
