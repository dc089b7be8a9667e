/** Ids are unique across the course, sub-ids within their parent, and references resolve. */

import type { JsonPath } from './problem.ts';
import type { Rule } from './rule-context.ts';
import { suggest } from './schema-messages.ts';
import { walkBlocks, walkIdentified } from './walk.ts';

/** Names every JavaScript object already has: progress stored under one would be misread as saved. */
const OBJECT_NAMES = new Set(['constructor', 'prototype', '__proto__']);

export const uniqueIds: Rule = ({ course, report }) => {
  const first = new Map<string, JsonPath>();
  for (const { item, path } of walkIdentified(course)) {
    const earlier = first.get(item.id);
    // Translation keys start with the owning id, and "course." is taken by the course's own strings.
    if (item.id === 'course' || OBJECT_NAMES.has(item.id)) report([...path, 'id'], 'reserved-id', { id: item.id });
    else if (earlier) report([...path, 'id'], 'duplicate-id', { scope: 'course', id: item.id, first: earlier });
    else first.set(item.id, path);
  }
  // Choices, pairs, nodes and the like only need to be unique inside their own block.
  for (const { item: block, path } of walkBlocks(course)) {
    const groups: [string, { id: string }[]][] = [];
    if ('choices' in block) groups.push(['choices', block.choices]);
    if (block.type === 'matching') {
      groups.push(['pairs', block.pairs]);
      const pairIds = new Set(block.pairs.map((pair) => pair.id));
      block.distractors.forEach((d, i) => {
        if (pairIds.has(d.id)) report([...path, 'distractors', i, 'id'], 'duplicate-id', { scope: 'pair', id: d.id });
      });
      groups.push(['distractors', block.distractors]);
    }
    if ('items' in block) groups.push(['items', block.items]);
    if ('statements' in block) groups.push(['statements', block.statements]);
    if (block.type === 'scenario') {
      groups.push(['nodes', block.nodes], ['characters', block.characters]);
      block.nodes.forEach((node, n) => {
        if (node.choices) checkGroup(node.choices, [...path, 'nodes', n, 'choices'], 'choices');
      });
    }
    for (const [field, items] of groups) checkGroup(items, [...path, field], field);
  }

  function checkGroup(items: { id: string }[], path: JsonPath, field: string) {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (OBJECT_NAMES.has(item.id)) report([...path, i, 'id'], 'reserved-id', { id: item.id });
      else if (seen.has(item.id))
        report([...path, i, 'id'], 'duplicate-id', { scope: 'block', id: item.id, items: field });
      seen.add(item.id);
    });
  }
};

export const objectiveReferences: Rule = ({ course, report }) => {
  const objectives = new Set(course.objectives.map((o) => o.id));
  const assessed = new Set<string>();
  for (const { item: block, path } of walkBlocks(course)) {
    if (!('objectives' in block)) continue;
    block.objectives.forEach((ref, i) => {
      if (objectives.has(ref)) {
        assessed.add(ref);
        return;
      }
      const suggestion = suggest(ref, objectives);
      // A misspelt reference is one mistake: the objective it meant is not also reported as unassessed.
      if (suggestion) assessed.add(suggestion);
      report([...path, 'objectives', i], 'unknown-objective', { ref, objectives: [...objectives], suggestion });
    });
  }
  course.objectives.forEach((objective, i) => {
    if (!assessed.has(objective.id))
      report(['objectives', i, 'id'], 'unassessed-objective', { objective: objective.id });
  });
};
