// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/course/types.ts';
import { indexCourse } from '../../src/engine/course-index.ts';
import { replayScenario } from '../../src/engine/scenario.ts';
import { correctResponse } from '../../src/engine/scoring.ts';
import { currentAssessmentQuestion } from '../../src/engine/transitions.ts';
import { drive, freeSample, makeSession, nextFrame, renderPlayer, type TestSession, textOf } from './helpers.tsx';

const main = () => document.querySelector('main')!;

/** Completes every page through the engine, so the assessment opens. */
function completePages(input: TestSession) {
  const index = indexCourse(input.course);
  drive(input, { type: 'course.start' });
  for (const { page, questions, scenarios } of index.pages) {
    drive(input, { type: 'nav.goto', pageId: page.id });
    for (const q of questions)
      drive(input, { type: 'question.submit', questionId: q.id, response: correctResponse(q) });
    for (const scenario of scenarios) {
      while (!replayScenario(scenario, input.actor.getSnapshot().context.scenarios.get(scenario.id)).ended) {
        const { current } = replayScenario(scenario, input.actor.getSnapshot().context.scenarios.get(scenario.id));
        drive(input, { type: 'scenario.choose', scenarioId: scenario.id, choiceId: current.choices![0]!.id });
      }
    }
  }
}

/** Answers the question on screen through its inputs, rightly or wrongly, then submits. */
function answer(input: TestSession, right: boolean) {
  const id = currentAssessmentQuestion(input.actor.getSnapshot().context)!;
  const question = indexCourse(input.course).graded.get(id)! as Question;
  const wanted = correctResponse(question);
  if (question.type === 'true-false') {
    const value = right ? wanted[0] : String(wanted[0] !== 'true');
    fireEvent.click(screen.getByRole('radio', { name: value === 'true' ? 'True' : 'False' }));
  } else if (question.type === 'single-choice' || question.type === 'multiple-choice') {
    const ids = right ? wanted : [question.choices.find((c) => !wanted.includes(c.id))!.id];
    for (const choiceId of ids)
      fireEvent.click(
        screen.getByRole(question.type === 'single-choice' ? 'radio' : 'checkbox', {
          name: question.choices.find((c) => c.id === choiceId)!.text,
        }),
      );
  }
  fireEvent.click(screen.getByRole('button', { name: 'Submit' }));
}

function atAssessment() {
  const { course } = freeSample();
  const input = makeSession(course);
  completePages(input);
  drive(input, { type: 'assessment.open' });
  renderPlayer(input);
  return input;
}

describe('the assessment', () => {
  it('introduces itself with the pass mark and the attempts left', () => {
    // Summary is offered too: the engine opens it once every page is complete.
    atAssessment();
    expect(main().dataset.screen).toBe('assessment-intro');
    expect(textOf(main())).toMatchInlineSnapshot(
      `"Final check Answer these questions. You need 80% to pass. Pass mark: 80% Attempts left: 2 Start the assessment Summary Back to the pages"`,
    );
  });

  it('asks one question at a time, with its number, and moves focus to each', async () => {
    const input = atAssessment();
    fireEvent.click(screen.getByRole('button', { name: 'Start the assessment' }));
    expect(main().dataset.screen).toBe('assessment-question');
    await nextFrame();
    expect(document.activeElement?.textContent).toBe('Question 1 of 3');
    answer(input, true);
    await nextFrame();
    expect(document.activeElement?.textContent).toBe('Question 2 of 3');
    // No feedback while the attempt runs.
    expect(document.querySelector('.feedback')).toBeNull();
  });

  it('shows a failed result with a review, then a retake that passes and leads to the summary', async () => {
    const input = atAssessment();
    fireEvent.click(screen.getByRole('button', { name: 'Start the assessment' }));
    for (let i = 0; i < 3; i++) answer(input, false);
    expect(main().dataset.screen).toBe('assessment-result');
    await nextFrame();
    expect(document.activeElement?.textContent).toBe('Your result');
    expect(textOf(main().querySelector('.score'))).toMatchInlineSnapshot(
      `"Score: 0% You did not reach the pass mark this time."`,
    );
    const review = [...main().querySelectorAll('.review > li')].map(textOf);
    expect(review).toHaveLength(3);
    expect(review.every((item) => item.includes('Not quite'))).toBe(true);
    expect(textOf(main().querySelector('.facts'))).toBe('Pass mark: 80% Attempts left: 1');

    fireEvent.click(screen.getByRole('button', { name: 'Take the assessment again' }));
    for (let i = 0; i < 3; i++) answer(input, true);
    expect(textOf(main().querySelector('.score'))).toMatchInlineSnapshot(`"Score: 100% You passed."`);
    expect(screen.queryByRole('button', { name: 'Take the assessment again' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(main().dataset.screen).toBe('summary');
    // The completion screen (tests/player/completion.test.tsx pins its words).
    expect(textOf(main().querySelector('.outcome'))).toBe('You passed the final check with 100%.');
  });

  it('offers no retake once the attempts are used up', () => {
    const input = atAssessment();
    for (let attempt = 0; attempt < 2; attempt++) {
      fireEvent.click(
        screen.getByRole('button', { name: attempt ? 'Take the assessment again' : 'Start the assessment' }),
      );
      for (let i = 0; i < 3; i++) answer(input, false);
    }
    expect(screen.queryByRole('button', { name: 'Take the assessment again' })).toBeNull();
    expect(within(main()).getByRole('button', { name: 'Continue' })).toBeTruthy();
  });
});
