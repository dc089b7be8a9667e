/**
 * A practice question on a page: Submit, feedback announced in a polite live region, and
 * Try again while the engine allows it. Nothing here is scored by the player.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Question } from '../../course/types.ts';
import type { Response } from '../../engine/scoring.ts';
import { usePlayer, useSelector } from '../use-player.ts';
import { Feedback } from './Feedback.tsx';
import { QuestionForm } from './QuestionForm.tsx';

export function KnowledgeCheck({ question }: { question: Question }) {
  const { t, send } = usePlayer();
  const answer = useSelector((s) => s.context.answers[question.id]);
  const canRetry = useSelector((s) => s.can({ type: 'question.retry', questionId: question.id }));
  const showing = answer?.phase === 'feedback';
  const box = useRef<HTMLDivElement>(null);
  const retried = useRef(false);

  useEffect(() => {
    // Try again disappears as it is used, so focus goes back to the first answer.
    if (!retried.current || showing) return;
    retried.current = false;
    box.current?.querySelector<HTMLElement>('input, select, .ordering button')?.focus();
  }, [showing]);

  return (
    <div class="block block-question" ref={box}>
      <QuestionForm
        question={question}
        eventFor={(response: Response) => ({ type: 'question.submit', questionId: question.id, response })}
        locked={showing}
        submitted={answer?.response}
      >
        <div class="feedback-region" role="status">
          {showing && (
            <Feedback
              question={question}
              response={answer.response}
              triesLeft={canRetry ? question.attempts - answer.tries : undefined}
            />
          )}
        </div>
        {canRetry && (
          <div class="actions">
            <button
              type="button"
              class="button secondary"
              onClick={() => {
                retried.current = true;
                send({ type: 'question.retry', questionId: question.id });
              }}
            >
              {t.tryAgain}
            </button>
          </div>
        )}
      </QuestionForm>
    </div>
  );
}
