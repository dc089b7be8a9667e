/**
 * The entry of player.js: read the inline course, show the first screen, then connect the
 * LMS session (session.js, a part of its own) and hand the player its full input. A classic
 * script, so it runs from file:// and inside LMS frames.
 */
import { loadPart } from '../player/load-part.ts';
import { mountPlayer } from '../player/mount.tsx';
import { lendModules } from '../player/part-host.ts';
import type { CourseData } from './course-data.ts';
import { createSession, provisionalInput } from './session.ts';
import type { SessionPart } from './session-part.ts';
import '../player/player.css';

let bundle: CourseData | undefined;

// The parts loaded later (session.js, page.js…) use player.js's own Preact, context and engine.
lendModules();

async function boot(): Promise<void> {
  const root = document.getElementById('app');
  const data = document.getElementById('course-data');
  if (!root || !data?.textContent) return;
  bundle = JSON.parse(data.textContent) as CourseData;
  const session = createSession(bundle);
  // The intro is live before the LMS answers; Start waits for it (issue 16).
  const update = mountPlayer(root, provisionalInput(session));
  const { connectSession } = await loadPart<SessionPart>('session');
  update(await connectSession(session));
}

/**
 * Runs `work` once the browser has painted what is already in the page. The intro is
 * pre-rendered, but a deferred script that runs the moment the page is parsed holds back
 * its first paint until the script is done: 0.6–0.8 s on a slow phone (issue 16). A hidden
 * frame never paints, so a timer runs the work anyway.
 */
function afterFirstPaint(work: () => void): void {
  let done = false;
  const once = () => {
    if (!done) {
      done = true;
      work();
    }
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 250);
}

afterFirstPaint(() =>
  boot().catch((error: unknown) => {
    console.error(error);
    const root = document.getElementById('app');
    // Plain text, never markup: in the course's language when the data got that far. English is the one
    // sentence player.js carries itself; every other word of the interface travels with the course.
    if (root)
      root.textContent =
        bundle?.ui?.cannotStart ??
        'This course could not start. Close this window and open the course again. If it keeps happening, tell your training coordinator.';
  }),
);
