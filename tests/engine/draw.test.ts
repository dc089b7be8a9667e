/**
 * The assessment draw: reproducible per learner seed and attempt, different on a retry,
 * with always-drawn questions and a number of questions per objective when asked, and
 * exactly the old draw when not. A saved attempt restores the same questions.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { Course } from '../../src/course/types.ts';
import { createCourseMachine } from '../../src/engine/course-machine.ts';
import { drawNeeds, drawQuestions } from '../../src/engine/draw.ts';
import { seededShuffle } from '../../src/engine/random.ts';
import { decodeProgress } from '../../src/engine/record-decode.ts';
import { encodeProgress, savedProgressOf } from '../../src/engine/record-encode.ts';
import { loadCourse, ROOT } from '../support/courses.ts';
import { walkCourse } from '../support/walkthrough.ts';

const sample = loadCourse(`${ROOT}/tests/fixtures/courses/sample`)[0]!.course;
const listening = loadCourse(`${ROOT}/courses/listening`)[0]!.course;
const SEEDS = Array.from({ length: 500 }, (_, i) => (i * 2654435761) >>> 0);

/** The course with its assessment changed. */
const withAssessment = (course: Course, change: Partial<NonNullable<Course['assessment']>>): Course => ({
  ...course,
  assessment: { ...course.assessment!, ...change },
});

/** A copy of the pool with these questions, and only these, marked alwaysDraw. */
const markAlways = (course: Course, ids: string[]) =>
  course.assessment!.questions.map((q) => ({ ...q, alwaysDraw: ids.includes(q.id) }));

/** Objectives an attempt drew no question on. */
function missed(course: Course, drawn: string[]): string[] {
  const pool = new Map(course.assessment!.questions.map((q) => [q.id, q]));
  return course.objectives
    .map((o) => o.id)
    .filter((id) => !drawn.some((qid) => pool.get(qid)!.objectives.includes(id)));
}

describe('drawQuestions', () => {
  it('is the first "draw" questions of the seeded shuffle when no option is set, as it always was', () => {
    const plain = withAssessment(listening, { drawPerObjective: undefined, questions: markAlways(listening, []) });
    const ids = plain.assessment!.questions.map((q) => q.id);
    for (const seed of SEEDS.slice(0, 50))
      for (const attempt of [1, 2, 3])
        expect(drawQuestions(plain, seed, attempt)).toEqual(seededShuffle(ids, seed, `attempt-${attempt}`).slice(0, 7));
  });

  it('gives the same questions for a seed and attempt, and other questions on a retry', () => {
    expect(drawQuestions(listening, 7, 2)).toEqual(drawQuestions(listening, 7, 2));
    expect(new Set([1, 2, 3, 4, 5].map((n) => drawQuestions(listening, 7, n).join())).size).toBe(5);
  });

  it('includes every always-drawn question, in a shuffled place', () => {
    const course = withAssessment(sample, { questions: markAlways(sample, ['fa-promise']) });
    const places = new Set<number>();
    for (const seed of SEEDS) {
      const drawn = drawQuestions(course, seed, 1);
      expect(drawn).toHaveLength(3);
      expect(drawn).toContain('fa-promise');
      places.add(drawn.indexOf('fa-promise'));
    }
    expect([...places].sort()).toEqual([0, 1, 2]);
  });

  it('draws at least drawPerObjective questions on every objective, within "draw"', () => {
    const perTwo = withAssessment(listening, { draw: 12, drawPerObjective: 2 });
    for (const seed of SEEDS) {
      const drawn = drawQuestions(perTwo, seed, 1);
      expect(drawn).toHaveLength(12);
      expect(new Set(drawn).size).toBe(12);
      for (const { id } of perTwo.objectives)
        expect(
          drawn.filter((q) => perTwo.assessment!.questions.find((p) => p.id === q)!.objectives.includes(id)).length,
        ).toBeGreaterThanOrEqual(2);
    }
  });

  it('would miss objectives without drawPerObjective, so the coverage checks can fail', () => {
    const random = withAssessment(listening, { drawPerObjective: undefined });
    const misses = SEEDS.filter((seed) => missed(random, drawQuestions(random, seed, 1)).length > 0);
    expect(misses.length).toBeGreaterThan(SEEDS.length / 4);
    expect(SEEDS.filter((seed) => missed(listening, drawQuestions(listening, seed, 1)).length)).toEqual([]);
  });
});

describe('drawNeeds', () => {
  it("counts the always-drawn questions and one place for each objective they leave open: listening's draw fits", () => {
    expect(drawNeeds(listening)).toEqual({
      always: ['fa-crisis'],
      perObjective: 1,
      short: [],
      needed: 6,
      fits: true,
    });
    expect(drawNeeds(withAssessment(listening, { draw: 5 }))?.fits).toBe(false);
  });

  it('names objectives with fewer questions in the pool than each attempt needs', () => {
    const needs = drawNeeds(withAssessment(listening, { draw: 19, drawPerObjective: 4 }))!;
    expect(needs.short.map((s) => `${s.objective}: ${s.count}`)).toEqual([
      'obj-basic-pss: 3',
      'obj-look-listen-link: 3',
      'obj-non-verbal: 3',
      'obj-verbal: 3',
      'obj-avoid: 3',
    ]);
    expect(needs.fits).toBe(false);
  });
});

describe('a saved attempt', () => {
  const inAttempt = (course: Course) => {
    const actor = createActor(createCourseMachine(course), { input: { seed: 42 } }).start();
    walkCourse(actor, course, { attempts: 0 });
    actor.send({ type: 'assessment.start' });
    return savedProgressOf(actor.getSnapshot().context);
  };

  it('restores the same questions from the progress record', () => {
    const saved = inAttempt(listening);
    expect(saved.attempt!.questionIds).toEqual(drawQuestions(listening, 42, 1));
    const restored = decodeProgress(listening, encodeProgress(listening, saved, Date.now()));
    expect(restored.ok && restored.progress.attempt?.questionIds).toEqual(saved.attempt!.questionIds);
  });

  it('is dropped, never misapplied, when the draw options change', () => {
    const record = encodeProgress(listening, inAttempt(listening), Date.now());
    const changed = withAssessment(listening, { drawPerObjective: 2, draw: 12 });
    const restored = decodeProgress(changed, record);
    expect(restored.ok && restored.progress.attempt).toBe(null);
    expect(restored.ok && restored.dropped).toBe(1);
  });
});
