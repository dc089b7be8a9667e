/**
 * Shared setup for the player's component tests: real fixture courses, a bare actor
 * (no LMS, no tracking), and a player input built around it exactly as the runtime
 * would hand it over.
 */

import { join } from 'node:path';
import { act, cleanup, render } from '@testing-library/preact';
import { afterEach } from 'vitest';
import { createActor } from 'xstate';
import type { Course, Organisation } from '../../src/course/types.ts';
import type { EngineInput } from '../../src/engine/context.ts';
import { createCourseMachine } from '../../src/engine/course-machine.ts';
import type { EngineEvent } from '../../src/engine/engine-events.ts';
import { App } from '../../src/player/App.tsx';
// The parts packages load as scripts of their own, registered up front as the author preview does.
import '../../src/player/parts/activities.ts';
import '../../src/player/parts/ending.ts';
import '../../src/player/parts/page.ts';
import { dictionaryFor } from '../../src/player/i18n/index.ts';
import type { PlayerInput, PlayerNotice } from '../../src/player/player-input.ts';
import { nodeCourseFolder } from '../../src/validator/node-folder.ts';
import { type ValidatedCourse, validateCourseFolder } from '../../src/validator/validate-course.ts';
import { organisationFor } from '../support/organisations.ts';

export { organisationFor };

// Not new URL(…, import.meta.url): jsdom replaces the global URL and mishandles file: addresses.
export const REPO_ROOT = join(import.meta.dirname, '..', '..');

afterEach(() => {
  cleanup();
  localStorage.clear();
});

/** Every language of a fixture course, validated exactly as packaging does. */
export function loadCourse(name: 'sample' | 'mini' | `courses/${string}`): ValidatedCourse[] {
  const dir = name.startsWith('courses/')
    ? join(REPO_ROOT, name)
    : join(REPO_ROOT, 'tests', 'fixtures', 'courses', name);
  const { problems, courses } = validateCourseFolder(nodeCourseFolder(dir, REPO_ROOT));
  if (problems.length) throw new Error(`${name} is invalid: ${problems.map((p) => p.message).join('; ')}`);
  return courses;
}

export interface TestSession extends PlayerInput {
  /** Events the player sent to the actor, in order. */
  sent: EngineEvent[];
  notify(notice: PlayerNotice): void;
}

/**
 * A player input with a bare actor (seed 1) and a notice channel the test drives, for the
 * organisation given, or by default the test profile that has the course's language.
 */
export function makeSession(
  course: Course,
  organisation: Organisation = organisationFor(course.language),
  input: EngineInput = { seed: 1 },
): TestSession {
  const actor = createActor(createCourseMachine(course), { input }).start();
  const sent: EngineEvent[] = [];
  const send = actor.send.bind(actor);
  actor.send = (event: EngineEvent) => {
    sent.push(event);
    send(event);
  };
  const listeners = new Set<(notice: PlayerNotice) => void>();
  return {
    course,
    organisation,
    standard: 'standalone',
    actor,
    learnerKey: 'learner-1',
    // As a package would: the course's interface language travels with it.
    ui: dictionaryFor(course.language),
    sent,
    onNotice(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    notify: (notice) =>
      act(() => {
        for (const listener of listeners) listener(notice);
      }),
  };
}

/** Renders the player for a player input. */
export function renderPlayer(input: PlayerInput) {
  return render(<App input={input} />);
}

/** Sends an event straight to the actor (to set a scene quickly) and lets Preact catch up. */
export function drive(input: PlayerInput, ...events: EngineEvent[]): void {
  act(() => {
    for (const event of events) input.actor.send(event);
  });
}

/** The sample course with free navigation, so a test can open any page directly. */
export function freeSample(): { course: Course } {
  const [{ course }] = loadCourse('sample') as [ValidatedCourse];
  return { course: { ...course, navigation: 'free' } };
}

/** A player input on the given page of the free sample course, rendered. */
export function openSamplePage(pageId: string) {
  const { course } = freeSample();
  const input = makeSession(course);
  drive(input, { type: 'course.start' }, { type: 'nav.goto', pageId });
  return { input, ...renderPlayer(input) };
}

/** The text of an element, its pieces joined by single spaces (there is no layout in jsdom), for inline snapshots. */
/**
 * Waits for the next frame: a landing moves focus to its heading in the frame that first
 * shows it (App.tsx), not in the click's own task.
 */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

export function textOf(element: Element | null): string {
  if (!element) return '';
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  while (walker.nextNode()) parts.push(walker.currentNode.textContent ?? '');
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
