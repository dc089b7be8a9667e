/**
 * Matching as one native select per prompt: every keyboard, switch and screen reader
 * already knows how to use it, and it needs no dragging. Answers appear in the engine's
 * order; the response lists the chosen answer for each prompt in course order. After
 * feedback each row is marked, with its correct answer once the tries are used up.
 */
import type { BlockOf } from '../../course/types.ts';
import { optionOrder } from '../../engine/option-order.ts';
import { usePlayer, useSelector } from '../use-player.ts';
import type { InputProps } from './input-props.ts';
import { Mark } from './Mark.tsx';

export function MatchingInputs({
  question,
  value,
  disabled,
  labelledBy,
  onChange,
  marks,
}: InputProps<BlockOf<'matching'>>) {
  const { t } = usePlayer();
  const seed = useSelector((s) => s.context.seed);
  const answers = new Map<string, string>([
    ...question.pairs.map((p) => [p.id, p.match] as [string, string]),
    ...question.distractors.map((d) => [d.id, d.text] as [string, string]),
  ]);
  const order = optionOrder(question, seed);

  return (
    <div class="matching" role="group" aria-labelledby={labelledBy}>
      {question.pairs.map((pair, i) => {
        const id = `${question.id}-${pair.id}`;
        const right = value[i] === marks?.correct[i];
        const described = marks && [`${id}-mark`, marks.reveal && !right && `${id}-answer`].filter(Boolean).join(' ');
        return (
          <div class="match-row" key={pair.id}>
            <label for={id}>{pair.prompt}</label>
            <select
              id={id}
              value={value[i] ?? ''}
              disabled={disabled}
              aria-describedby={described || undefined}
              onChange={(e) => onChange(value.map((v, j) => (j === i ? e.currentTarget.value : v)))}
            >
              <option value="">{t.choose}</option>
              {order.map((answer) => (
                <option key={answer} value={answer}>
                  {answers.get(answer)}
                </option>
              ))}
            </select>
            {marks && <Mark id={`${id}-mark`} kind={right ? 'right' : 'wrong'} />}
            {marks?.reveal && !right && <Mark id={`${id}-answer`} kind="answer" extra={pair.match} />}
          </div>
        );
      })}
    </div>
  );
}
