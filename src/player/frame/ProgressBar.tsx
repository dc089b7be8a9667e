/** Course progress in the learner's steps, as a labelled progressbar and as short visible text. */
import { fill } from '../i18n/fill.ts';
import { learnerProgress } from '../progress.ts';
import { usePlayer, useSelector } from '../use-player.ts';

export function ProgressBar() {
  const { input, t, fmt } = usePlayer();
  const progress = useSelector((s) => learnerProgress(input.course, s.context));
  const percent = Math.round(progress * 100);
  const text = fill(t.progressValue, fmt.percent(percent / 100));
  return (
    <div class="progress">
      <span id="progress-label" class="sr-only">
        {t.progress}
      </span>
      <div
        role="progressbar"
        aria-labelledby="progress-label"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={text}
        class="progress-track"
      >
        <div class="progress-fill" style={{ inlineSize: `${percent}%` }} />
      </div>
      <span class="progress-text" aria-hidden="true">
        {text}
      </span>
    </div>
  );
}
