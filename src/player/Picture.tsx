/**
 * Pictures. A drawing the packager checked (packaging/inline-svg.ts) goes into the page as
 * SVG, named by its alt text like an <img>, or hidden from screen readers without one:
 * Chromium would make an SVG <img> a document of its own, a long task on a slow phone.
 * Any other picture is an <img>, lazy and sized, so it never holds up the text or makes
 * the page jump.
 */
import type { Picture as PictureData } from '../course/types.ts';

type Drawable = Pick<PictureData, 'src' | 'alt' | 'width' | 'height' | 'svg'>;

export function Drawing({ svg, alt, class: className }: { svg: string; alt: string; class: string }) {
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

/** The course cover, a lesson opening's picture, or the organisation's logo. */
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
