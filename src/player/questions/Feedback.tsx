/**
 * Feedback that explains why: the verdict once, in words and an icon (never colour alone),
 * the feedback for each chosen choice, then the question's correct, partial or incorrect text.
 */
import type { Question } from '../../course/types.ts';
import { judge, type Response } from '../../engine/scoring.ts';
import { Icon } from '../Icon.tsx';
import { fill } from '../i18n/fill.ts';
import { Markdown } from '../Markdown.tsx';
import { usePlayer } from '../use-player.ts';

interface Props {
  question: Question;
  response: Response;
  /** Tries the learner still has, shown only when they may try again. */
  triesLeft?: number | undefined;
}

export function Feedback({ question, response, triesLeft }: Props) {
  const { t, fmt } = usePlayer();
  const { correct, partial } = judge(question, response);
  const verdict = correct ? 'correct' : partial ? 'partial' : 'incorrect';
  const { feedback } = question;
  const text = correct ? feedback.correct : partial ? (feedback.partial ?? feedback.incorrect) : feedback.incorrect;
  const chosen =
    question.type === 'single-choice' || question.type === 'multiple-choice'
      ? question.choices.filter((c) => c.feedback && response.includes(c.id))
      : [];

  return (
    <div class="feedback" data-verdict={verdict}>
      <p class="verdict">
        <Icon name={correct ? 'check' : partial ? 'info' : 'cross'} />
        <strong>{t.verdict[verdict]}</strong>
      </p>
      {chosen.map((choice) => (
        <div class="choice-feedback" key={choice.id}>
          <p class="choice-quote">
            <Markdown text={choice.text} inline />
          </p>
          <Markdown text={choice.feedback!} />
        </div>
      ))}
      <Markdown text={text} />
      {!!triesLeft && <p class="tries">{fill(t.triesLeft, fmt.number(triesLeft))}</p>}
    </div>
  );
}
