/**
 * The result of the attempt just finished: score, pass or not, a review of each question
 * with its feedback, and a retake when the rules allow one. The review shows whether
 * each answer was right and why, not the answers themselves, so a retake still asks.
 * The score comes with the heading; the review and the actions a frame later (issue 16).
 */
import { indexCourse } from '../../engine/course-index.ts';
import { drawQuestions } from '../../engine/draw.ts';
import { assessmentStatus } from '../../engine/selectors.ts';
import { fill } from '../i18n/fill.ts';
import { Markdown } from '../Markdown.tsx';
import { shallowEqual, usePlayer, useSelector } from '../use-player.ts';
import { LandingHeading } from './LandingHeading.tsx';
import { Later } from './Later.tsx';

export function AssessmentResult() {
  const { input, t, fmt, send } = usePlayer();
  const { course } = input;
  const status = useSelector((s) => assessmentStatus(course, s.context), shallowEqual);
  const last = useSelector((s) => s.context.history.last);
  const passMark = useSelector((s) => s.context.passMark);
  // The questions of the last attempt are fixed by the seed and the attempt number.
  const ids = useSelector((s) => drawQuestions(course, s.context.seed, s.context.history.count), shallowEqual);
  const canRetake = useSelector((s) => s.can({ type: 'assessment.start' }));
  const canGoOn = useSelector((s) => s.can({ type: 'nav.next' }));
  const { graded } = indexCourse(course);
  if (!last) return null;

  return (
    <>
      <LandingHeading>{t.result}</LandingHeading>
      <p class="score" data-passed={status.passed}>
        <strong>{fill(t.score, fmt.percent(last.score / 100))}</strong> {status.passed ? t.passed : t.notPassed}
      </p>
      <ul class="facts">
        <li>{fill(t.passMark, fmt.percent(passMark / 100))}</li>
        {status.attemptsLeft !== null && !status.passed && (
          <li>{fill(t.attemptsLeft, fmt.number(status.attemptsLeft))}</li>
        )}
      </ul>
      {/* The review and the actions are below a phone's first screen: they follow a frame later (Later.tsx). */}
      <Later>
        {() => (
          <>
            <h3>{t.review}</h3>
            <ol class="review">
              {ids.map((id, i) => {
                const question = graded.get(id);
                if (!question) return null;
                const right = !!last.results[i];
                return (
                  <li key={id} data-correct={right}>
                    <Markdown text={question.prompt} />
                    <p class="verdict">
                      <strong>{right ? t.verdict.correct : t.verdict.incorrect}</strong>
                    </p>
                    <Markdown text={right ? question.feedback.correct : question.feedback.incorrect} />
                  </li>
                );
              })}
            </ol>
            <div class="actions">
              {canGoOn && (
                <button type="button" class="button primary" onClick={() => send({ type: 'nav.next' })}>
                  {t.toSummary}
                </button>
              )}
              {canRetake && (
                <button
                  type="button"
                  class={canGoOn ? 'button secondary' : 'button primary'}
                  onClick={() => send({ type: 'assessment.start' })}
                >
                  {t.retake}
                </button>
              )}
              <button type="button" class="button secondary" onClick={() => send({ type: 'nav.back' })}>
                {t.backToPages}
              </button>
            </div>
          </>
        )}
      </Later>
    </>
  );
}
