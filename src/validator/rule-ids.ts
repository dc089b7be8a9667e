/** Ids are unique across the course, sub-ids within their parent, and references resolve. */

import { formatPath, type JsonPath } from './problem.ts';
import type { Rule } from './rule-context.ts';
import { listIds } from './rule-context.ts';
import { suggest } from './schema-messages.ts';
import { walkBlocks, walkIdentified } from './walk.ts';

export const uniqueIds: Rule = ({ course, report }) => {
  const first = new Map<string, JsonPath>();
  for (const { item, path } of walkIdentified(course)) {
    const earlier = first.get(item.id);
    // Translation keys start with the owning id, and "course." is taken by the course's own strings.
    if (item.id === 'course') {
      report(
        [...path, 'id'],
        'reserved-id',
        '"course" is reserved for the course\'s own strings in translations. Choose a more specific id',
      );
    } else if (earlier) {
      report(
        [...path, 'id'],
        'duplicate-id',
        `"${item.id}" is already the id at ${formatPath(earlier)}. Ids must be unique across the whole course; give this one a new id`,
      );
    } else {
      first.set(item.id, path);
    }
  }
  // Choices, pairs, nodes and the like only need to be unique inside their own block.
  for (const { item: block, path } of walkBlocks(course)) {
    const groups: [string, { id: string }[]][] = [];
    if ('choices' in block) groups.push(['choices', block.choices]);
    if (block.type === 'matching') {
      groups.push(['pairs', block.pairs]);
      const pairIds = new Set(block.pairs.map((pair) => pair.id));
      block.distractors.forEach((d, i) => {
        if (pairIds.has(d.id))
          report(
            [...path, 'distractors', i, 'id'],
            'duplicate-id',
            `"${d.id}" is already the id of a pair. Give each distractor an id of its own`,
          );
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
      if (seen.has(item.id))
        report(
          [...path, i, 'id'],
          'duplicate-id',
          `"${item.id}" is used twice in this block. Give each of its ${field} a different id`,
        );
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
      const near = suggest(ref, objectives);
      // A misspelt reference is one mistake: the objective it meant is not also reported as unassessed.
      if (near) assessed.add(near);
      report(
        [...path, 'objectives', i],
        'unknown-objective',
        `"${ref}" is not a learning objective of this course (${listIds(objectives)}).${near ? ` Did you mean "${near}"?` : ''} Use the id of an objective, or add it to "objectives"`,
      );
    });
  }
  course.objectives.forEach((objective, i) => {
    if (!assessed.has(objective.id)) {
      report(
        ['objectives', i, 'id'],
        'unassessed-objective',
        `objective "${objective.id}" is not assessed by any question or scenario. List it in the "objectives" of the questions that assess it`,
      );
    }
  });
};
