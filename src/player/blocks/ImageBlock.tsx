/** An image, lazy-loaded with its size reserved so the page does not jump; decorative images are hidden from screen readers. */
import type { BlockOf } from '../../course/types.ts';
import { Markdown } from '../Markdown.tsx';

export function ImageBlock({ block }: { block: BlockOf<'image'> }) {
  return (
    <figure class="block block-image">
      <img
        src={block.src}
        alt={block.decorative ? '' : (block.alt ?? '')}
        width={block.width}
        height={block.height}
        loading="lazy"
        decoding="async"
      />
      {block.caption && (
        <figcaption>
          <Markdown text={block.caption} />
        </figcaption>
      )}
    </figure>
  );
}
