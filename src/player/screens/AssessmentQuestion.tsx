/** One graded question at a time. No feedback until the result: the answer moves straight on. */
import { indexCourse } from '../../engine/course-index.ts';
import type { Response } from '../../engine/scoring.ts';
import { currentAssessmentQuestion } from '../../engine/transitions.ts';
import { fill } from '../i18n/fill.ts';
import { QuestionForm } from '../questions/QuestionForm.tsx';
import { shallowEqual, usePlayer, useSelector } from '../use-player.ts';
import { LandingHeading } from './LandingHeading.tsx';

export function AssessmentQuestion() {
  const { input, t, fmt } = usePlayer();
  const at = useSelector(
    (s) => ({
      id: currentAssessmentQuestion(s.context),
      n: (s.context.attempt?.responses.length ?? 0) + 1,
      total: s.context.attempt?.questionIds.length ?? 0,
    }),
    shallowEqual,
  );
  const question = at.id ? indexCourse(input.course).graded.get(at.id) : undefined;
  if (!question) return null;
  return (
    <>
      <p class="eyebrow">{input.course.assessment!.title}</p>
      <LandingHeading>{fill(t.questionOf, fmt.number(at.n), fmt.number(at.total))}</LandingHeading>
      <QuestionForm
        key={question.id}
        question={question}
        eventFor={(response: Response) => ({ type: 'assessment.answer', questionId: question.id, response })}
        locked={false}
      />
    </>
  );
}
