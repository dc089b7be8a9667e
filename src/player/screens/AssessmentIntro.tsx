/** Before an attempt: the intro, the pass mark in force, attempts left, and Start (or Continue an attempt in progress). */
import { assessmentStatus } from '../../engine/selectors.ts';
import { fill } from '../i18n/fill.ts';
import { Markdown } from '../Markdown.tsx';
import { shallowEqual, usePlayer, useSelector } from '../use-player.ts';
import { LandingHeading } from './LandingHeading.tsx';

export function AssessmentIntro() {
  const { input, t, fmt, send } = usePlayer();
  const assessment = input.course.assessment!;
  const status = useSelector((s) => assessmentStatus(input.course, s.context), shallowEqual);
  const passMark = useSelector((s) => s.context.passMark);
  const inAttempt = useSelector((s) => !!s.context.attempt);
  const canStart = useSelector((s) => s.can({ type: 'assessment.start' }));
  const canSummary = useSelector((s) => s.can({ type: 'summary.open' }));

  return (
    <>
      <LandingHeading>{assessment.title}</LandingHeading>
      <Markdown text={assessment.intro} />
      <ul class="facts">
        <li>{fill(t.passMark, fmt.percent(passMark / 100))}</li>
        {status.attemptsLeft !== null && <li>{fill(t.attemptsLeft, fmt.number(status.attemptsLeft))}</li>}
        {status.bestScore !== undefined && <li>{fill(t.bestScore, fmt.percent(status.bestScore / 100))}</li>}
      </ul>
      <div class="actions">
        {canStart && (
          <button type="button" class="button primary" onClick={() => send({ type: 'assessment.start' })}>
            {inAttempt ? t.continueAssessment : t.startAssessment}
          </button>
        )}
        {canSummary && (
          <button type="button" class="button secondary" onClick={() => send({ type: 'summary.open' })}>
            {t.summary}
          </button>
        )}
        <button type="button" class="button secondary" onClick={() => send({ type: 'nav.back' })}>
          {t.backToPages}
        </button>
      </div>
    </>
  );
}
