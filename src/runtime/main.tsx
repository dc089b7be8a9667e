/**
 * The entry of player.js: read the inline course, start the runtime (tracking, saved
 * progress, the actor), then show the player. A classic script, so it runs from file://
 * and inside LMS frames.
 */
import { mountPlayer } from '../player/mount.tsx';
import type { CourseData } from './course-data.ts';
import { startRuntime } from './start-runtime.ts';
import '../player/player.css';

let bundle: CourseData | undefined;

async function boot(): Promise<void> {
  const root = document.getElementById('app');
  const data = document.getElementById('course-data');
  if (!root || !data?.textContent) return;
  bundle = JSON.parse(data.textContent) as CourseData;
  const input = await startRuntime(bundle);
  mountPlayer(root, input);
}

boot().catch((error: unknown) => {
  console.error(error);
  const root = document.getElementById('app');
  // Plain text, never markup: in the course's language when the data got that far. English is the one
  // sentence player.js carries itself; every other word of the interface travels with the course.
  if (root)
    root.textContent =
      bundle?.ui?.cannotStart ??
      'This course could not start. Close this window and open the course again. If it keeps happening, tell your training coordinator.';
});
