/** Branching scenarios: every target exists, every node is reachable, every node can reach an ending. */
import type { ScenarioBlock } from '../course/types.ts';
import type { JsonPath } from './problem.ts';
import type { Rule } from './rule-context.ts';
import { listIds } from './rule-context.ts';
import { walkBlocks } from './walk.ts';

export const scenarioGraphs: Rule = ({ course, report }) => {
  for (const { item: block, path } of walkBlocks(course)) {
    if (block.type === 'scenario') checkScenario(block, path, report);
  }
};

function checkScenario(
  block: ScenarioBlock,
  path: JsonPath,
  report: (path: JsonPath, rule: string, message: string) => void,
) {
  const nodes = new Map(block.nodes.map((node) => [node.id, node]));
  const characters = new Set(block.characters.map((c) => c.id));
  const nodeIds = listIds(nodes.keys());

  let broken = !nodes.has(block.start);
  if (broken) {
    report(
      [...path, 'start'],
      'unknown-node',
      `"${block.start}" is not a node of this scenario (${nodeIds}). Use the id of the first node`,
    );
  }
  block.nodes.forEach((node, n) => {
    const at = [...path, 'nodes', n];
    if (node.choices && node.ending)
      report(
        [...at, 'ending'],
        'node-shape',
        `node "${node.id}" has both choices and an ending. Give it choices to go on, or an ending to stop, not both`,
      );
    if (!node.choices && !node.ending)
      report(
        at,
        'node-shape',
        `node "${node.id}" has neither choices nor an ending, so the dialogue stops without an outcome. Add "choices" or an "ending"`,
      );
    if (node.speaker && !characters.has(node.speaker)) {
      report(
        [...at, 'speaker'],
        'unknown-character',
        `"${node.speaker}" is not a character of this scenario${characters.size ? ` (${listIds(characters)})` : ''}. Add it to "characters", or leave "speaker" out for narration`,
      );
    }
    node.choices?.forEach((choice, c) => {
      if (!nodes.has(choice.next)) {
        broken = true;
        report(
          [...at, 'choices', c, 'next'],
          'unknown-node',
          `"${choice.next}" is not a node of this scenario (${nodeIds}). Point "next" at an existing node`,
        );
      }
    });
  });
  if (!block.nodes.some((node) => node.ending)) {
    report(
      [...path, 'nodes'],
      'no-ending',
      'this scenario has no ending, so the learner can never finish it. Give at least one node an "ending"',
    );
    return;
  }
  // A broken link cuts the graph, so every node past it would be reported too. Fix the links first.
  if (broken) return;

  // Forward from the start: which nodes can the learner ever see?
  const reached = new Set<string>();
  const queue = [block.start];
  while (queue.length) {
    const id = queue.pop()!;
    if (reached.has(id)) continue;
    reached.add(id);
    for (const choice of nodes.get(id)?.choices ?? []) if (nodes.has(choice.next)) queue.push(choice.next);
  }
  // Backward from the endings: which nodes still have a way out?
  const canFinish = new Set(block.nodes.filter((node) => node.ending).map((node) => node.id));
  for (let changed = true; changed; ) {
    changed = false;
    for (const node of block.nodes) {
      if (!canFinish.has(node.id) && node.choices?.some((choice) => canFinish.has(choice.next))) {
        canFinish.add(node.id);
        changed = true;
      }
    }
  }
  block.nodes.forEach((node, n) => {
    if (!reached.has(node.id)) {
      report(
        [...path, 'nodes', n, 'id'],
        'unreachable-node',
        `node "${node.id}" can never be reached from the start "${block.start}". Point a choice at it, or remove it`,
      );
    } else if (!canFinish.has(node.id) && node.choices) {
      report(
        [...path, 'nodes', n, 'id'],
        'dead-end-node',
        `node "${node.id}" has no way to any ending: every path from it loops or stops. Point one of its choices towards an ending`,
      );
    }
  });
}
