/**
 * A practice question on a page: Submit, then feedback announced in a polite live region,
 * the answers marked, and Try again while the engine allows it, or Continue, which takes
 * the learner on to what follows the question. Nothing here is scored by the player.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Question } from '../../course/types.ts';
import { correctResponse, type Response } from '../../engine/scoring.ts';
import { Icon } from '../Icon.tsx';
import { usePlayer, useSelector } from '../use-player.ts';
import { Feedback } from './Feedback.tsx';
import { QuestionForm } from './QuestionForm.tsx';

/** Moves focus past a question: to the block after it, or to Previous and Next when it is the last. */
function goOn(question: HTMLElement | null): void {
  const next = question?.nextElementSibling as HTMLElement | null;
  if (!next) return;
  next.tabIndex = -1;
  next.focus();
}

export function KnowledgeCheck({ question }: { question: Question }) {
  const { t, send } = usePlayer();
  const answer = useSelector((s) => s.context.answers[question.id]);
  const canRetry = useSelector((s) => s.can({ type: 'question.retry', questionId: question.id }));
  const showing = answer?.phase === 'feedback';
  const box = useRef<HTMLDivElement>(null);
  const wasShowing = useRef(showing);

  // A layout effect: Preact may keep Submit's button and relabel it Continue, so focus can look
  // settled before a passive effect runs after paint and pulls it back from where the learner
  // has tabbed since. Moving focus with the DOM change leaves no such window.
  useLayoutEffect(() => {
    // Submit and Try again disappear as they are used: focus goes to what replaced them.
    if (wasShowing.current !== showing)
      box.current
        ?.querySelector<HTMLElement>(showing ? '.question > .actions > .button' : 'input, select, .ordering button')
        ?.focus();
    wasShowing.current = showing;
  }, [showing]);

  return (
    <div class="block block-question" ref={box}>
      <QuestionForm
        question={question}
        eventFor={(response: Response) => ({ type: 'question.submit', questionId: question.id, response })}
        locked={showing}
        submitted={answer?.response}
        marks={showing ? { correct: correctResponse(question), reveal: !canRetry } : undefined}
        feedback={
          <div class="feedback-region" role="status">
            {showing && (
              <Feedback
                question={question}
                response={answer.response}
                triesLeft={canRetry ? question.attempts - answer.tries : undefined}
              />
            )}
          </div>
        }
        after={
          canRetry ? (
            <button
              type="button"
              class="button secondary"
              onClick={() => send({ type: 'question.retry', questionId: question.id })}
            >
              {t.tryAgain}
            </button>
          ) : (
            <button type="button" class="button secondary" onClick={() => goOn(box.current)}>
              {t.goOn}
              <Icon name="down" />
            </button>
          )
        }
      />
    </div>
  );
}
