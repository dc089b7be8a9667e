/** Branching scenarios: every target exists, every node is reachable, every node can reach an ending. */
import type { ScenarioBlock, ScenarioNode } from '../course/types.ts';
import type { JsonPath, Report } from './problem.ts';
import type { Rule } from './rule-context.ts';
import { walkBlocks } from './walk.ts';

export const scenarioGraphs: Rule = ({ course, report }) => {
  for (const { item: block, path } of walkBlocks(course)) {
    if (block.type === 'scenario') checkScenario(block, path, report);
  }
};

function checkScenario(block: ScenarioBlock, path: JsonPath, report: Report) {
  const broken = checkNodes(block, path, report);
  if (!block.nodes.some((node) => node.ending)) {
    report([...path, 'nodes'], 'no-ending', {});
    return;
  }
  // A broken link cuts the graph, so every node past it would be reported too. Fix the links first.
  if (!broken) checkPaths(block, path, report);
}

/** Checks the start, each node's shape, speaker and links. True when a link points nowhere. */
function checkNodes(block: ScenarioBlock, path: JsonPath, report: Report): boolean {
  // Unique, in order: duplicate ids are reported by the id rules, and would only clutter these lists.
  const nodes = [...new Set(block.nodes.map((node) => node.id))];
  const characters = [...new Set(block.characters.map((c) => c.id))];
  let broken = !nodes.includes(block.start);
  if (broken) report([...path, 'start'], 'unknown-node', { ref: block.start, nodes, field: 'start' });
  block.nodes.forEach((node, n) => {
    const at = [...path, 'nodes', n];
    if (node.choices && node.ending) report([...at, 'ending'], 'node-shape', { node: node.id, has: 'both' });
    if (!node.choices && !node.ending) report(at, 'node-shape', { node: node.id, has: 'neither' });
    if (node.speaker && !characters.includes(node.speaker))
      report([...at, 'speaker'], 'unknown-character', { speaker: node.speaker, characters });
    node.choices?.forEach((choice, c) => {
      if (nodes.includes(choice.next)) return;
      broken = true;
      report([...at, 'choices', c, 'next'], 'unknown-node', { ref: choice.next, nodes, field: 'next' });
    });
  });
  return broken;
}

/** Reports nodes the start never leads to, and nodes with no way to an ending. */
function checkPaths(block: ScenarioBlock, path: JsonPath, report: Report) {
  const reached = reachableFromStart(block);
  const canFinish = nodesThatCanEnd(block.nodes);
  block.nodes.forEach((node, n) => {
    if (!reached.has(node.id))
      report([...path, 'nodes', n, 'id'], 'unreachable-node', { node: node.id, start: block.start });
    else if (!canFinish.has(node.id) && node.choices)
      report([...path, 'nodes', n, 'id'], 'dead-end-node', { node: node.id });
  });
}

/** Forward from the start: the nodes the learner can ever see. */
function reachableFromStart(block: ScenarioBlock): Set<string> {
  const nodes = new Map(block.nodes.map((node) => [node.id, node]));
  const reached = new Set<string>();
  const queue = [block.start];
  while (queue.length) {
    const id = queue.pop()!;
    if (reached.has(id)) continue;
    reached.add(id);
    for (const choice of nodes.get(id)?.choices ?? []) if (nodes.has(choice.next)) queue.push(choice.next);
  }
  return reached;
}

/** Backward from the endings: the nodes that still have a way out. */
function nodesThatCanEnd(nodes: readonly ScenarioNode[]): Set<string> {
  const canEnd = new Set(nodes.filter((node) => node.ending).map((node) => node.id));
  for (let changed = true; changed; ) {
    changed = false;
    for (const node of nodes) {
      if (!canEnd.has(node.id) && node.choices?.some((choice) => canEnd.has(choice.next))) {
        canEnd.add(node.id);
        changed = true;
      }
    }
  }
  return canEnd;
}
