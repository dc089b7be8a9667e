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

export interface FlowProblem {
  /** JSON path in course.json of the item concerned. */
  path: (string | number)[];
  rule:
    | 'unreachable-page'
    | 'unreachable-node'
    | 'unfinishable-scenario'
    | 'completion-unreachable'
    | 'trap-state'
    | 'too-complex';
  message: string;
}

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
  const unseen = snapshot.context.visited.length < indexCourse(course).pages.length;
  if (unseen && course.completion.when.includes('pages-complete') && !failedOut(course, snapshot)) return false;
  return courseStatus(course, snapshot.context).completion === 'completed';
}

function describe(snapshot: CourseSnapshot): string {
  if (snapshot.matches('page')) return `on page "${snapshot.context.pageId}"`;
  if (snapshot.matches('assessment')) return 'in the assessment';
  return `in state ${JSON.stringify(snapshot.value)}`;
}

/** Checks a course's flow and returns every problem found, each with the ids involved. */
export function verifyCourseFlow(course: Course, explored?: ExploredCourse): FlowProblem[] {
  let graph: ExploredCourse;
  try {
    graph = explored ?? exploreCourse(course);
  } catch (error) {
    return [
      {
        path: ['lessons'],
        rule: 'too-complex',
        message: `the course has too many paths to check (${(error as Error).message}). Split long pages or scenarios into smaller ones`,
      },
    ];
  }
  const problems: FlowProblem[] = [];
  const snapshots = [...graph.states.values()];
  const seenPages = new Set(snapshots.filter((s) => s.matches('page')).map((s) => s.context.pageId));
  const seenNodes = new Map<string, Set<string>>();
  const ended = new Set<string>();
  for (const snapshot of snapshots) {
    for (const [id, state] of Object.entries(snapshot.context.scenarios)) {
      const progress = replayScenario(indexCourse(course).scenarios.get(id)!, state);
      const nodes = seenNodes.get(id) ?? new Set<string>();
      for (const step of progress.steps) nodes.add(step.node.id);
      seenNodes.set(id, nodes);
      if (progress.completed) ended.add(id);
    }
  }

  course.lessons.forEach((lesson, l) => {
    lesson.pages.forEach((page, p) => {
      const at = ['lessons', l, 'pages', p];
      if (!seenPages.has(page.id)) {
        problems.push({
          path: [...at, 'id'],
          rule: 'unreachable-page',
          message: `page "${page.id}" can never be reached. Check that every page before it can be completed`,
        });
        return;
      }
      page.blocks.forEach((block, b) => {
        if (block.type !== 'scenario') return;
        const nodes = seenNodes.get(block.id) ?? new Set([block.start]);
        block.nodes.forEach((node, n) => {
          if (!nodes.has(node.id))
            problems.push({
              path: [...at, 'blocks', b, 'nodes', n, 'id'],
              rule: 'unreachable-node',
              message: `scenario node "${node.id}" can never be reached in "${block.id}". Point a choice at it, or remove it`,
            });
        });
        if (!ended.has(block.id))
          problems.push({
            path: [...at, 'blocks', b, 'id'],
            rule: 'unfinishable-scenario',
            message: `scenario "${block.id}" can never reach an ending, so its page can never be completed. Give its nodes a way to an ending`,
          });
      });
    });
  });

  const outcomes = new Set([...graph.states].filter(([, s]) => isOutcome(course, s)).map(([key]) => key));
  if (![...graph.states.values()].some((s) => isCompleted(course, s))) {
    problems.push({
      path: ['completion', 'when'],
      rule: 'completion-unreachable',
      message: `no path through the course meets ${course.completion.when.map((c) => `"${c}"`).join(' and ')}, so it can never be completed. Fix the blocks reported above, or relax the rule`,
    });
  }
  // Backwards from the outcomes: every state that cannot get there is a trap.
  const reverse = new Map<string, string[]>();
  for (const [from, out] of graph.edges) for (const { to } of out) reverse.set(to, [...(reverse.get(to) ?? []), from]);
  const canFinish = new Set(outcomes);
  const queue = [...outcomes];
  while (queue.length)
    for (const from of reverse.get(queue.pop()!) ?? []) {
      if (canFinish.has(from)) continue;
      canFinish.add(from);
      queue.push(from);
    }
  const trap = [...graph.states].find(([key, s]) => !canFinish.has(key) && s.status === 'active' && outcomes.size > 0);
  if (trap) {
    problems.push({
      path: ['lessons'],
      rule: 'trap-state',
      message: `a learner ${describe(trap[1])} can get stuck: from there the course can no longer be completed. Check the gating and scenarios of that page`,
    });
  }
  return problems;
}
