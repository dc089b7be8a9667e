/**
 * A described picture outside the blocks: the course cover or a lesson opening. Lazy and
 * sized like image blocks, so it never holds up the text or makes the page jump.
 */
import type { Picture as PictureData } from '../course/types.ts';

export function Picture({ picture, class: className }: { picture: PictureData; class: string }) {
  return (
    <img
      class={className}
      src={picture.src}
      alt={picture.alt}
      width={picture.width}
      height={picture.height}
      loading="lazy"
      decoding="async"
    />
  );
}
