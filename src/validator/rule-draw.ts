/**
 * The assessment's draw can keep its promises: the questions marked `alwaysDraw` and the
 * questions each objective needs (`drawPerObjective`) fit in every attempt, whatever the
 * shuffle. The engine's own `drawNeeds` decides, so the validator and the draw agree.
 */
import { drawNeeds } from '../engine/draw.ts';
import type { Rule } from './rule-context.ts';
import { walkBlocks } from './walk.ts';

export const drawRules: Rule = ({ course, report }) => {
  for (const { item: block, path, graded } of walkBlocks(course)) {
    if (!graded && 'alwaysDraw' in block && block.alwaysDraw)
      report([...path, 'alwaysDraw'], 'always-draw-practice', {});
  }
  const assessment = course.assessment;
  const needs = drawNeeds(course);
  if (!assessment || !needs || needs.fits) return;
  for (const { objective, count } of needs.short)
    report(['assessment', 'drawPerObjective'], 'objective-pool-too-small', {
      objective,
      count,
      perObjective: needs.perObjective,
    });
  // Too few questions on an objective is the first thing to fix; the size of the draw follows from it.
  if (needs.short.length || assessment.draw === undefined) return;
  report(['assessment', 'draw'], 'draw-too-small', {
    draw: assessment.draw,
    always: needs.always,
    perObjective: needs.perObjective,
    objectives: course.objectives.length,
    needed: needs.needed,
  });
};
