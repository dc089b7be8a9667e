/**
 * The modules player.js lends to the parts it loads later (packaging/player-parts.ts
 * builds every part with these left out, read from `window.PssLib` instead). One instance
 * each: Preact's hooks, the player's context and the part registry work only when every
 * part uses player.js's own, and sharing the rest keeps each part to its own code. The
 * build fails when a part would carry a second copy of a module player.js already has.
 */
import * as preact from 'preact';
import * as hooks from 'preact/hooks';
import { Fragment, jsx, jsxDEV, jsxs } from 'preact/jsx-runtime';
import * as kinds from '../course/kinds.ts';
import * as language from '../course/language.ts';
import * as courseMarkdown from '../course/markdown.ts';
import * as packageKey from '../course/package-key.ts';
import * as courseIndex from '../engine/course-index.ts';
import * as draw from '../engine/draw.ts';
import * as idMap from '../engine/id-map.ts';
import * as random from '../engine/random.ts';
import * as scenario from '../engine/scenario.ts';
import * as scoring from '../engine/scoring.ts';
import * as selectors from '../engine/selectors.ts';
import * as transitions from '../engine/transitions.ts';
import * as deviceStore from './device-store.ts';
import * as icon from './Icon.tsx';
import * as fill from './i18n/fill.ts';
import * as loadPart from './load-part.ts';
import * as markdown from './Markdown.tsx';
import * as picture from './Picture.tsx';
import * as screenOf from './screen-of.ts';
import * as contentNote from './screens/ContentNote.tsx';
import * as landingHeading from './screens/LandingHeading.tsx';
import * as usePlayer from './use-player.ts';

export const SHARED = {
  preact,
  hooks,
  // What compiled JSX calls (jsxDEV in a development build), and nothing else of the runtime.
  jsx: { Fragment, jsx, jsxs, jsxDEV },
  kinds,
  language,
  courseMarkdown,
  packageKey,
  courseIndex,
  draw,
  idMap,
  random,
  scenario,
  scoring,
  selectors,
  transitions,
  icon,
  fill,
  loadPart,
  markdown,
  picture,
  screenOf,
  deviceStore,
  contentNote,
  landingHeading,
  usePlayer,
};

/** Puts the shared modules where the parts' scripts look for them. */
export function lendModules(): void {
  (globalThis as { PssLib?: typeof SHARED }).PssLib = SHARED;
}
