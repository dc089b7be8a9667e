/**
 * Tracking and restore notices, such as "saved in this browser only". They never block:
 * a status region near the top, each with its own Dismiss button.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Dictionary } from '../i18n/en.ts';
import { usePlayer } from '../use-player.ts';

type Kind = keyof Dictionary['notice'];

export function Notices() {
  const { session, t } = usePlayer();
  const [kinds, setKinds] = useState<Kind[]>([]);

  useEffect(
    () =>
      session.onNotice(({ kind }) => {
        if (!(kind in t.notice)) return;
        setKinds((shown) => {
          // Saving again makes the earlier failure notice wrong, so it goes.
          const kept = shown.filter((k) => k !== kind && !(kind === 'save-recovered' && k === 'save-failed') && !(kind === 'save-failed' && k === 'save-recovered'));
          return [...kept, kind as Kind];
        });
      }),
    [session],
  );

  return (
    <div class="notices" role="status">
      {kinds.map((kind) => (
        <div class="notice" key={kind}>
          <p>{t.notice[kind]}</p>
          <button type="button" class="button small" onClick={() => setKinds((shown) => shown.filter((k) => k !== kind))}>
            {t.dismiss}
          </button>
        </div>
      ))}
    </div>
  );
}
