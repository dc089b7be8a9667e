/**
 * Tracking and restore notices, such as "saved in this browser only". They never block:
 * a status region near the top, one short line each with its own Dismiss button; the one
 * saying another tab saves the progress also offers to continue here. Dismissing
 * one moves focus to the next notice's Dismiss, or to the screen's heading when none is
 * left, so focus never falls to the page body with the button that had it. Their words
 * come with the course's common words (issue 16); a notice raised before those arrive
 * shows when they do.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { Icon } from '../Icon.tsx';
import { type NoticeKind, noticesAfter } from '../notice-kinds.ts';
import { useParts, wordsFor } from '../use-parts.ts';
import { usePlayer } from '../use-player.ts';

export function Notices() {
  const { input, t } = usePlayer();
  const { ready } = useParts(wordsFor(input));
  const [kinds, setKinds] = useState<NoticeKind[]>([]);
  const box = useRef<HTMLDivElement>(null);
  // Where the dismissed notice was, until focus has moved on after the re-render.
  const dismissed = useRef<number | null>(null);

  // Keyed by the listener, not the input: a replaced input (after taking over) keeps the notices as they are.
  useEffect(
    () => input.onNotice(({ kind }) => setKinds((shown) => noticesAfter(shown, kind, input))),
    [input.onNotice],
  );

  // A layout effect, so focus moves with the DOM change and never later than the learner's next key.
  useLayoutEffect(() => {
    const at = dismissed.current;
    if (at === null) return;
    dismissed.current = null;
    const buttons = box.current?.querySelectorAll<HTMLElement>('.notice button') ?? [];
    (
      buttons[Math.min(at, buttons.length - 1)] ??
      box.current?.closest('.player')?.querySelector<HTMLElement>('main [data-landing]')
    )?.focus();
  }, [kinds]);

  return (
    <div class="notices" role="status" ref={box}>
      {(ready ? kinds : []).map((kind, i) => (
        <div class="notice" key={kind}>
          <Icon name="info" />
          <p>{t.notice[kind]}</p>
          {kind === 'other-tab' && input.takeOver && (
            <button type="button" class="button secondary" onClick={input.takeOver}>
              {t.continueHere}
            </button>
          )}
          <button
            type="button"
            class="button icon-button"
            onClick={() => {
              dismissed.current = i;
              setKinds((shown) => shown.filter((k) => k !== kind));
            }}
          >
            <Icon name="cross" />
            <span class="sr-only">{t.dismiss}</span>
          </button>
        </div>
      ))}
    </div>
  );
}
