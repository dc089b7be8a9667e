/** After Pause and exit: the session is over and saved; the LMS or the learner closes the window. */
import { usePlayer } from '../use-player.ts';
import { LandingHeading } from './LandingHeading.tsx';

export function ExitedScreen() {
  const { t } = usePlayer();
  return (
    <>
      <LandingHeading>{t.exitedTitle}</LandingHeading>
      <p>{t.exitedBody}</p>
    </>
  );
}
