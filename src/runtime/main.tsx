/**
 * The entry of player.js: read the inline course, ask at once for what Start will need, show
 * the first screen, then connect the LMS session (session.js, a part of its own) and hand the
 * player its full input. A classic script, so it runs from file:// and inside LMS frames.
 */
import { createFormats } from '../player/format.ts';
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

/**
 * Asks for what the first page after Start needs (the LMS session, the page part and the
 * first lesson's words) the moment player.js runs, so they download while the intro is made
 * live. Asked for once the intro was live, they arrived about 0.3 s after a learner's first
 * Start on a slow phone (issue 16). A part that fails is asked for again when a screen needs it.
 */
function fetchWhatStartNeeds(data: CourseData): void {
  const firstLesson = data.course.lessons[0]?.id;
  const words = data.text ? [data.text.common, firstLesson && data.text.lessons[firstLesson]] : [];
  for (const name of ['session', 'page', ...words]) if (name) loadPart(name).catch(() => {});
}

function readBundle(): CourseData | undefined {
  const data = document.getElementById('course-data');
  return data?.textContent ? (JSON.parse(data.textContent) as CourseData) : undefined;
}

async function boot(): Promise<void> {
  const root = document.getElementById('app');
  bundle ??= readBundle();
  if (!root || !bundle) return;
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

function cannotStart(error: unknown): void {
  console.error(error);
  const root = document.getElementById('app');
  // Plain text, never markup: in the course's language when the data got that far. English is the one
  // sentence player.js carries itself; every other word of the interface travels with the course.
  if (root)
    root.textContent =
      bundle?.ui?.cannotStart ??
      'This course could not start. Close this window and open the course again. If it keeps happening, tell your training coordinator.';
}

try {
  bundle = readBundle();
  if (bundle) fetchWhatStartNeeds(bundle);
} catch {
  // Unreadable course data: boot reads it again and says the course cannot start.
}
afterFirstPaint(() => {
  // The locale's number data loads with the first Intl formatter a page makes: 60 to 100 ms at 4× CPU
  // (issue 16). In a task of its own, so the intro's hydration, which shows two numbers, stays short.
  try {
    if (bundle) createFormats(bundle.course.language).number(0);
  } catch {
    // A language Intl refuses: boot meets it again and says the course cannot start.
  }
  setTimeout(() => boot().catch(cannotStart), 0);
});
