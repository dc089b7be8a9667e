/**
 * Previous and Next. Whether each may be used is the engine's answer (snapshot.can).
 * A refused Next stays focusable (aria-disabled) and says why, instead of vanishing
 * from the tab order without a word.
 */
import { isPageComplete } from '../../engine/selectors.ts';
import { usePlayer, useSelector } from '../use-player.ts';

export function PageNav() {
  const { input, t, send } = usePlayer();
  const canBack = useSelector((s) => s.can({ type: 'nav.back' }));
  const canNext = useSelector((s) => s.can({ type: 'nav.next' }));
  // When this page is done but Next is still refused, the missing work is on other pages.
  const pageDone = useSelector((s) => isPageComplete(input.course, s.context, s.context.pageId));
  return (
    <div class="page-nav">
      <button
        type="button"
        class="button secondary"
        aria-disabled={canBack ? undefined : 'true'}
        onClick={() => canBack && send({ type: 'nav.back' })}
      >
        {t.previous}
      </button>
      <button
        type="button"
        class="button primary"
        aria-disabled={canNext ? undefined : 'true'}
        aria-describedby={canNext ? undefined : 'next-hint'}
        onClick={() => canNext && send({ type: 'nav.next' })}
      >
        {t.next}
      </button>
      {!canNext && (
        <p id="next-hint" class="hint">
          {pageDone ? t.nextHintPages : t.nextHint}
        </p>
      )}
    </div>
  );
}
