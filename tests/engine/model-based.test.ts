/**
 * Model-based tests: for every course in courses/ and every fixture, the paths come from
 * the course's own machine (xstate/graph), and the properties below are checked on every
 * reachable state. The oracles here are written independently of src/engine/verify.ts.
 * Every attempt the machine reaches is checked for the draw's promises (always-drawn
 * questions, questions per objective), and every finished attempt for what the LMS is told
 * about each objective, recomputed from the questions that attempt asked.
 */
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createActor, getNextSnapshot } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import type { Course } from '../../src/course/types.ts';
import type { EngineEvent } from '../../src/engine/engine-events.ts';
import { type CourseSnapshot, exploreCourse, learnerEvents, traversalOptions } from '../../src/engine/explore.ts';
import { objectiveProgress } from '../../src/engine/objective-progress.ts';
import { courseStatus } from '../../src/engine/selectors.ts';
import { verifyCourseFlow } from '../../src/engine/verify.ts';
import { courseFolders, loadCourse } from '../support/courses.ts';

/** Completion as the course's rules define it, recomputed from raw context data. */
function rulesHold(course: Course, snapshot: CourseSnapshot): boolean {
  const ctx = snapshot.context;
  const pages = course.lessons.flatMap((l) => l.pages);
  const pagesDone = pages.every(
    (page) =>
      ctx.visited.has(page.id) &&
      page.blocks.every((b) =>
        b.type === 'scenario'
          ? ctx.scenarios.get(b.id)?.completed
          : 'correct' in b && 'prompt' in b
            ? (ctx.answers.get(b.id)?.tries ?? 0) > 0
            : true,
      ),
  );
  const passed = ctx.history.bestScore !== undefined && ctx.history.bestScore >= (course.assessment?.passMark ?? 0);
  return course.completion.when.every((c) =>
    c === 'pages-complete' ? pagesDone : c === 'assessment-passed' ? passed : ctx.history.count > 0,
  );
}

function outOfAttempts(course: Course, snapshot: CourseSnapshot): boolean {
  const { maxAttempts, passMark } = course.assessment ?? {};
  const best = snapshot.context.history.bestScore;
  return (
    maxAttempts !== undefined &&
    snapshot.context.history.count >= maxAttempts &&
    !(best !== undefined && best >= passMark!)
  );
}

/**
 * What the LMS should hear about each objective the pool assesses, from the attempt just
 * finished: its questions (as the machine drew them) and the results it filed.
 */
function assessedObjectives(course: Course, questionIds: string[], results: boolean[]): Map<string, number[]> {
  const pool = new Map(course.assessment!.questions.map((q) => [q.id, q]));
  const marks = new Map<string, number[]>();
  questionIds.forEach((id, i) => {
    for (const objective of pool.get(id)!.objectives) marks.set(objective, [...(marks.get(objective) ?? []), i]);
  });
  return new Map([...marks].map(([objective, at]) => [objective, at.map((i) => (results[i] ? 1 : 0))]));
}

/** Objective ids an attempt's questions cover, each as many times as it is drawn. */
function coverage(course: Course, questionIds: string[]): Map<string, number> {
  const pool = new Map(course.assessment!.questions.map((q) => [q.id, q]));
  const counts = new Map(course.objectives.map((o) => [o.id, 0]));
  for (const id of questionIds) for (const o of pool.get(id)!.objectives) counts.set(o, counts.get(o)! + 1);
  return counts;
}

function describeEvents(events: EngineEvent[]): string {
  const names = events.map((e) => e.type);
  const runs: string[] = [];
  for (let i = 0; i < names.length; ) {
    let j = i;
    while (names[j] === names[i]) j++;
    runs.push(j - i > 1 ? `${names[i]} ×${j - i}` : names[i]!);
    i = j;
  }
  return runs.join(' → ');
}

const courses = courseFolders().flatMap((dir) =>
  loadCourse(dir).map((v) => ({ name: `${basename(dir)} (${v.course.language})`, course: v.course })),
);

describe.each(courses)('$name', ({ course }) => {
  const graph = exploreCourse(course);
  const snapshots = [...graph.states.values()];

  it('reaches completion on some path', () => {
    expect(snapshots.some((s) => courseStatus(course, s.context).completion === 'completed')).toBe(true);
  });

  it("never reports completion or a pass before the course's rules are met", () => {
    for (const snapshot of snapshots) {
      const status = courseStatus(course, snapshot.context);
      if (status.completion === 'completed')
        expect(
          rulesHold(course, snapshot) || (outOfAttempts(course, snapshot) && course.completion.onFailure === 'failed'),
        ).toBe(true);
      if (status.success === 'passed')
        expect(snapshot.context.history.bestScore).toBeGreaterThanOrEqual(course.assessment!.passMark);
    }
  });

  it("gives the course's failure outcome when no attempts are left", () => {
    const failedOut = snapshots.filter((s) => outOfAttempts(course, s));
    if (course.assessment?.maxAttempts !== undefined) expect(failedOut.length).toBeGreaterThan(0);
    for (const snapshot of failedOut) {
      const status = courseStatus(course, snapshot.context);
      expect(status.success).toBe(course.completion.onFailure === 'failed' ? 'failed' : 'unknown');
      expect(snapshot.can({ type: 'assessment.start' })).toBe(false);
    }
  });

  it('has no state from which the course can no longer be finished', () => {
    const goal = (s: CourseSnapshot) =>
      courseStatus(course, s.context).completion === 'completed' || outOfAttempts(course, s);
    const reverse = new Map<string, string[]>();
    for (const [from, edges] of graph.edges)
      for (const { to } of edges) reverse.set(to, [...(reverse.get(to) ?? []), from]);
    const live = new Set([...graph.states].filter(([, s]) => goal(s)).map(([k]) => k));
    for (const queue = [...live]; queue.length; )
      for (const from of reverse.get(queue.pop()!) ?? []) {
        if (live.has(from)) continue;
        live.add(from);
        queue.push(from);
      }
    const stuck = [...graph.states]
      .filter(([key]) => !live.has(key))
      .map(([, s]) => `${JSON.stringify(s.value)} on ${s.context.pageId}`);
    expect(stuck).toEqual([]);
  });

  const attempts = snapshots.filter((s) => s.context.attempt);

  it('draws every always-drawn question, and each objective as often as asked, in every attempt it reaches', () => {
    if (!course.assessment) return expect(attempts).toEqual([]);
    expect(attempts.length).toBeGreaterThan(0);
    const always = course.assessment.questions.filter((q) => q.alwaysDraw).map((q) => q.id);
    const perObjective = course.assessment.drawPerObjective ?? 0;
    for (const { context } of attempts) {
      const { questionIds } = context.attempt!;
      expect(questionIds).toEqual(expect.arrayContaining(always));
      for (const [objective, count] of coverage(course, questionIds))
        expect(count, `${objective} in attempt ${context.attempt!.number}`).toBeGreaterThanOrEqual(perObjective);
    }
  });

  it('reports each pool objective only from the questions the finished attempt drew', () => {
    const inPool = new Set(course.assessment?.questions.flatMap((q) => q.objectives));
    const lastQuestion = attempts.filter(
      (s) => s.context.attempt!.responses.length === s.context.attempt!.questionIds.length - 1,
    );
    if (course.assessment) expect(lastQuestion.length).toBeGreaterThan(0);
    for (const from of lastQuestion) {
      for (const event of learnerEvents(course, from).filter((e) => e.type === 'assessment.answer')) {
        const to = getNextSnapshot(graph.machine, from, event) as CourseSnapshot;
        const marks = assessedObjectives(course, from.context.attempt!.questionIds, to.context.history.last!.results);
        for (const reported of objectiveProgress(course, to.context).filter((o) => inPool.has(o.id))) {
          const mark = marks.get(reported.id);
          const share = mark && mark.reduce((a, b) => a + b, 0) / mark.length;
          if (share === undefined)
            expect(reported, reported.id).toEqual({ id: reported.id, success: 'unknown', completion: 'incomplete' });
          else
            expect(reported, reported.id).toMatchObject({
              success: share * 100 >= to.context.passMark ? 'passed' : 'failed',
              scaled: share,
            });
        }
      }
    }
    // Before any attempt, nothing is reported about them.
    for (const snapshot of snapshots.filter((s) => s.context.history.count === 0))
      for (const reported of objectiveProgress(course, snapshot.context).filter((o) => inPool.has(o.id)))
        expect(reported).toEqual({ id: reported.id, success: 'unknown', completion: 'incomplete' });
  });

  it("passes the engine's own flow verification", () => {
    expect(verifyCourseFlow(course, graph)).toEqual([]);
  });

  const options = traversalOptions(course, { seed: 1 });
  const targets: [string, (s: CourseSnapshot) => boolean][] = [
    [
      'completes',
      (s) =>
        courseStatus(course, s.context).completion === 'completed' &&
        courseStatus(course, s.context).success !== 'failed',
    ],
    ['runs out of attempts', (s) => outOfAttempts(course, s)],
  ];
  for (const [goal, toState] of targets) {
    const [path] = getShortestPaths(graph.machine, { ...options, toState }).sort(
      (a, b) => a.steps.length - b.steps.length,
    );
    if (!path) continue;
    const events = path.steps.map((step) => step.event).filter((e) => (e as { type: string }).type !== 'xstate.init');
    it(`${goal} by ${describeEvents(events)}`, () => {
      const actor = createActor(graph.machine, { input: { seed: 1 } }).start();
      for (const event of events) {
        expect(actor.getSnapshot().can(event)).toBe(true);
        actor.send(event);
      }
      expect(toState(actor.getSnapshot())).toBe(true);
    });
  }
});
