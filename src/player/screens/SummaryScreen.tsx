/**
 * The end. A completed course gets its completion screen; otherwise (not finished yet, or
 * every attempt used without passing) the summary says where the learner stands: completion and success as the course rules see them, pages
 * complete and the best score.
 */
import { indexCourse } from '../../engine/course-index.ts';
import { courseStatus, isPageComplete } from '../../engine/selectors.ts';
import { fill } from '../i18n/fill.ts';
import { shallowEqual, usePlayer, useSelector } from '../use-player.ts';
import { CompletionScreen } from './CompletionScreen.tsx';
import { LandingHeading } from './LandingHeading.tsx';

export function SummaryScreen() {
  const { input, t, fmt, send } = usePlayer();
  const { course } = input;
  const pages = indexCourse(course).pages;
  const status = useSelector((s) => courseStatus(course, s.context), shallowEqual);
  const done = useSelector((s) => pages.filter(({ page }) => isPageComplete(course, s.context, page.id)).length);
  const canAssessment = useSelector((s) => s.can({ type: 'assessment.open' }));
  if (status.completion === 'completed' && status.success !== 'failed') return <CompletionScreen status={status} />;

  return (
    <>
      <LandingHeading>{t.summary}</LandingHeading>
      <ul class="facts">
        <li>{t.completion[status.completion]}</li>
        {course.assessment && <li>{t.success[status.success]}</li>}
        {status.scorePercent !== undefined && <li>{fill(t.bestScore, fmt.percent(status.scorePercent / 100))}</li>}
        <li>{fill(t.pagesComplete, fmt.number(done), fmt.number(pages.length))}</li>
      </ul>
      <div class="actions">
        {canAssessment && course.assessment && (
          <button type="button" class="button secondary" onClick={() => send({ type: 'assessment.open' })}>
            {course.assessment.title}
          </button>
        )}
        <button type="button" class="button secondary" onClick={() => send({ type: 'nav.back' })}>
          {t.previous}
        </button>
      </div>
    </>
  );
}
