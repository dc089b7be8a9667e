/**
 * The page's life as the tracker needs it. `visibilitychange` to hidden (tab switched, app
 * backgrounded) may be followed by nothing at all, since mobile browsers kill hidden tabs
 * without another event, so it is the moment to commit. `pagehide` is the last event a
 * page is sure to get when it goes away: closed, reloaded, navigated, its frame removed
 * by the LMS, or put into the back/forward cache. Browsers drop synchronous work during
 * `unload`, and mobile browsers often never fire it, so it is not used (and a listener
 * for it would keep the page out of the back/forward cache).
 */
import type { WindowLike } from './find-api.ts';

interface EventTargetLike {
  addEventListener(type: string, listener: (event: { persisted?: boolean }) => void): void;
  removeEventListener(type: string, listener: (event: { persisted?: boolean }) => void): void;
}

export interface PageEvents {
  /** The page was hidden but is still alive. */
  hidden(): void;
  /** The page is going away, perhaps into the back/forward cache. */
  leaving(): void;
  /** The page came back from the back/forward cache, with its state as it was. */
  returned(): void;
}

/** Subscribes; returns the unsubscribe function. Does nothing outside a browser. */
export function watchPage(win: WindowLike | undefined, events: PageEvents): () => void {
  const target = win as (EventTargetLike & { document?: EventTargetLike & { visibilityState?: string } }) | undefined;
  if (typeof target?.addEventListener !== 'function') return () => {};
  const doc = target.document;
  const onVisibility = () => {
    if (doc?.visibilityState === 'hidden') events.hidden();
  };
  const onHide = () => events.leaving();
  const onShow = (event: { persisted?: boolean }) => {
    if (event.persisted) events.returned();
  };
  target.addEventListener('pagehide', onHide);
  target.addEventListener('pageshow', onShow);
  doc?.addEventListener('visibilitychange', onVisibility);
  return () => {
    target.removeEventListener('pagehide', onHide);
    target.removeEventListener('pageshow', onShow);
    doc?.removeEventListener('visibilitychange', onVisibility);
  };
}

/**
 * Whether this document is a reload of the one before it in the same frame, as opposed to
 * a launch: the LMS loading the frame, or the LMS page itself reloading.
 */
export function isReload(win: WindowLike | undefined): boolean {
  try {
    const performance = (win as { performance?: { getEntriesByType?(type: string): Array<{ type?: string }> } })
      ?.performance;
    return performance?.getEntriesByType?.('navigation')[0]?.type === 'reload';
  } catch {
    return false;
  }
}
