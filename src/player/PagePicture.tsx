/**
 * A picture on a page: a lesson's opening picture or an image block, in page.js. A drawing
 * the packager checked (packaging/inline-svg.ts) goes into the page a task after the frame
 * that shows the page, its box reserved meanwhile, so a turn's frame carries the words
 * alone and the drawing follows, as a picture file would (issue 16: drawn in the turn, it
 * made the turn's longest task longer). It is named by its alt text like an <img>, or
 * hidden from screen readers without one. Any other picture is a lazy <img>, sized so the
 * page does not jump.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Picture } from '../course/types.ts';
import { nextTask } from './next-task.ts';

export function PagePicture({ picture, class: className }: { picture: Picture; class: string }) {
  const { src, svg, alt, width, height } = picture;
  const box = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (!svg) return;
    let shown = true;
    void nextTask().then(() => {
      if (shown && box.current) box.current.innerHTML = svg;
    });
    return () => {
      shown = false;
    };
  }, [svg]);
  if (!svg)
    return <img class={className} src={src} alt={alt} width={width} height={height} loading="lazy" decoding="async" />;
  const named = alt ? ({ role: 'img', 'aria-label': alt } as const) : ({ 'aria-hidden': true } as const);
  return <span ref={box} class={className} style={{ aspectRatio: `${width} / ${height}` }} {...named} />;
}
