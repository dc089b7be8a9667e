/**
 * The entry of player.js: read the inline course, start the session (tracking, saved
 * progress, the actor), then show the player. A classic script, so it runs from file://
 * and inside LMS frames.
 */
import type { CourseBundle } from '../course/types.ts';
import { startSession } from '../session/start-session.ts';
import { mountPlayer } from './mount.tsx';
import './player.css';

type CourseData = CourseBundle & { standard: 'scorm12' | 'scorm2004' | 'standalone' };

async function boot(): Promise<void> {
  const root = document.getElementById('app');
  const data = document.getElementById('course-data');
  if (!root || !data?.textContent) return;
  const bundle = JSON.parse(data.textContent) as CourseData;
  const session = await startSession(bundle);
  mountPlayer(root, session);
}

boot().catch((error: unknown) => {
  console.error(error);
  const root = document.getElementById('app');
  // Plain text only: the message may quote course data.
  if (root) root.textContent = 'This course could not start. Close this window and open the course again. If it keeps happening, tell your training coordinator.';
});
