/**
 * Pause and exit, with a confirmation step. The confirmation is an ordinary region
 * that takes focus, not a modal: it works the same in every LMS frame and with every
 * screen reader, and Escape or "Keep going" returns focus to the button.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { usePlayer } from '../use-player.ts';

export function ExitControl() {
  const { t, send } = usePlayer();
  const [confirming, setConfirming] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);

  // A layout effect, so focus moves with the DOM change and never later than the learner's next key.
  useLayoutEffect(() => {
    if (confirming) heading.current?.focus();
    else if (opened.current) opener.current?.focus();
    opened.current = confirming;
  }, [confirming]);

  if (!confirming) {
    return (
      <button type="button" class="button secondary exit-button" ref={opener} onClick={() => setConfirming(true)}>
        {t.pauseAndExit}
      </button>
    );
  }
  return (
    <section
      class="exit-confirm"
      aria-labelledby="exit-title"
      onKeyDown={(e) => e.key === 'Escape' && setConfirming(false)}
    >
      <h2 id="exit-title" tabIndex={-1} ref={heading}>
        {t.exitQuestion}
      </h2>
      <p>{t.exitExplain}</p>
      <div class="actions">
        <button type="button" class="button primary" onClick={() => send({ type: 'course.exit' })}>
          {t.exitNow}
        </button>
        <button type="button" class="button secondary" onClick={() => setConfirming(false)}>
          {t.keepGoing}
        </button>
      </div>
    </section>
  );
}
