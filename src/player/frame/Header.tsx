/**
 * The banner: the organisation and course title (the one h1), progress, the phone's Menu
 * button, Pause and exit, and the notices (inside a landmark, like all content). On a
 * phone it stays about 60 px tall: the title on one line above the progress bar, Pause and
 * exit only while the menu is open, and the menu's contents list right below the banner.
 */
import { Icon } from '../Icon.tsx';
import { Picture } from '../Picture.tsx';
import type { ScreenName } from '../screen-of.ts';
import { usePlayer } from '../use-player.ts';
import { ExitControl } from './ExitControl.tsx';
import { Notices } from './Notices.tsx';
import { ProgressBar } from './ProgressBar.tsx';

interface Props {
  screen: ScreenName;
  /** Pause and exit is offered on this screen. */
  exit: boolean;
  /** The contents list is shown on this screen. */
  contents: boolean;
  menuOpen: boolean;
  onMenu: () => void;
}

export function Header({ screen, exit, contents, menuOpen, onMenu }: Props) {
  const { input, t } = usePlayer();
  const { organisation } = input;
  const controls = [exit && 'exit-row', contents && 'toc-list'].filter(Boolean).join(' ');
  return (
    <header class="top" data-menu={menuOpen ? 'open' : 'closed'}>
      <div class="top-row">
        <p class="org">
          {organisation.logo && <Picture picture={organisation.logo} class="logo" />}
          {/* The short name on a phone, the full name where there is room: only the one shown is read. */}
          <span class="org-name">{organisation.name}</span>
          <span class="org-short">{organisation.shortName}</span>
        </p>
        <h1 class="course-title">{input.course.title}</h1>
        {screen !== 'intro' && screen !== 'resume' && screen !== 'exited' && <ProgressBar />}
        {controls && (
          <button
            type="button"
            class="button secondary toc-toggle"
            aria-expanded={menuOpen}
            aria-controls={controls}
            onClick={onMenu}
          >
            <Icon name={menuOpen ? 'cross' : 'menu'} />
            {t.menu}
          </button>
        )}
        {exit && (
          <div id="exit-row" class="exit-row">
            <ExitControl />
          </div>
        )}
      </div>
      <Notices />
    </header>
  );
}
