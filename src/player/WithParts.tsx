/**
 * Renders its children once the parts they need are here (use-parts.ts). Until then a quiet
 * "Loading…" (only once the wait passes half a second: most parts are here long before),
 * or, when the network failed, what happened and Try again. Focus goes to the screen's
 * heading once it arrives.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useParts } from './use-parts.ts';
import { usePlayer } from './use-player.ts';

interface Props {
  names: readonly string[];
  children: () => ComponentChildren;
  /** Render nothing while waiting (for what sits beside the screen, like the contents list). */
  quiet?: boolean;
}

export function WithParts({ names, children, quiet }: Props) {
  const { t } = usePlayer();
  const { ready, failed, retry } = useParts(names);
  const waited = useRef(false);
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (ready) return;
    const timer = setTimeout(() => setSlow(true), 500);
    return () => clearTimeout(timer);
  }, [ready]);
  useEffect(() => {
    if (!ready || !waited.current || quiet) return;
    waited.current = false;
    // The landing moved focus before its heading was here; move it now, unless the learner went elsewhere.
    const active = document.activeElement;
    if (!active || active === document.body || active.closest('main'))
      document.querySelector<HTMLElement>('main [data-landing]')?.focus();
  }, [ready, quiet]);
  if (ready) return <>{children()}</>;
  waited.current = true;
  if (quiet) return null;
  if (failed)
    return (
      <div class="part-failed" role="alert">
        <p>{t.partFailed}</p>
        <button type="button" class="button secondary" onClick={retry}>
          {t.tryAgain}
        </button>
      </div>
    );
  return (
    <p class="part-loading" role="status">
      {slow ? t.loading : ''}
    </p>
  );
}
