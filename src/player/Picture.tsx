/**
 * The first screen's pictures: the course cover and the organisation's logo. A drawing the
 * packager checked (packaging/inline-svg.ts), the demo's tiny logo for one, goes into the
 * page as SVG, named by its alt text like an <img>, or hidden from screen readers without
 * one: Chromium would make an SVG <img> a document of its own, a long task on a slow phone
 * before the first paint. Any other picture is an <img>, lazy and sized, so it never holds
 * up the text or makes the page jump. A page's pictures are PagePicture's, in page.js.
 */
import type { Picture as PictureData } from '../course/types.ts';

type Drawable = Pick<PictureData, 'src' | 'alt' | 'width' | 'height' | 'svg'>;

function Drawing({ svg, alt, class: className }: { svg: string; alt: string; class: string }) {
  const named = alt ? ({ role: 'img', 'aria-label': alt } as const) : ({ 'aria-hidden': true } as const);
  return (
    <span
      class={className}
      {...named}
      // Written by packaging/inline-svg.ts from its allowlist, never the author's markup.
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}

export function Picture({ picture, class: className }: { picture: Drawable; class: string }) {
  return picture.svg ? (
    <Drawing svg={picture.svg} alt={picture.alt} class={className} />
  ) : (
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
