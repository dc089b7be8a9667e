/**
 * What the LMS hears about each learning objective: only what the latest attempt assessed.
 * An objective the pool assesses but the attempt did not draw stays unknown and incomplete,
 * however well its knowledge checks went (SCORM 1.2 used to record it as completed, 100).
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { Course } from '../../src/course/types.ts';
import { createCourseMachine } from '../../src/engine/course-machine.ts';
import { objectiveProgress } from '../../src/engine/objective-progress.ts';
import { drawQuestions } from '../../src/engine/selectors.ts';
import { scorm12 } from '../../src/tracking/scorm12.ts';
import { loadCourse, ROOT } from '../support/courses.ts';
import { type WalkOptions, walkCourse } from '../support/walkthrough.ts';

const sample = loadCourse(`${ROOT}/tests/fixtures/courses/sample`)[0]!.course;
// One question an attempt: each attempt assesses one of the two objectives and misses the other.
const oneQuestion: Course = { ...sample, assessment: { ...sample.assessment!, draw: 1 } };

function progressAfter(course: Course, options: WalkOptions, seed = 3) {
  const actor = createActor(createCourseMachine(course), { input: { seed } }).start();
  walkCourse(actor, course, options);
  const context = actor.getSnapshot().context;
  return { context, objectives: objectiveProgress(course, context) };
}

const objectivesOf = (course: Course, questionId: string) =>
  course.assessment!.questions.find((q) => q.id === questionId)!.objectives;

describe('objectiveProgress', () => {
  it('judges the objective the attempt drew, and leaves the one it missed unknown and incomplete', () => {
    const { context, objectives } = progressAfter(oneQuestion, { assessment: 'pass' });
    const [drawn] = drawQuestions(oneQuestion, context.seed, 1);
    const assessed = objectivesOf(oneQuestion, drawn!)[0]!;
    // Every knowledge check was answered correctly, on both objectives.
    expect(context.answers.values().every((a) => a.correct)).toBe(true);
    expect(objectives).toEqual(
      sample.objectives.map(({ id }) =>
        id === assessed
          ? { id, success: 'passed', completion: 'completed', scaled: 1 }
          : { id, success: 'unknown', completion: 'incomplete' },
      ),
    );
  });

  it('gives SCORM 1.2 no score and no "completed" for an objective the attempt did not assess', () => {
    const { objectives } = progressAfter(oneQuestion, { assessment: 'pass' });
    const missed = objectives.find((o) => o.success === 'unknown')!;
    expect(scorm12.objective(0, missed)).toEqual([
      ['cmi.objectives.0.id', missed.id],
      ['cmi.objectives.0.status', 'incomplete'],
    ]);
  });

  it('reports a failed objective from the questions answered wrongly', () => {
    const { objectives } = progressAfter(sample, { assessment: 'fail', attempts: 1 });
    expect(objectives.map((o) => [o.success, o.scaled])).toEqual([
      ['failed', 0],
      ['failed', 0],
    ]);
  });

  it('says nothing of the pool objectives before an attempt, whatever the practice', () => {
    const { objectives } = progressAfter(sample, { attempts: 0 });
    expect(objectives).toEqual(
      sample.objectives.map(({ id }) => ({ id, success: 'unknown', completion: 'incomplete' })),
    );
  });

  it('reports an objective the pool never assesses from its practice, with no verdict', () => {
    const listenOnly: Course = {
      ...sample,
      assessment: {
        ...sample.assessment!,
        draw: 2,
        questions: sample.assessment!.questions.filter((q) => q.objectives.includes('obj-listen')),
      },
    };
    const { objectives } = progressAfter(listenOnly, { assessment: 'pass' });
    expect(objectives.find((o) => o.id === 'obj-refer')).toEqual({
      id: 'obj-refer',
      success: 'unknown',
      completion: 'completed',
      scaled: 1,
    });
  });
});
