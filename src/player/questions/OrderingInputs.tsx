/**
 * Ordering as a list with Move up and Move down buttons, never dragging. Focus follows
 * the moved item, and a polite live region says where it went.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { BlockOf } from '../../course/types.ts';
import { fill } from '../i18n/fill.ts';
import { usePlayer } from '../use-player.ts';
import type { InputProps } from './input-props.ts';

export function OrderingInputs({ question, value, disabled, labelledBy, onChange }: InputProps<BlockOf<'ordering'>>) {
  const { t, fmt } = usePlayer();
  const [said, setSaid] = useState('');
  const list = useRef<HTMLOListElement>(null);
  const moved = useRef<{ id: string; dir: 'up' | 'down' } | null>(null);
  const textOf = (id: string) => question.items.find((item) => item.id === id)!.text;

  useEffect(() => {
    const last = moved.current;
    if (!last || !list.current) return;
    moved.current = null;
    // Reordering the DOM drops focus; put it back on the same button, or its twin at either end.
    const row = list.current.querySelector(`[data-item="${last.id}"]`);
    const same = row?.querySelector<HTMLElement>(`[data-move="${last.dir}"]`);
    const other = row?.querySelector<HTMLElement>(`[data-move="${last.dir === 'up' ? 'down' : 'up'}"]`);
    (same?.getAttribute('aria-disabled') === 'true' ? other : same)?.focus();
  });

  const move = (index: number, dir: 'up' | 'down') => {
    const to = dir === 'up' ? index - 1 : index + 1;
    if (disabled || to < 0 || to >= value.length) return;
    const next = [...value];
    [next[index], next[to]] = [next[to]!, next[index]!];
    moved.current = { id: value[index]!, dir };
    setSaid(fill(t.moved, textOf(value[index]!), fmt.number(to + 1), fmt.number(value.length)));
    onChange(next);
  };

  return (
    <>
      <ol class="ordering" ref={list} aria-labelledby={labelledBy}>
        {value.map((id, i) => (
          <li key={id} data-item={id}>
            <span class="order-text">{textOf(id)}</span>
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
      class="button small"
      data-move={dir}
      aria-disabled={off ? 'true' : undefined}
      onClick={onMove}
    >
      <span aria-hidden="true">{dir === 'up' ? '↑' : '↓'} </span>
      {label}
      <span class="sr-only">: {item}</span>
    </button>
  );
}
