/**
 * The course machine without a view: start and session restore, locking, questions, draws,
 * the assessment and reporting. Long because the machine is the product's core and each rule is pinned.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { Course } from '../../src/course/types.ts';
import { createCourseMachine } from '../../src/engine/course-machine.ts';
import type { InteractionParams } from '../../src/engine/engine-events.ts';
import { wrongResponse } from '../../src/engine/explore.ts';
import { optionOrder } from '../../src/engine/option-order.ts';
import { savedProgressOf } from '../../src/engine/record-encode.ts';
import { correctResponse } from '../../src/engine/scoring.ts';
import { assessmentStatus, courseStatus, drawQuestions } from '../../src/engine/selectors.ts';
import { currentAssessmentQuestion } from '../../src/engine/transitions.ts';
import { loadCourse, ROOT } from '../support/courses.ts';
import { walkCourse } from '../support/walkthrough.ts';

const sample = loadCourse(`${ROOT}/tests/fixtures/courses/sample`)[0]!.course;
const mini = loadCourse(`${ROOT}/tests/fixtures/courses/mini`)[0]!.course;

function start(course: Course, seed = 7) {
  const actor = createActor(createCourseMachine(course), { input: { seed } }).start();
  actor.send({ type: 'course.start' });
  return actor;
}

describe('course machine', () => {
  // #region navigation
  it('starts at the intro and opens the first page on start', () => {
    const actor = createActor(createCourseMachine(mini), { input: { seed: 1 } }).start();
    expect(actor.getSnapshot().value).toBe('intro');
    actor.send({ type: 'course.start' });
    expect(actor.getSnapshot().value).toBe('page');
    expect(actor.getSnapshot().context.pageId).toBe('page-intro');
    expect(actor.getSnapshot().context.visited.keys()).toEqual(['page-intro']);
  });

  it('waits on the intro when Start comes before the LMS session, then opens the first page', () => {
    const persisted: string[] = [];
    const machine = createCourseMachine(mini).provide({
      actions: { persist: ({ context }) => void persisted.push(context.pageId) },
    });
    const actor = createActor(machine, { input: { seed: 1, awaitingSession: true } }).start();
    expect(actor.getSnapshot().value).toBe('connecting');
    actor.send({ type: 'course.start' });
    expect(actor.getSnapshot().value).toBe('starting');
    expect(persisted).toEqual([]);
    actor.send({ type: 'session.restore', masteryScore: 60 });
    expect(actor.getSnapshot().value).toBe('page');
    expect(actor.getSnapshot().context).toMatchObject({ pageId: 'page-intro', passMark: 60, seed: 1 });
    expect(persisted).toEqual(['page-intro']);
  });

  it('takes saved progress from the session, whether Start came before it or after', () => {
    const before = start(mini, 9);
    before.send({ type: 'nav.next' });
    const progress = savedProgressOf(before.getSnapshot().context);
    for (const startFirst of [true, false]) {
      const actor = createActor(createCourseMachine(mini), { input: { seed: 1, awaitingSession: true } }).start();
      if (startFirst) actor.send({ type: 'course.start' });
      actor.send({ type: 'session.restore', progress });
      if (!startFirst) {
        expect(actor.getSnapshot().value).toBe('intro');
        actor.send({ type: 'course.start' });
      }
      expect(actor.getSnapshot().value).toBe('resumePrompt');
      expect(actor.getSnapshot().context).toMatchObject({ seed: 9, bookmark: 'page-try', restored: true });
    }
  });

  it('keeps a sequential page locked until the pages before it are complete', () => {
    const actor = start(mini);
    actor.send({ type: 'nav.next' });
    expect(actor.getSnapshot().context.pageId).toBe('page-try');
    // The question and the scenario are not done, so there is no way forward yet.
    expect(actor.getSnapshot().can({ type: 'nav.next' })).toBe(false);
    expect(actor.getSnapshot().can({ type: 'summary.open' })).toBe(false);
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().context.pageId).toBe('page-intro');
  });

  it('refuses a jump to a page that is still locked and allows one to a visited page', () => {
    const actor = start(sample);
    expect(actor.getSnapshot().can({ type: 'nav.goto', pageId: 'page-plan' })).toBe(false);
    actor.send({ type: 'nav.next' });
    expect(actor.getSnapshot().can({ type: 'nav.goto', pageId: 'page-welcome' })).toBe(true);
  });

  it('lets any page be opened in free navigation', () => {
    const actor = start({ ...sample, navigation: 'free' });
    actor.send({ type: 'nav.goto', pageId: 'page-plan' });
    expect(actor.getSnapshot().context.pageId).toBe('page-plan');
  });
  // #endregion

  // #region questions
  it('moves a question from answering to feedback, and allows a retry only while attempts remain', () => {
    const actor = start(sample);
    actor.send({ type: 'nav.next' });
    actor.send({ type: 'nav.next' });
    expect(actor.getSnapshot().context.pageId).toBe('page-check');
    actor.send({ type: 'question.submit', questionId: 'kc-open', response: ['a'] });
    expect(actor.getSnapshot().context.answers.get('kc-open')).toEqual({
      response: ['a'],
      tries: 1,
      correct: false,
      phase: 'feedback',
    });
    // Submitting again needs a retry first.
    expect(actor.getSnapshot().can({ type: 'question.submit', questionId: 'kc-open', response: ['b'] })).toBe(false);
    actor.send({ type: 'question.retry', questionId: 'kc-open' });
    actor.send({ type: 'question.submit', questionId: 'kc-open', response: ['a'] });
    expect(actor.getSnapshot().context.answers.get('kc-open')!.tries).toBe(2);
    // Two attempts used: the answer is final.
    expect(actor.getSnapshot().can({ type: 'question.retry', questionId: 'kc-open' })).toBe(false);
  });

  it('refuses a malformed response and a question from another page', () => {
    const actor = start(sample);
    expect(actor.getSnapshot().can({ type: 'question.submit', questionId: 'kc-open', response: ['b'] })).toBe(false);
    actor.send({ type: 'nav.next' });
    actor.send({ type: 'nav.next' });
    expect(actor.getSnapshot().can({ type: 'question.submit', questionId: 'kc-open', response: ['zzz'] })).toBe(false);
    expect(actor.getSnapshot().can({ type: 'question.submit', questionId: 'kc-signs', response: [] })).toBe(false);
  });

  it('reports each submitted answer through the reportInteraction action', () => {
    const seen: InteractionParams[] = [];
    const machine = createCourseMachine(sample).provide({
      actions: { reportInteraction: (_, params) => void seen.push(params) },
    });
    const actor = createActor(machine, { input: { seed: 1 } }).start();
    walkCourse(actor, sample);
    expect(seen.filter((p) => p.attempt === undefined).map((p) => p.questionId)).toEqual([
      'kc-open',
      'kc-details',
      'kc-signs',
      'kc-match',
      'kc-order',
    ]);
    expect(seen.filter((p) => p.attempt === 1)).toHaveLength(3);
    expect(seen.every((p) => p.correct)).toBe(true);
  });
  // #endregion

  // #region scenarios
  it("follows a scenario from node to node by the learner's choices and ends at an outcome", () => {
    const actor = start(sample);
    for (let i = 0; i < 3; i++) walkPage(actor, sample);
    expect(actor.getSnapshot().context.pageId).toBe('page-scenario');
    actor.send({ type: 'scenario.choose', scenarioId: 'scene-shelter', choiceId: 'reassure' });
    actor.send({ type: 'scenario.choose', scenarioId: 'scene-shelter', choiceId: 'sorry' });
    expect(actor.getSnapshot().can({ type: 'nav.next' })).toBe(false);
    actor.send({ type: 'scenario.choose', scenarioId: 'scene-shelter', choiceId: 'probe' });
    expect(actor.getSnapshot().context.scenarios.get('scene-shelter')).toEqual({
      path: ['reassure', 'sorry', 'probe'],
      completed: true,
    });
    expect(actor.getSnapshot().can({ type: 'nav.next' })).toBe(true);
    actor.send({ type: 'scenario.restart', scenarioId: 'scene-shelter' });
    expect(actor.getSnapshot().context.scenarios.get('scene-shelter')).toEqual({ path: [], completed: true });
  });
  // #endregion

  // #region assessment
  it('draws the same questions for the same seed and attempt, and different ones for a retake', () => {
    expect(drawQuestions(sample, 7, 1)).toEqual(drawQuestions(sample, 7, 1));
    expect(drawQuestions(sample, 7, 1)).toHaveLength(3);
    const draws = new Set([1, 2, 3, 4, 5].map((n) => drawQuestions(sample, 7, n).join()));
    expect(draws.size).toBeGreaterThan(1);
  });

  it('keeps the assessment locked until the required pages are complete', () => {
    const actor = start(sample);
    expect(actor.getSnapshot().can({ type: 'assessment.open' })).toBe(false);
    walkCourse(actor, sample, { pages: 6 });
    expect(actor.getSnapshot().can({ type: 'assessment.open' })).toBe(true);
  });

  it('scores with weights and passes at the pass mark', () => {
    const actor = start(sample, 11);
    walkCourse(actor, sample, { pages: 6 });
    actor.send({ type: 'nav.next' });
    actor.send({ type: 'assessment.start' });
    const ids = actor.getSnapshot().context.attempt!.questionIds;
    const pool = new Map(sample.assessment!.questions.map((q) => [q.id, q]));
    // Everything right except the first question.
    ids.forEach((id, i) => {
      const q = pool.get(id)!;
      actor.send({
        type: 'assessment.answer',
        questionId: id,
        response: i === 0 ? wrongResponse(q)! : correctResponse(q),
      });
    });
    const weights = ids.map((id) => pool.get(id)!.weight);
    const expected =
      Math.round(((weights.reduce((a, b) => a + b) - weights[0]!) / weights.reduce((a, b) => a + b)) * 10000) / 100;
    expect(actor.getSnapshot().value).toEqual({ assessment: 'result' });
    expect(actor.getSnapshot().context.history.last!.score).toBe(expected);
    expect(assessmentStatus(sample, actor.getSnapshot().context).passed).toBe(expected >= 80);
  });

  it('uses an LMS mastery score instead of the course pass mark', () => {
    const actor = createActor(createCourseMachine(sample), { input: { seed: 3, masteryScore: 0 } }).start();
    walkCourse(actor, sample, { assessment: 'fail', attempts: 1 });
    expect(courseStatus(sample, actor.getSnapshot().context).success).toBe('passed');
  });

  it("reports the course's failure outcome once every attempt is used without passing", () => {
    const actor = createActor(createCourseMachine(sample), { input: { seed: 3 } }).start();
    walkCourse(actor, sample, { assessment: 'fail' });
    const ctx = actor.getSnapshot().context;
    expect(ctx.history.count).toBe(2);
    expect(actor.getSnapshot().can({ type: 'assessment.start' })).toBe(false);
    expect(courseStatus(sample, ctx)).toMatchObject({ completion: 'completed', success: 'failed' });
    const lenient = { ...sample, completion: { ...sample.completion, onFailure: 'incomplete' as const } };
    expect(courseStatus(lenient, ctx)).toMatchObject({ completion: 'incomplete', success: 'unknown' });
  });

  it('does not offer a retake after a pass unless the course allows it', () => {
    const actor = createActor(createCourseMachine(sample), { input: { seed: 5 } }).start();
    walkCourse(actor, sample);
    expect(actor.getSnapshot().value).toBe('summary');
    actor.send({ type: 'assessment.open' });
    expect(actor.getSnapshot().can({ type: 'assessment.start' })).toBe(false);
    const generous = { ...sample, assessment: { ...sample.assessment!, retakeAfterPass: true } };
    const again = createActor(createCourseMachine(generous), { input: { seed: 5 } }).start();
    walkCourse(again, generous);
    again.send({ type: 'assessment.open' });
    expect(again.getSnapshot().can({ type: 'assessment.start' })).toBe(true);
  });

  it('keeps an attempt in progress when the learner leaves the assessment and comes back', () => {
    const actor = start(sample, 9);
    walkCourse(actor, sample, { pages: 6 });
    actor.send({ type: 'nav.next' });
    actor.send({ type: 'assessment.start' });
    const first = currentAssessmentQuestion(actor.getSnapshot().context)!;
    actor.send({
      type: 'assessment.answer',
      questionId: first,
      response: correctResponse(sample.assessment!.questions.find((q) => q.id === first)!),
    });
    actor.send({ type: 'nav.goto', pageId: 'page-welcome' });
    actor.send({ type: 'assessment.open' });
    actor.send({ type: 'assessment.start' });
    expect(actor.getSnapshot().context.attempt!.responses).toHaveLength(1);
  });
  // #endregion

  it('completes when every rule holds, and exits from any state', () => {
    const actor = createActor(createCourseMachine(sample), { input: { seed: 1 } }).start();
    walkCourse(actor, sample);
    expect(courseStatus(sample, actor.getSnapshot().context)).toEqual({
      completion: 'completed',
      success: 'passed',
      progress: 1,
      scorePercent: 100,
    });
    actor.send({ type: 'course.exit' });
    expect(actor.getSnapshot().status).toBe('done');
  });

  it('shuffles options per learner and never starts an ordering question in the right order', () => {
    const ordering = sample.lessons[1]!.pages[1]!.blocks[1]!;
    if (ordering.type !== 'ordering') throw new Error('fixture changed');
    for (let seed = 0; seed < 50; seed++) expect(optionOrder(ordering, seed)).not.toEqual(correctResponse(ordering));
  });
});

/** Completes the current page with right answers and moves on. */
function walkPage(actor: ReturnType<typeof start>, course: Course) {
  walkCourse(actor, course, { pages: 1 });
  actor.send({ type: 'nav.next' });
}
