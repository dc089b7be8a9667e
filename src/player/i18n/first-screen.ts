/**
 * The interface words player.js's own screens use: the frame, the intro, the resume
 * question, the goodbye and the exit confirmation. A package carries only these inline in
 * index.html; the rest arrive with the course's common words (issue 16), before any screen
 * that needs them is shown (notices wait for them too). A word inside a group is named by
 * its path ("certificate.badge"). tests/player/first-screen-words.test.tsx renders those
 * screens with nothing else.
 */
import type { Dictionary } from './en.ts';

export const FIRST_SCREEN_WORDS = [
  'skipToContent',
  'opensInNewTab',
  'progress',
  'progressValue',
  'menu',
  'pauseAndExit',
  'exitQuestion',
  'exitExplain',
  'exitNow',
  'keepGoing',
  'exitedTitle',
  'exitedBody',
  'aboutCourse',
  'duration',
  'lessons',
  'objectives',
  'contentNote',
  'start',
  'welcomeBack',
  'resumeExplain',
  'resume',
  'restart',
  'certificate.badge',
  'dismiss',
  'loading',
  'partFailed',
  'tryAgain',
  'cannotStart',
] as const satisfies readonly (keyof Dictionary | `certificate.${keyof Dictionary['certificate']}`)[];

type Words = Record<string, unknown>;

/** A dictionary split into the first screen's words and the rest, each in the dictionary's own shape. */
export function splitWords(ui: Dictionary): { first: Partial<Dictionary>; rest: Partial<Dictionary> } {
  const first: Words = {};
  const rest: Words = {};
  const wanted = new Set<string>(FIRST_SCREEN_WORDS);
  const sort = (from: Words, path: string, into: { first: Words; rest: Words }) => {
    for (const [key, value] of Object.entries(from)) {
      const at = path + key;
      const inside = [...wanted].some((w) => w.startsWith(`${at}.`));
      if (inside && typeof value === 'object' && value) {
        const next = { first: {}, rest: {} };
        into.first[key] = next.first;
        into.rest[key] = next.rest;
        sort(value as Words, `${at}.`, next);
      } else (wanted.has(at) ? into.first : into.rest)[key] = value;
    }
  };
  sort(ui as unknown as Words, '', { first, rest });
  return { first: first as Partial<Dictionary>, rest: rest as Partial<Dictionary> };
}
