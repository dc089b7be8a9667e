/**
 * The entry of the author preview page (index.html, `npm run dev`). It uses the learner's
 * player as is; nothing in src/player may import from here, so scorm-again and the
 * preview never reach the learner's bundle.
 */
import { render } from 'preact';
import '../player/player.css';
// The player's on-demand parts register themselves here: packages load them as scripts beside
// player.js, which the preview page does not have (src/player/load-part.ts).
import '../player/certificate/main.ts';
import '../player/parts/activities.ts';
import '../player/parts/ending.ts';
import '../player/parts/page.ts';
import '../player/plan-page/main.ts';
import '../player/referrals/main.ts';
import './preview.css';
import { PreviewApp } from './PreviewApp.tsx';

const root = document.getElementById('preview')!;
// The page's "Loading…" placeholder is not Preact's to diff: clear it first.
root.textContent = '';
render(<PreviewApp />, root);
