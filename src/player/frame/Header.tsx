/** The banner: course title (the one h1), progress, Pause and exit, and notices (inside a landmark, like all content). */

import type { ScreenName } from '../screen-of.ts';
import { usePlayer } from '../use-player.ts';
import { ExitControl } from './ExitControl.tsx';
import { Notices } from './Notices.tsx';
import { ProgressBar } from './ProgressBar.tsx';

export function Header({ screen }: { screen: ScreenName }) {
  const { input } = usePlayer();
  return (
    <header class="top">
      <div class="top-row">
        <h1 class="course-title">{input.course.title}</h1>
        {screen !== 'exited' && <ExitControl />}
      </div>
      {screen !== 'intro' && screen !== 'exited' && <ProgressBar />}
      <Notices />
    </header>
  );
}
