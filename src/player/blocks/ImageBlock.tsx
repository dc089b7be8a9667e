/** An image, drawn or lazy-loaded with its size reserved so the page does not jump; decorative images are hidden from screen readers. */
import type { BlockOf } from '../../course/types.ts';
import { Markdown } from '../Markdown.tsx';
import { PagePicture } from '../PagePicture.tsx';

export function ImageBlock({ block }: { block: BlockOf<'image'> }) {
  const alt = block.decorative ? '' : (block.alt ?? '');
  return (
    <figure class="block block-image">
      <PagePicture picture={{ ...block, alt }} class="block-picture" />
      {block.caption && (
        <figcaption>
          <Markdown text={block.caption} />
        </figcaption>
      )}
    </figure>
  );
}
