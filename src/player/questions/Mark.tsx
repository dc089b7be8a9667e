/**
 * The mark on an answer after feedback: an icon and words, never colour alone. Beside a
 * control it is hidden from the control's name (so the control keeps its own name) and read
 * as its description instead, through aria-describedby; elsewhere it is read in place.
 */
import { Icon } from '../Icon.tsx';
import { usePlayer } from '../use-player.ts';

export type MarkKind = 'right' | 'wrong' | 'answer';

/** How an option is marked: chosen and right or wrong, or the correct one shown once the tries are used up. */
export function markOf(chosen: boolean, correct: boolean, reveal: boolean): MarkKind | undefined {
  if (chosen) return correct ? 'right' : 'wrong';
  return reveal && correct ? 'answer' : undefined;
}

interface Props {
  id: string;
  kind: MarkKind;
  /** The answer itself, after the words: "Correct answer: …". */
  extra?: string;
  /** Read in place rather than as a control's description. */
  inPlace?: boolean;
}

export function Mark({ id, kind, extra, inPlace }: Props) {
  const { t } = usePlayer();
  return (
    <span class="mark" id={id} data-mark={kind} aria-hidden={inPlace ? undefined : 'true'}>
      <Icon name={kind === 'wrong' ? 'cross' : 'check'} />
      {extra ? `${t.mark[kind]}: ${extra}` : t.mark[kind]}
    </span>
  );
}
