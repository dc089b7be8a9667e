/** Text with an optional title. */
import type { BlockOf } from '../../course/types.ts';
import { Markdown } from '../Markdown.tsx';

export function TextBlock({ block }: { block: BlockOf<'text'> }) {
  return (
    <div class="block block-text">
      {block.title && <h3>{block.title}</h3>}
      <Markdown text={block.body} />
    </div>
  );
}
