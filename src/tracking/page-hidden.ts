/**
 * Calls back when the page is hidden: `visibilitychange` to hidden (tab switched, app
 * backgrounded) or `pagehide` (navigating away, closing). Browsers drop synchronous
 * work during `unload`, and mobile browsers often never fire it, so it is not used.
 */
import type { WindowLike } from './find-api.ts';

interface EventTargetLike {
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
}

/** Subscribes; returns the unsubscribe function. Does nothing outside a browser. */
export function onPageHidden(win: WindowLike | undefined, callback: () => void): () => void {
  const target = win as (EventTargetLike & { document?: EventTargetLike & { visibilityState?: string } }) | undefined;
  if (typeof target?.addEventListener !== 'function') return () => {};
  const doc = target.document;
  const onVisibility = () => {
    if (doc?.visibilityState === 'hidden') callback();
  };
  target.addEventListener('pagehide', callback);
  doc?.addEventListener('visibilitychange', onVisibility);
  return () => {
    target.removeEventListener('pagehide', callback);
    doc?.removeEventListener('visibilitychange', onVisibility);
  };
}
