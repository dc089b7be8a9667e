/**
 * The learner's player: one input in, the whole course out. Every screen is chosen
 * from the machine's snapshot; the frame keeps only what is purely visual (is the menu
 * open, is the exit confirmation showing).
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { textDirection } from '../course/language.ts';
import { packageKey } from '../course/package-key.ts';
import { createDeviceStore } from './device-store.ts';
import { createFormats } from './format.ts';
import { Header } from './frame/Header.tsx';
import { registeredPart } from './load-part.ts';
import type { PagePart } from './parts/part-types.ts';
import type { PlayerInput } from './player-input.ts';
import { hasExit, landingKey, screenOf } from './screen-of.ts';
import { Screen } from './screens/Screen.tsx';
import { prefetchCourse, wordsFor } from './use-parts.ts';
import { type Player, PlayerContext, usePlayer, useSelector } from './use-player.ts';
import { WithParts } from './WithParts.tsx';

export function App({ input: first }: { input: PlayerInput }) {
  // Taking over from another tab may start the course again from its newer progress, as a new input.
  const [swap, setSwap] = useState<[PlayerInput, PlayerInput]>();
  useEffect(() => first.onReplace?.((next) => setSwap([first, next])), [first]);
  const input = swap?.[0] === first ? swap[1] : first;
  const player = useMemo<Player>(() => {
    const { course, actor, learnerKey } = input;
    return {
      input,
      // The course's interface language arrives with the course, English included, so player.js carries no words.
      t: input.ui,
      fmt: createFormats(course.language),
      store: createDeviceStore(packageKey(input.organisation.id, course), learnerKey),
      send: (event) => actor.send(event),
    };
  }, [input]);
  return (
    <PlayerContext.Provider value={player}>
      <Frame />
    </PlayerContext.Provider>
  );
}

function Frame() {
  const { input, t } = usePlayer();
  const { course } = input;
  const screen = useSelector(screenOf);
  const landing = useSelector(landingKey);
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  // On a phone the contents and Pause and exit sit behind one Menu button; wider screens show both.
  const [menuOpen, setMenuOpen] = useState(false);
  const exit = useSelector((s) => hasExit(input.course, s));

  // Once the first screen is live, what comes after it loads in the background (issue 16).
  useEffect(() => prefetchCourse(input, input.actor.getSnapshot().context.pageId), [input]);

  // Focus moves in the frame that first shows the landing, before it is painted: a passive
  // effect runs after paint, and could take focus back from wherever a fast keyboard user had
  // moved since. Not in the DOM change's own task: focusing lays the page out there and then,
  // which made that task up to a third longer on a slow phone (issue 16).
  useLayoutEffect(() => {
    // The first screen is where a screen reader starts anyway; after that, each landing moves focus to its heading.
    if (first.current) {
      first.current = false;
      return;
    }
    setMenuOpen(false);
    const frame = requestAnimationFrame(() => main.current?.querySelector<HTMLElement>('[data-landing]')?.focus());
    return () => cancelAnimationFrame(frame);
  }, [landing]);

  const inCourse = screen !== 'intro' && screen !== 'resume' && screen !== 'exited';
  const { colours } = input.organisation;
  return (
    <div
      class="player"
      lang={course.language}
      dir={textDirection(course.language, course.direction)}
      // The organisation's colours as custom properties, which player.css applies to a root that has them (.player[style]).
      style={colours}
    >
      <a class="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <Header
        screen={screen}
        exit={exit}
        contents={inCourse}
        menuOpen={menuOpen}
        onMenu={() => setMenuOpen(!menuOpen)}
      />
      <div class={inCourse ? 'layout with-nav' : 'layout'}>
        {inCourse && (
          <WithParts names={['page', ...wordsFor(input)]} quiet>
            {() => {
              const { ContentsNav } = registeredPart<PagePart>('page')!;
              return <ContentsNav screen={screen} open={menuOpen} onGo={() => setMenuOpen(false)} />;
            }}
          </WithParts>
        )}
        <main id="main" tabIndex={-1} data-screen={screen} ref={main}>
          <Screen name={screen} />
        </main>
      </div>
    </div>
  );
}
