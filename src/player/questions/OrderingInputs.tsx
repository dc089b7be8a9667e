/**
 * Ordering as a list: drag an item by its grip (Pointer Events: mouse, pen or touch), or
 * use its Move up and Move down buttons (keyboard, switch, screen reader). Focus follows a moved item, and a
 * polite live region says where it went. After feedback each item is marked in place, and
 * the correct order is listed once the tries are used up.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { BlockOf } from '../../course/types.ts';
import { Icon } from '../Icon.tsx';
import { fill } from '../i18n/fill.ts';
import { usePlayer } from '../use-player.ts';
import { dragRow } from './drag-row.ts';
import type { InputProps } from './input-props.ts';
import { Mark } from './Mark.tsx';

export function OrderingInputs({
  question,
  value,
  disabled,
  labelledBy,
  onChange,
  marks,
}: InputProps<BlockOf<'ordering'>>) {
  const { t, fmt } = usePlayer();
  const [said, setSaid] = useState('');
  const list = useRef<HTMLOListElement>(null);
  const moved = useRef<{ id: string; dir: 'up' | 'down' } | null>(null);
  const textOf = (id: string) => question.items.find((item) => item.id === id)!.text;
  const say = (id: string, order: readonly string[]) =>
    setSaid(fill(t.moved, textOf(id), fmt.number(order.indexOf(id) + 1), fmt.number(order.length)));

  // A layout effect, so focus moves with the DOM change and never later than the learner's next key.
  useLayoutEffect(() => {
    const last = moved.current;
    if (!last || !list.current) return;
    moved.current = null;
    // Reordering the DOM drops focus; put it back on the same button, or its twin at either end.
    const row = list.current.querySelector(`[data-item="${last.id}"]`);
    const same = row?.querySelector<HTMLElement>(`[data-move="${last.dir}"]`);
    const other = row?.querySelector<HTMLElement>(`[data-move="${last.dir === 'up' ? 'down' : 'up'}"]`);
    (same?.getAttribute('aria-disabled') === 'true' ? other : same)?.focus();
  });

  const moveTo = (id: string, to: number) => {
    const next = value.filter((v) => v !== id);
    next.splice(to, 0, id);
    onChange(next);
    return next;
  };
  const move = (index: number, dir: 'up' | 'down') => {
    const to = dir === 'up' ? index - 1 : index + 1;
    if (disabled || to < 0 || to >= value.length) return;
    moved.current = { id: value[index]!, dir };
    say(value[index]!, moveTo(value[index]!, to));
  };

  return (
    <>
      {!disabled && <p class="hint">{t.dragHint}</p>}
      <ol class="ordering" ref={list} aria-labelledby={labelledBy}>
        {value.map((id, i) => (
          <li key={id} data-item={id}>
            {!disabled && (
              // The grip takes the touch (touch-action: none in player.css), so the page still scrolls elsewhere.
              <span
                class="grip"
                aria-hidden="true"
                onPointerDown={(e) =>
                  dragRow(
                    e,
                    (to) => moveTo(id, to),
                    (at) => setSaid(fill(t.moved, textOf(id), fmt.number(at + 1), fmt.number(value.length))),
                  )
                }
              >
                <Icon name="grip" />
              </span>
            )}
            <span class="order-text">{textOf(id)}</span>
            {marks && (
              <Mark id={`${question.id}-${id}-mark`} kind={marks.correct[i] === id ? 'right' : 'wrong'} inPlace />
            )}
            {!disabled && (
              <span class="order-moves">
                <MoveButton dir="up" label={t.moveUp} item={textOf(id)} off={i === 0} onMove={() => move(i, 'up')} />
                <MoveButton
                  dir="down"
                  label={t.moveDown}
                  item={textOf(id)}
                  off={i === value.length - 1}
                  onMove={() => move(i, 'down')}
                />
              </span>
            )}
          </li>
        ))}
      </ol>
      {marks?.reveal && value.some((id, i) => marks.correct[i] !== id) && (
        <div class="answer-key">
          <p>{t.correctOrder}</p>
          <ol>
            {marks.correct.map((id) => (
              <li key={id}>{textOf(id)}</li>
            ))}
          </ol>
        </div>
      )}
      <p class="sr-only" aria-live="polite">
        {said}
      </p>
    </>
  );
}

interface MoveProps {
  dir: 'up' | 'down';
  label: string;
  item: string;
  /** At the end of the list: kept focusable so focus never falls off, but inert. */
  off: boolean;
  onMove: () => void;
}

function MoveButton({ dir, label, item, off, onMove }: MoveProps) {
  return (
    <button
      type="button"
      class="button icon-button"
      data-move={dir}
      aria-disabled={off ? 'true' : undefined}
      onClick={onMove}
    >
      <Icon name={dir} />
      <span class="sr-only">
        {label}: {item}
      </span>
    </button>
  );
}
