/**
 * Proves, from the explored machine, that a course can be finished: every page can be
 * reached, every scenario node can be reached and every scenario can end, completion is
 * reachable, and no reachable state is a trap from which the course can no longer be
 * completed (or reach the failure outcome the course defines).
 */
import type { Course } from '../course/types.ts';
import { indexCourse } from './course-index.ts';
import { type CourseSnapshot, type ExploredCourse, exploreCourse } from './explore.ts';
import { replayScenario } from './scenario.ts';
import { courseStatus } from './selectors.ts';

/** Where in the machine a learner gets stuck. */
export type StuckAt = { on: 'page'; page: string } | { on: 'assessment' } | { on: 'state'; state: unknown };

/**
 * What each kind of flow problem names. The engine sits below the validator, so it returns
 * these facts and the validator's error catalogue words them.
 */
export interface FlowProblemParams {
  'unreachable-page': { page: string };
  'unreachable-node': { node: string; scenario: string };
  'unfinishable-scenario': { scenario: string };
  'completion-unreachable': { when: readonly string[] };
  'trap-state': { stuck: StuckAt };
  'too-complex': { reason: string };
}

export type FlowProblemId = keyof FlowProblemParams;

export type FlowProblem = {
  [Id in FlowProblemId]: {
    /** JSON path in course.json of the item concerned. */
    path: (string | number)[];
    rule: Id;
    params: FlowProblemParams[Id];
  };
}[FlowProblemId];

/** A finished outcome: the course is complete, or the learner has failed for good. */
export function isOutcome(course: Course, snapshot: CourseSnapshot): boolean {
  return failedOut(course, snapshot) || isCompleted(course, snapshot);
}

/** No attempts left and never passed, read straight from the history. */
function failedOut(course: Course, { context }: CourseSnapshot): boolean {
  const max = course.assessment?.maxAttempts;
  return max !== undefined && context.history.count >= max && !((context.history.bestScore ?? -1) >= context.passMark);
}

/** Completion, with a quick "no" while pages are unseen, so checking every state stays linear. */
function isCompleted(course: Course, snapshot: CourseSnapshot): boolean {
  const unseen = snapshot.context.visited.size < indexCourse(course).pages.length;
  if (unseen && course.completion.when.includes('pages-complete') && !failedOut(course, snapshot)) return false;
  return courseStatus(course, snapshot.context).completion === 'completed';
}

function stuckAt(snapshot: CourseSnapshot): StuckAt {
  if (snapshot.matches('page')) return { on: 'page', page: snapshot.context.pageId };
  if (snapshot.matches('assessment')) return { on: 'assessment' };
  return { on: 'state', state: snapshot.value };
}

/** Checks a course's flow and returns every problem found, each with the ids involved. */
export function verifyCourseFlow(course: Course, explored?: ExploredCourse): FlowProblem[] {
  let graph: ExploredCourse;
  try {
    graph = explored ?? exploreCourse(course);
  } catch (error) {
    return [{ path: ['lessons'], rule: 'too-complex', params: { reason: (error as Error).message } }];
  }
  return [...unreachableItems(course, graph), ...completionProblems(course, graph)];
}

/**
 * What the learner can see across all reachable states: pages, scenario nodes, finished
 * scenarios. A scenario moves only on its own page, so every state it reaches shows in a
 * state on that page; reading just the page's scenarios keeps this linear in the course.
 */
function seenInGraph(course: Course, graph: ExploredCourse) {
  const index = indexCourse(course);
  const pages = new Set<string>();
  const nodes = new Map<string, Set<string>>();
  const ended = new Set<string>();
  for (const snapshot of graph.states.values()) {
    if (!snapshot.matches('page')) continue;
    const { pageId, scenarios } = snapshot.context;
    pages.add(pageId);
    for (const scenario of index.pageById.get(pageId)?.scenarios ?? []) {
      const state = scenarios.get(scenario.id);
      if (!state) continue;
      const id = scenario.id;
      const progress = replayScenario(scenario, state);
      const seen = nodes.get(id) ?? new Set<string>();
      for (const step of progress.steps) seen.add(step.node.id);
      nodes.set(id, seen);
      if (progress.completed) ended.add(id);
    }
  }
  return { pages, nodes, ended };
}

/** Pages, scenario nodes and scenario endings that no reachable state shows. */
function unreachableItems(course: Course, graph: ExploredCourse): FlowProblem[] {
  const seen = seenInGraph(course, graph);
  const problems: FlowProblem[] = [];
  course.lessons.forEach((lesson, l) => {
    lesson.pages.forEach((page, p) => {
      const at = ['lessons', l, 'pages', p];
      if (!seen.pages.has(page.id)) {
        problems.push({ path: [...at, 'id'], rule: 'unreachable-page', params: { page: page.id } });
        return;
      }
      page.blocks.forEach((block, b) => {
        if (block.type !== 'scenario') return;
        const nodes = seen.nodes.get(block.id) ?? new Set([block.start]);
        block.nodes.forEach((node, n) => {
          if (!nodes.has(node.id))
            problems.push({
              path: [...at, 'blocks', b, 'nodes', n, 'id'],
              rule: 'unreachable-node',
              params: { node: node.id, scenario: block.id },
            });
        });
        if (!seen.ended.has(block.id))
          problems.push({
            path: [...at, 'blocks', b, 'id'],
            rule: 'unfinishable-scenario',
            params: { scenario: block.id },
          });
      });
    });
  });
  return problems;
}

/** Completion that no path reaches, and the first state from which no outcome can be reached. */
function completionProblems(course: Course, graph: ExploredCourse): FlowProblem[] {
  const problems: FlowProblem[] = [];
  if (![...graph.states.values()].some((s) => isCompleted(course, s)))
    problems.push({
      path: ['completion', 'when'],
      rule: 'completion-unreachable',
      params: { when: course.completion.when },
    });
  const outcomes = new Set([...graph.states].filter(([, s]) => isOutcome(course, s)).map(([key]) => key));
  const canFinish = reachingAny(graph, outcomes);
  const trap = [...graph.states].find(([key, s]) => !canFinish.has(key) && s.status === 'active' && outcomes.size > 0);
  if (trap) problems.push({ path: ['lessons'], rule: 'trap-state', params: { stuck: stuckAt(trap[1]) } });
  return problems;
}

/** Backwards from the targets: every state with a path to one of them. The rest are traps. */
function reachingAny(graph: ExploredCourse, targets: ReadonlySet<string>): Set<string> {
  const reverse = new Map<string, string[]>();
  for (const [from, out] of graph.edges)
    for (const { to } of out) {
      const into = reverse.get(to);
      if (into) into.push(from);
      else reverse.set(to, [from]);
    }
  const reached = new Set(targets);
  const queue = [...targets];
  while (queue.length)
    for (const from of reverse.get(queue.pop()!) ?? []) {
      if (reached.has(from)) continue;
      reached.add(from);
      queue.push(from);
    }
  return reached;
}
