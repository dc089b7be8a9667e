/**
 * The entry of player.js: read the inline course, start the session (tracking, saved
 * progress, the actor), then show the player. A classic script, so it runs from file://
 * and inside LMS frames.
 */
import { startSession, type CourseData } from '../session/start-session.ts';
import { dictionaryFor } from './i18n/index.ts';
import { mountPlayer } from './mount.tsx';
import './player.css';

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
  // The packaged page carries the course language on <html>; plain text, never markup.
  if (root) root.textContent = dictionaryFor(document.documentElement.lang || 'en').cannotStart;
});
