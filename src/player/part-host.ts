/**
 * What player.js lends the parts it loads later (packaging/player-parts.ts builds every
 * part with these modules left out, read from `window.PssLib` instead). One instance each:
 * Preact's hooks, the player's context and the part registry work only when every part
 * uses player.js's own, and sharing the rest keeps each part to its own code.
 *
 * Only the names the parts import are lent, each written out once here: a whole module
 * lent as a namespace would keep every export of it in player.js, which the first screen
 * pays for (issue 16). The build reads the imports below and fails, naming the module and
 * the name, when a part imports one that is not lent, or a second copy of a module player.js has.
 */
import { useEffect, useLayoutEffect, useReducer, useRef, useState } from 'preact/hooks';
import { Fragment, jsx, jsxDEV, jsxs } from 'preact/jsx-runtime';
import { isQuestion } from '../course/kinds.ts';
import { textDirection } from '../course/language.ts';
import { markdownToPlainText } from '../course/markdown.ts';
import { packageKey } from '../course/package-key.ts';
import { indexCourse } from '../engine/course-index.ts';
import { drawQuestions, drawSize } from '../engine/draw.ts';
import { IdMap } from '../engine/id-map.ts';
import { hash32, seededShuffle } from '../engine/random.ts';
import { replayScenario } from '../engine/scenario.ts';
import { correctResponse, judge, optionIds } from '../engine/scoring.ts';
import {
  assessmentStatus,
  courseStatus,
  furthestVisitedPage,
  isAnswered,
  isPageComplete,
  isPageUnlocked,
  wasVisited,
} from '../engine/selectors.ts';
import { currentAssessmentQuestion } from '../engine/transitions.ts';
import { DEVICE_LIMITS } from './device-store.ts';
import { Icon } from './Icon.tsx';
import { fill } from './i18n/fill.ts';
import { loadPart, registeredPart, registerPart } from './load-part.ts';
import { Markdown, SafeLink } from './Markdown.tsx';
import { nextTask } from './next-task.ts';
import { ContentNote } from './screens/ContentNote.tsx';
import { LandingHeading } from './screens/LandingHeading.tsx';
import { shallowEqual, usePlayer, useSelector } from './use-player.ts';

export const SHARED = {
  hooks: { useEffect, useLayoutEffect, useReducer, useRef, useState },
  // What compiled JSX calls (jsxDEV in a development build), and nothing else of the runtime.
  jsx: { Fragment, jsx, jsxs, jsxDEV },
  kinds: { isQuestion },
  language: { textDirection },
  courseMarkdown: { markdownToPlainText },
  packageKey: { packageKey },
  courseIndex: { indexCourse },
  draw: { drawQuestions, drawSize },
  idMap: { IdMap },
  random: { hash32, seededShuffle },
  scenario: { replayScenario },
  scoring: { correctResponse, judge, optionIds },
  selectors: {
    assessmentStatus,
    courseStatus,
    furthestVisitedPage,
    isAnswered,
    isPageComplete,
    isPageUnlocked,

    wasVisited,
  },
  transitions: { currentAssessmentQuestion },
  icon: { Icon },
  fill: { fill },
  loadPart: { loadPart, registeredPart, registerPart },
  markdown: { Markdown, SafeLink },
  nextTask: { nextTask },
  deviceStore: { DEVICE_LIMITS },
  contentNote: { ContentNote },
  landingHeading: { LandingHeading },
  usePlayer: { shallowEqual, usePlayer, useSelector },
};

/** Puts the shared modules where the parts' scripts look for them. */
export function lendModules(): void {
  (globalThis as { PssLib?: typeof SHARED }).PssLib = SHARED;
}
