/**
 * Single choice and true-false as a radio group; multiple choice as checkboxes. Shown in
 * the engine's order. After feedback each chosen option is marked right or wrong, and the
 * correct ones too once the tries are used up.
 */
import type { BlockOf } from '../../course/types.ts';
import { optionOrder } from '../../engine/option-order.ts';
import { Markdown } from '../Markdown.tsx';
import { usePlayer, useSelector } from '../use-player.ts';
import type { InputProps } from './input-props.ts';
import { Mark, markOf } from './Mark.tsx';

type ChoiceQuestion = BlockOf<'single-choice'> | BlockOf<'multiple-choice'> | BlockOf<'true-false'>;

export function ChoiceInputs({ question, value, disabled, labelledBy, onChange, marks }: InputProps<ChoiceQuestion>) {
  const { t } = usePlayer();
  const seed = useSelector((s) => s.context.seed);
  const multiple = question.type === 'multiple-choice';
  const textOf = (id: string) =>
    question.type === 'true-false'
      ? id === 'true'
        ? t.trueLabel
        : t.falseLabel
      : question.choices.find((c) => c.id === id)!.text;
  const hintId = `${question.id}-hint`;

  return (
    // biome-ignore lint/a11y/useAriaPropsSupportedByRole: the role is group or radiogroup, both of which take aria-describedby.
    <div
      class="choices"
      role={multiple ? 'group' : 'radiogroup'}
      aria-labelledby={labelledBy}
      aria-describedby={multiple ? hintId : undefined}
    >
      {multiple && (
        <p id={hintId} class="hint">
          {t.chooseAll}
        </p>
      )}
      {optionOrder(question, seed).map((id) => {
        const mark = marks && markOf(value.includes(id), marks.correct.includes(id), marks.reveal);
        const markId = `${question.id}-${id}-mark`;
        return (
          <label class="choice" key={id} data-mark={mark}>
            <input
              type={multiple ? 'checkbox' : 'radio'}
              name={question.id}
              value={id}
              checked={value.includes(id)}
              disabled={disabled}
              aria-describedby={mark ? markId : undefined}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                if (!multiple) onChange([id]);
                else onChange(on ? [...value.filter((v) => v !== id), id] : value.filter((v) => v !== id));
              }}
            />
            <span class="choice-text">
              <Markdown text={textOf(id)} inline />
              {mark && <Mark id={markId} kind={mark} />}
            </span>
          </label>
        );
      })}
    </div>
  );
}
