/** A returning learner chooses: continue from the bookmark, or start again with a clean slate. */
import { usePlayer } from '../use-player.ts';
import { LandingHeading } from './LandingHeading.tsx';

export function ResumeScreen() {
  const { t, send } = usePlayer();
  return (
    <>
      <LandingHeading>{t.welcomeBack}</LandingHeading>
      <p>{t.resumeExplain}</p>
      <div class="actions">
        <button type="button" class="button primary" onClick={() => send({ type: 'course.resume' })}>
          {t.resume}
        </button>
        <button type="button" class="button secondary" onClick={() => send({ type: 'course.restart' })}>
          {t.restart}
        </button>
      </div>
    </>
  );
}
