/**
 * What a screen needs beyond player.js: the player's own parts (page.js, ending.js) and the
 * course's words for a lesson (text-<n>.js), each a classic script loaded once
 * (load-part.ts). Words are put into the course as they arrive, so every view reads the
 * course as one object. In the author preview and the tests every part is registered up
 * front and the course arrives whole, so nothing is ever waited for there.
 */
import { useEffect, useReducer, useState } from 'preact/hooks';
import { isTextPart, mergeTextPart, type TextPart, textPartNames } from '../course/course-text.ts';
import { hasActivities } from '../course/kinds.ts';
import { indexCourse } from '../engine/course-index.ts';
import { loadPart, registeredPart } from './load-part.ts';
import type { PlayerInput } from './player-input.ts';
import { usePlayer } from './use-player.ts';

// Text parts already put into a course: each is merged once, whoever asked for it first.
const merged = new WeakMap<object, Set<string>>();

/** Whether a part is here, and for words, already in the course. */
export function isLoaded(input: PlayerInput, name: string): boolean {
  return isTextPart(name) ? !!merged.get(input.course)?.has(name) : registeredPart(name) !== undefined;
}

/** Loads a part (once); words are put into the course and its contacts. Rejects when the script cannot be loaded. */
export async function loadNeed(input: PlayerInput, name: string): Promise<void> {
  const part = await loadPart<TextPart>(name);
  if (!isTextPart(name)) return;
  const done = merged.get(input.course) ?? new Set<string>();
  merged.set(input.course, done);
  if (done.has(name)) return;
  mergeTextPart(input, part);
  done.add(name);
}

/**
 * The text parts a screen needs (none when the course arrived whole): a page's, those of
 * its lesson; the assessment's screens and the summary, the ending's.
 */
export function wordsFor(input: Pick<PlayerInput, 'text'>, of?: { lesson: string | undefined } | 'ending'): string[] {
  const { text } = input;
  if (!text) return [];
  const own = of === 'ending' ? text.ending : of?.lesson === undefined ? undefined : text.lessons[of.lesson];
  return own ? [text.common, own] : [text.common];
}

/**
 * What a page's screen needs: page.js, activities.js when the page has a block the learner
 * answers or writes in, and its lesson's words.
 */
export function partsForPage(input: Pick<PlayerInput, 'course' | 'text'>, pageId: string | undefined): string[] {
  const entry = pageId === undefined ? undefined : indexCourse(input.course).pageById.get(pageId);
  const activities = entry && hasActivities(entry.page) ? ['activities'] : [];
  return ['page', ...activities, ...wordsFor(input, { lesson: entry?.lesson.id })];
}

/** What Start needs: the LMS session, and what the course's first page needs. */
export function partsForStart(input: Pick<PlayerInput, 'course' | 'text'>): string[] {
  return ['session', ...partsForPage(input, input.course.lessons[0]?.pages[0]?.id)];
}

export interface PartsState {
  ready: boolean;
  failed: boolean;
  retry: () => void;
}

/** Loads what is missing of `names`; the component renders again when it is all here, or when loading failed. */
export function useParts(names: readonly string[]): PartsState {
  const { input } = usePlayer();
  const [attempt, retry] = useReducer((n: number) => n + 1, 0);
  const [, arrived] = useReducer((n: number) => n + 1, 0);
  const [failed, setFailed] = useState(false);
  const missing = names.filter((name) => !isLoaded(input, name));
  const key = missing.join(' ');
  useEffect(() => {
    if (!key) return;
    let live = true;
    setFailed(false);
    Promise.all(key.split(' ').map((name) => loadNeed(input, name))).then(
      () => live && arrived(0),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [key, attempt, input]);
  return { ready: !missing.length, failed: !!missing.length && failed, retry: () => retry(0) };
}

/**
 * Everything after the first screen, fetched in the background as soon as it is live: first
 * what the next screen needs, then the rest, so pages turn without waiting and the course
 * keeps working offline once it has all arrived. While the machine still awaits the LMS
 * session, only the first part: the rest waits for the input that comes with the session, so
 * on a slow line it never shares the bandwidth the session's own script needs (issue 16).
 * A failure is tried again when a screen needs the part.
 */
export function prefetchCourse(input: PlayerInput, pageId: string): void {
  const fetch = (names: string[]) =>
    Promise.all(names.filter((name) => !isLoaded(input, name)).map((name) => loadNeed(input, name).catch(() => {})));
  const rest = ['activities', 'ending', ...(input.text ? textPartNames(input.text) : [])];
  const first = fetch(partsForPage(input, pageId));
  if (!input.actor.getSnapshot().context.awaitingSession) void first.then(whenIdle).then(() => fetch(rest));
}

/**
 * Resolves once the page is idle (within a second), so that asking for the rest of the course
 * never shares a task with a screen just shown: right after the first page was painted, adding
 * a dozen script elements took 16 to 35 ms at 4× CPU (issue 16).
 */
function whenIdle(): Promise<void> {
  return new Promise((resolve) =>
    'requestIdleCallback' in globalThis
      ? requestIdleCallback(() => resolve(), { timeout: 1_000 })
      : setTimeout(resolve),
  );
}
