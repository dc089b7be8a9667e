/**
 * The entry of player.js: read the inline course, make the pre-rendered first screen live,
 * ask at once for what Start will need, then connect the LMS session (session.js, a part of
 * its own) and hand the player its full input. A classic script, so it runs from file:// and
 * inside LMS frames.
 */
import { options } from 'preact';
import { seedFormats } from '../player/format.ts';
import { loadPart } from '../player/load-part.ts';
import { mountPlayer } from '../player/mount.tsx';
import { nextTask } from '../player/next-task.ts';
import { lendModules } from '../player/part-host.ts';
import type { PlayerInput } from '../player/player-input.ts';
import { partsForStart } from '../player/use-parts.ts';
import type { CourseData } from './course-data.ts';
import { createSession, provisionalInput, type Session } from './session.ts';
import type { SessionPart } from './session-part.ts';
import '../player/player.css';

// The course as read from the page, kept for the one message shown when it cannot start.
let bundle: CourseData | undefined;

// The parts loaded later (session.js, page.js…) use player.js's own Preact, context and engine.
lendModules();

/**
 * Asks for what the first page after Start needs (the LMS session, the page part, the
 * activities part when that page has an activity, and the first lesson's words) as the
 * intro is made live, in the same task: they download while the learner reads. On Fast 3G
 * a round trip alone outlasts making the intro live, so in the bench none of their bytes
 * arrives before it. Asked for as player.js ran, 70 ms sooner, the first lesson's words
 * sometimes did, in runs where making the intro live was slow (issue 16). A part that fails
 * is asked for again when a screen needs it.
 */
function fetchWhatStartNeeds(data: CourseData): void {
  for (const name of partsForStart(data)) loadPart(name).catch(() => {});
}

function readBundle(): CourseData | undefined {
  const data = document.getElementById('course-data');
  return data?.textContent ? (JSON.parse(data.textContent) as CourseData) : undefined;
}

/** The course read from the page and its actor, made ready for the intro to go live. */
function prepare(): Session | undefined {
  bundle = readBundle();
  if (!bundle) return undefined;
  if (bundle.numbers) seedFormats(bundle.course.language, bundle.numbers);
  return createSession(bundle);
}

async function boot(session: Session | undefined): Promise<void> {
  const root = document.getElementById('app');
  if (!root || !session) return;
  fetchWhatStartNeeds(session.data);
  // The intro is live before the LMS answers; Start waits for it (issue 16).
  const update = mountPlayer(root, provisionalInput(session));
  const { connectSession } = await loadPart<SessionPart>('session');
  // Connecting restores the learner's progress and, when Start was pressed meanwhile, shows
  // the first page: with Preact rendering in a microtask, that was one task of 186 ms at 4×
  // CPU (communication/en, traced on 2 December). Here Preact renders a task later, with the
  // full input: rendered first with the provisional one and again with the full one, the
  // first page took a second pass of 25 to 38 ms at 4× CPU. Then Preact renders in a
  // microtask again, as turns need: a second click must never land on the screen the first
  // one left.
  let full: PlayerInput | undefined;
  const withFullInput = () => {
    if (full) update(full);
    full = undefined;
  };
  options.debounceRendering = (render) =>
    void nextTask().then(() => {
      withFullInput();
      render();
    });
  full = await connectSession(session);
  await nextTask();
  withFullInput();
  options.debounceRendering = undefined;
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

/**
 * Making the course's actor and making the intro live were one task of 90 to 140 ms at 4×
 * CPU, and more when other work shares the phone (issue 16). When the pre-rendered page has
 * already been painted as player.js arrives (on a slow line, nearly always), the actor is made
 * as the script runs and the intro goes live in the next task (a message: a frame and then a
 * timer waited 40 ms and more at 4× CPU); otherwise both wait for the first paint, which the
 * script must not hold back.
 */
function start(): void {
  const prepareThenLive = () => {
    try {
      const prepared = prepare();
      nextTask()
        .then(() => boot(prepared))
        .catch(cannotStart);
    } catch (error) {
      cannotStart(error);
    }
  };
  if (performance.getEntriesByType('paint').length) prepareThenLive();
  // Waiting for the paint, the actor is made then and the intro goes live a task later, as
  // above: done in one task, the two took 258 ms at 4× CPU in a trace on 2 December.
  else afterFirstPaint(prepareThenLive);
}

start();
