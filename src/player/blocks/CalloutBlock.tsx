/** A highlighted message. The variant is a style; its name is the heading when the author gave no title. */
import type { BlockOf } from '../../course/types.ts';
import { Markdown } from '../Markdown.tsx';
import { usePlayer } from '../use-player.ts';

export function CalloutBlock({ block }: { block: BlockOf<'callout'> }) {
  const { t } = usePlayer();
  return (
    <div class="block callout" data-variant={block.variant}>
      <h3>{block.title ?? t.callout[block.variant]}</h3>
      <Markdown text={block.body} />
    </div>
  );
}
