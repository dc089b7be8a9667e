/**
 * Explores a course's machine with `xstate/graph`, taking from each state the events a
 * learner could send, and returns the graph of reachable states. Verification and the
 * model-based tests read their answers from this graph, so what they prove is proven
 * of the real machine.
 *
 * To keep the graph small without hiding behaviour, the learner answers a page's
 * questions in page order (each one right, wrong, or retried), and the assessment is
 * abstracted to how far the attempt is and the weight earned so far: all that decides
 * what can happen next.
 */
import { createActor, type SnapshotFrom } from 'xstate';
import { type AdjacencyMap, getAdjacencyMap } from 'xstate/graph';
import type { Course, Question } from '../course/types.ts';
import type { ScenarioState } from './context.ts';
import { indexCourse } from './course-index.ts';
import { type CourseMachine, createCourseMachine } from './course-machine.ts';
import type { EngineEvent } from './engine-events.ts';
import { replayScenario } from './scenario.ts';
import { correctResponse, isResponseValid, judge } from './scoring.ts';
import { currentAssessmentQuestion } from './transitions.ts';

export type CourseSnapshot = SnapshotFrom<CourseMachine>;

export interface ExploredCourse {
  machine: CourseMachine;
  /** Every reachable state, by its serialized key. */
  states: Map<string, CourseSnapshot>;
  /** Edges: from a state key, each event taken and the key it leads to. */
  edges: Map<string, { event: EngineEvent; to: string }[]>;
  initial: string;
}

/** A wrong but well-formed response, to explore the wrong-answer branch. */
export function wrongResponse(question: Question): string[] | undefined {
  const right = correctResponse(question);
  const candidates: string[][] =
    question.type === 'single-choice'
      ? question.choices.map((c) => [c.id])
      : question.type === 'multiple-choice'
        ? question.choices.map((c) => [c.id])
        : question.type === 'true-false'
          ? [[String(!question.correct)]]
          : question.type === 'ordering'
            ? [[...right].reverse()]
            : [right.map((_, i) => right[(i + 1) % right.length]!)];
  return candidates.find((r) => isResponseValid(question, r) && !judge(question, r).correct);
}

/** The events a learner could send in a state, narrowed as the module comment explains. */
export function learnerEvents(course: Course, snapshot: CourseSnapshot): EngineEvent[] {
  const ctx = snapshot.context;
  const { pages, pageById } = indexCourse(course);
  if (snapshot.matches('intro') || snapshot.matches('resumePrompt'))
    return [{ type: 'course.start' }, { type: 'course.resume' }];
  const events: EngineEvent[] = [{ type: 'nav.next' }];
  if (snapshot.matches('assessment')) events.push({ type: 'assessment.start' });
  // Learners here move forward page by page, so the menu's shortcuts matter only at the end.
  if (!snapshot.matches('page') || ctx.pageId === pages[pages.length - 1]!.page.id)
    events.push({ type: 'assessment.open' }, { type: 'summary.open' });
  if (snapshot.matches('page')) {
    const entry = pageById.get(ctx.pageId)!;
    const pending = entry.questions.find((q) => {
      const answer = ctx.answers.get(q.id);
      return !answer || answer.phase === 'retrying' || (!answer.correct && answer.tries < q.attempts);
    });
    if (pending) {
      const state = ctx.answers.get(pending.id);
      if (state?.phase === 'feedback') events.push({ type: 'question.retry', questionId: pending.id });
      for (const response of [correctResponse(pending), wrongResponse(pending)]) {
        if (response) events.push({ type: 'question.submit', questionId: pending.id, response });
      }
    }
    for (const scenario of entry.scenarios) {
      const progress = replayScenario(scenario, ctx.scenarios.get(scenario.id));
      if (progress.ended) events.push({ type: 'scenario.restart', scenarioId: scenario.id });
      for (const choice of progress.current.choices ?? [])
        events.push({ type: 'scenario.choose', scenarioId: scenario.id, choiceId: choice.id });
    }
  }
  const questionId = currentAssessmentQuestion(ctx);
  if (snapshot.matches({ assessment: 'question' }) && questionId) {
    const question = indexCourse(course).graded.get(questionId)!;
    for (const response of [correctResponse(question), wrongResponse(question)]) {
      if (response) events.push({ type: 'assessment.answer', questionId, response });
    }
  }
  return events;
}

const isCompleted = (state: ScenarioState) => state.completed;

// The traversal serialises each snapshot once and exploreCourse reads its edges' keys again; snapshots never change.
const keys = new WeakMap<CourseSnapshot, string>();

/** The parts of a state that decide what can happen next. Costs the same however large the course is. */
export function stateKey(course: Course, snapshot: CourseSnapshot): string {
  let key = keys.get(snapshot);
  if (key === undefined) {
    key = computeStateKey(course, snapshot);
    keys.set(snapshot, key);
  }
  return key;
}

function computeStateKey(course: Course, snapshot: CourseSnapshot): string {
  const ctx = snapshot.context;
  const index = indexCourse(course);
  const onPage = snapshot.matches('page') ? index.pageById.get(ctx.pageId) : undefined;
  // Off the current page only how many are answered or completed still matters: learners
  // move forward page by page here, so those counts pin down which ones.
  const answers = (onPage?.questions ?? []).flatMap((q) => {
    const a = ctx.answers.get(q.id);
    return a ? [`${q.id}:${a.phase[0]}${a.correct ? 1 : 0}${a.tries}`] : [];
  });
  const scenarios = (onPage?.scenarios ?? []).flatMap((s) => {
    const state = ctx.scenarios.get(s.id);
    return state ? [`${s.id}:${replayScenario(s, state).current.id}${state.completed ? '+' : ''}`] : [];
  });
  const attempt = ctx.attempt && {
    n: ctx.attempt.number,
    at: ctx.attempt.responses.length,
    earned: ctx.attempt.responses.reduce((sum, r, i) => {
      const q = index.graded.get(ctx.attempt!.questionIds[i]!)!;
      return sum + (judge(q, r).correct ? q.weight : 0);
    }, 0),
  };
  const passed = ctx.history.bestScore !== undefined && ctx.history.bestScore >= ctx.passMark;
  return JSON.stringify([
    snapshot.value,
    snapshot.status,
    ctx.pageId,
    ctx.visited.size,
    ctx.answers.size,
    ctx.scenarios.count(isCompleted),
    answers,
    scenarios,
    ctx.history.count,
    passed,
    attempt,
  ]);
}

/** The traversal options for `xstate/graph`: learner events, refused events skipped, states keyed by what matters. */
export function traversalOptions(course: Course, input: { seed: number }) {
  return {
    input,
    // Refused events loop back to the same state key; exploreCourse drops those edges.
    events: (snapshot: CourseSnapshot) => learnerEvents(course, snapshot),
    serializeState: (snapshot: CourseSnapshot) => stateKey(course, snapshot),
    serializeEvent: (event: EngineEvent) => JSON.stringify(event),
  };
}

/** Explores every state a learner can reach from a fresh start. Throws when there are more than `limit` steps. */
export function exploreCourse(course: Course, options: { limit?: number; seed?: number } = {}): ExploredCourse {
  const machine = createCourseMachine(course);
  const limit = options.limit ?? 200_000;
  const input = { seed: options.seed ?? 1 };
  const adjacency: AdjacencyMap<CourseSnapshot, EngineEvent> = getAdjacencyMap(machine, {
    ...traversalOptions(course, input),
    limit,
  });
  const states = new Map<string, CourseSnapshot>();
  const edges = new Map<string, { event: EngineEvent; to: string }[]>();
  for (const [key, value] of Object.entries(adjacency)) {
    states.set(key, value.state);
    const out: { event: EngineEvent; to: string }[] = [];
    for (const transition of Object.values(value.transitions) as { event: EngineEvent; state: CourseSnapshot }[]) {
      const to = stateKey(course, transition.state);
      // Events that a guard refused leave the state as it was; they are not ways forward.
      if (to !== key) out.push({ event: transition.event, to });
    }
    edges.set(key, out);
  }
  const initial = stateKey(course, createActor(machine, { input }).getSnapshot());
  return { machine, states, edges, initial };
}
