/** A screen's main heading: the place focus moves to when the learner arrives (see App). */
import type { ComponentChildren } from 'preact';

export function LandingHeading({ children }: { children: ComponentChildren }) {
  return (
    <h2 class="screen-title" tabIndex={-1} data-landing>
      {children}
    </h2>
  );
}
