/** Replaying a branching scenario from its saved path. */
import type { ScenarioBlock, ScenarioNode } from '../course/types.ts';
import type { ScenarioState } from './context.ts';

export interface ScenarioStep {
  node: ScenarioNode;
  /** The choice taken at this node; absent on the node the learner is at now. */
  choiceId?: string;
}

export interface ScenarioProgress {
  steps: ScenarioStep[];
  /** The node the learner is at now. */
  current: ScenarioNode;
  /** The current run has reached an ending. */
  ended: boolean;
  /** Some run has reached an ending. */
  completed: boolean;
}

/**
 * Walks a scenario along the saved choices. A choice that no longer exists (after the
 * course changed) ends the replay there, so a stale path can never crash or mislead.
 */
export function replayScenario(scenario: ScenarioBlock, state: ScenarioState | undefined): ScenarioProgress {
  const nodes = new Map(scenario.nodes.map((n) => [n.id, n]));
  let current = nodes.get(scenario.start) ?? scenario.nodes[0]!;
  const steps: ScenarioStep[] = [];
  for (const choiceId of state?.path ?? []) {
    const choice = current.choices?.find((c) => c.id === choiceId);
    const next = choice && nodes.get(choice.next);
    if (!next) break;
    steps.push({ node: current, choiceId });
    current = next;
  }
  steps.push({ node: current });
  return { steps, current, ended: !!current.ending, completed: !!state?.completed || !!current.ending };
}
