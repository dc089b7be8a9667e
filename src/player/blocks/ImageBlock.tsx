/** An image, drawn inline or lazy-loaded with its size reserved so the page does not jump; decorative images are hidden from screen readers. */
import type { BlockOf } from '../../course/types.ts';
import { Markdown } from '../Markdown.tsx';
import { Drawing } from '../Picture.tsx';

export function ImageBlock({ block }: { block: BlockOf<'image'> }) {
  const alt = block.decorative ? '' : (block.alt ?? '');
  return (
    <figure class="block block-image">
      {block.svg ? (
        <Drawing svg={block.svg} alt={alt} class="drawing" />
      ) : (
        <img src={block.src} alt={alt} width={block.width} height={block.height} loading="lazy" decoding="async" />
      )}
      {block.caption && (
        <figcaption>
          <Markdown text={block.caption} />
        </figcaption>
      )}
    </figure>
  );
}
