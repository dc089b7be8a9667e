/** Course progress from the completion rules, as a labelled progressbar and as visible text. */
import { courseStatus } from '../../engine/selectors.ts';
import { fill } from '../i18n/fill.ts';
import { usePlayer, useSelector } from '../use-player.ts';

export function ProgressBar() {
  const { input, t, fmt } = usePlayer();
  const progress = useSelector((s) => courseStatus(input.course, s.context).progress);
  const percent = Math.round(progress * 100);
  const text = fill(t.progressValue, fmt.percent(progress));
  return (
    <div class="progress">
      <span id="progress-label" class="progress-label">
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
