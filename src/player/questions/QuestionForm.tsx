/**
 * A question's prompt, inputs, feedback and buttons. The response being built is draft
 * state (local); whether it may be submitted is the engine's answer, asked with
 * snapshot.can(event), so validation lives in one place. Once answered, Submit gives way
 * to what comes next (Try again or Continue, from the caller), never a dead button.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Question } from '../../course/types.ts';
import type { EngineEvent } from '../../engine/engine-events.ts';
import { optionOrder } from '../../engine/option-order.ts';
import type { Response } from '../../engine/scoring.ts';
import { Markdown } from '../Markdown.tsx';
import { usePlayer, useSelector } from '../use-player.ts';
import type { Marks } from './input-props.ts';
import { QuestionInputs } from './QuestionInputs.tsx';

interface Props {
  question: Question;
  /** The event that submits a response: question.submit or assessment.answer. */
  eventFor: (response: Response) => EngineEvent;
  /** True once answered, until the learner asks to try again. */
  locked: boolean;
  /** The last submitted response, when there is one. */
  submitted?: Response | undefined;
  /** How to mark the answers while feedback shows. */
  marks?: Marks | undefined;
  /** The feedback region, between the inputs and the buttons. */
  feedback?: ComponentChildren;
  /** The buttons that replace Submit once the question is answered. */
  after?: ComponentChildren;
}

/** Where a fresh response starts: ordering items in their shuffled order, matches unchosen. */
function emptyResponse(question: Question, seed: number): string[] {
  if (question.type === 'ordering') return optionOrder(question, seed);
  if (question.type === 'matching') return question.pairs.map(() => '');
  return [];
}

export function QuestionForm({ question, eventFor, locked, submitted, marks, feedback, after }: Props) {
  const { t, send } = usePlayer();
  const seed = useSelector((s) => s.context.seed);
  const [draft, setDraft] = useState<string[]>(() => (submitted ? [...submitted] : emptyResponse(question, seed)));
  const [incomplete, setIncomplete] = useState(false);
  const canSubmit = useSelector((s) => s.can(eventFor(draft)));
  const promptId = `${question.id}-prompt`;

  const submit = () => {
    if (!canSubmit) return setIncomplete(true);
    send(eventFor(draft));
  };

  return (
    <div class="question" data-question={question.id}>
      <div id={promptId} class="prompt">
        <Markdown text={question.prompt} />
      </div>
      <QuestionInputs
        question={question}
        value={draft}
        disabled={locked}
        labelledBy={promptId}
        marks={marks}
        onChange={(next) => {
          setDraft(next);
          setIncomplete(false);
        }}
      />
      {incomplete && !locked && (
        <p class="hint" role="alert">
          {t.answerFirst}
        </p>
      )}
      {feedback}
      <div class="actions">
        {locked ? (
          after
        ) : (
          <button type="button" class="button primary" onClick={submit}>
            {t.submit}
          </button>
        )}
      </div>
    </div>
  );
}
