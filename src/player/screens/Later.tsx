/**
 * What a screen shows below its first screenful, rendered in the task after the frame that
 * shows the top (issue 16). A turn then builds and lays out what a phone shows first, not
 * what is below the fold: the learner sees the new heading sooner, and the rest follows
 * within a frame. Focus lands on the heading above, so assistive technology is told nothing.
 * Until the rest is there, a hidden `data-partial` marker stands in, for tests and the bench.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

interface Props {
  children: () => ComponentChildren;
  /** Render at once: nothing is below the fold (a page with one block, say). */
  now?: boolean;
}

export function Later({ children, now = false }: Props) {
  const [shown, setShown] = useState(now);
  // A passive effect runs after the browser has painted what came first; when it is all there already, setting it again changes nothing.
  useEffect(() => setShown(true), []);
  return shown ? <>{children()}</> : <span data-partial hidden />;
}
