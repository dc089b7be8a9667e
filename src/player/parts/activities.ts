/**
 * The entry of activities.js: the blocks a learner answers or writes in (knowledge checks,
 * scenarios, reflections, checklists, plans, Likert scales), loaded only for a page that has
 * one. The first page of a course is most often reading only, so what Start waits for leaves
 * them out (issue 16); they come in the background once the first screen is live. Their
 * styles stay in page.css, which the ending's questions use too.
 */
import { ChecklistBlock } from '../blocks/ChecklistBlock.tsx';
import { LikertBlock } from '../blocks/LikertBlock.tsx';
import { PlanBlock } from '../blocks/PlanBlock.tsx';
import { ReflectionBlock } from '../blocks/ReflectionBlock.tsx';
import { ScenarioView } from '../blocks/ScenarioView.tsx';
import { registerPart } from '../load-part.ts';
import { KnowledgeCheck } from '../questions/KnowledgeCheck.tsx';
import type { ActivitiesPart } from './part-types.ts';

registerPart('activities', {
  KnowledgeCheck,
  ScenarioView,
  ReflectionBlock,
  ChecklistBlock,
  PlanBlock,
  LikertBlock,
} satisfies ActivitiesPart);
