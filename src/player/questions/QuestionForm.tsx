/**
 * A question's prompt, inputs and Submit. The response being built is draft state
 * (local); whether it may be submitted is the engine's answer, asked with
 * snapshot.can(event), so validation lives in one place. After a submission Submit
 * stays in place (aria-disabled) so focus is not lost while feedback is announced.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Question } from '../../course/types.ts';
import type { EngineEvent } from '../../engine/engine-events.ts';
import type { Response } from '../../engine/scoring.ts';
import { optionOrder } from '../../engine/selectors.ts';
import { Markdown } from '../Markdown.tsx';
import { usePlayer, useSelector } from '../use-player.ts';
import { QuestionInputs } from './QuestionInputs.tsx';

interface Props {
  question: Question;
  /** The event that submits a response: question.submit or assessment.answer. */
  eventFor: (response: Response) => EngineEvent;
  /** True once answered, until the learner asks to try again. */
  locked: boolean;
  /** The last submitted response, when there is one. */
  submitted?: Response | undefined;
  /** Feedback and Try again, below Submit. */
  children?: ComponentChildren;
}

/** Where a fresh response starts: ordering items in their shuffled order, matches unchosen. */
function emptyResponse(question: Question, seed: number): string[] {
  if (question.type === 'ordering') return optionOrder(question, seed);
  if (question.type === 'matching') return question.pairs.map(() => '');
  return [];
}

export function QuestionForm({ question, eventFor, locked, submitted, children }: Props) {
  const { t, send } = usePlayer();
  const seed = useSelector((s) => s.context.seed);
  const [draft, setDraft] = useState<string[]>(() => (submitted ? [...submitted] : emptyResponse(question, seed)));
  const [incomplete, setIncomplete] = useState(false);
  const canSubmit = useSelector((s) => s.can(eventFor(draft)));
  const promptId = `${question.id}-prompt`;

  const submit = () => {
    if (locked) return;
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
        onChange={(next) => {
          setDraft(next);
          setIncomplete(false);
        }}
      />
      <div class="actions">
        <button type="button" class="button primary" aria-disabled={locked ? 'true' : undefined} onClick={submit}>
          {t.submit}
        </button>
      </div>
      {incomplete && !locked && (
        <p class="hint" role="alert">
          {t.answerFirst}
        </p>
      )}
      {children}
    </div>
  );
}
