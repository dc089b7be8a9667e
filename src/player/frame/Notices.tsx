/**
 * Tracking and restore notices, such as "saved in this browser only". They never block:
 * a status region near the top, each with its own Dismiss button. Dismissing one moves
 * focus to the next notice's Dismiss, or to the screen's heading when none is left, so
 * focus never falls to the page body with the button that had it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Dictionary } from '../i18n/en.ts';
import { usePlayer } from '../use-player.ts';

type Kind = keyof Dictionary['notice'];

export function Notices() {
  const { input, t } = usePlayer();
  const [kinds, setKinds] = useState<Kind[]>([]);
  const box = useRef<HTMLDivElement>(null);
  // Where the dismissed notice was, until focus has moved on after the re-render.
  const dismissed = useRef<number | null>(null);

  useEffect(
    () =>
      input.onNotice(({ kind }) => {
        if (!(kind in t.notice)) return;
        setKinds((shown) => {
          // Saving again makes the earlier failure notice wrong, so it goes.
          const kept = shown.filter(
            (k) =>
              k !== kind &&
              !(kind === 'save-recovered' && k === 'save-failed') &&
              !(kind === 'save-failed' && k === 'save-recovered'),
          );
          return [...kept, kind as Kind];
        });
      }),
    [input],
  );

  useEffect(() => {
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
      {kinds.map((kind, i) => (
        <div class="notice" key={kind}>
          <p>{t.notice[kind]}</p>
          <button
            type="button"
            class="button small"
            onClick={() => {
              dismissed.current = i;
              setKinds((shown) => shown.filter((k) => k !== kind));
            }}
          >
            {t.dismiss}
          </button>
        </div>
      ))}
    </div>
  );
}
