// @vitest-environment jsdom
/**
 * A package carries only the first screens' interface words in index.html (issue 16); the
 * rest come with the course's common words. These screens must need nothing more: each is
 * rendered with a dictionary that throws on any other word.
 */
import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createCourseMachine } from '../../src/engine/course-machine.ts';
import { savedProgressOf } from '../../src/engine/record-encode.ts';
import type { Dictionary } from '../../src/player/i18n/en.ts';
import { splitWords } from '../../src/player/i18n/first-screen.ts';
import { dictionaryFor } from '../../src/player/i18n/index.ts';
import type { ValidatedCourse } from '../../src/validator/validate-course.ts';
import { loadCourse, makeSession, renderPlayer, type TestSession, textOf } from './helpers.tsx';

const [mini] = loadCourse('mini') as [ValidatedCourse];

/** A dictionary that throws when a word outside the given ones is read. */
function only<T extends object>(words: T, path = ''): T {
  return new Proxy(words, {
    get(target, key) {
      if (typeof key === 'symbol') return Reflect.get(target, key);
      if (!(key in target)) throw new Error(`the first screen read "${path}${key}", which index.html does not carry`);
      const value = Reflect.get(target, key);
      return typeof value === 'object' && value ? only(value, `${path}${key}.`) : value;
    },
  });
}

/** A session as a package starts it: the first screen's words only, the rest still in text parts. */
function firstScreen(extra: Partial<TestSession> = {}): TestSession {
  const whole = makeSession(mini.course);
  // The banner inline; contacts and services come with the common text part.
  const input = {
    ...whole,
    organisation: { ...whole.organisation, contacts: { contacts: [] }, regions: [], services: [] },
  };
  const ui = only(splitWords(dictionaryFor('en')).first) as Dictionary;
  const lessons = Object.fromEntries(mini.course.lessons.map((l, i) => [l.id, `text-${i + 1}`]));
  return { ...input, ui, text: { common: 'text-0', lessons }, ...extra };
}

describe('the first screens, with only the words index.html carries', () => {
  it('show the intro, the banner and the exit confirmation', () => {
    renderPlayer(firstScreen());
    expect(textOf(document.querySelector('main'))).toContain('About this course');
    fireEvent.click(screen.getByRole('button', { name: 'Pause and exit' }));
    expect(screen.getByRole('button', { name: 'Exit now' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Exit now' }));
    expect(textOf(document.querySelector('main'))).toMatchInlineSnapshot(
      `"Your progress is saved You can close this window now."`,
    );
  });

  it('ask a returning learner whether to go on, and wait for a page without words yet', () => {
    const before = createActor(createCourseMachine(mini.course), { input: { seed: 1 } }).start();
    before.send({ type: 'course.start' });
    const actor = createActor(createCourseMachine(mini.course), {
      input: { seed: 1, progress: savedProgressOf(before.getSnapshot().context) },
    }).start();
    const input = firstScreen({ actor });
    renderPlayer(input);
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    expect(textOf(document.querySelector('main'))).toContain('Welcome back');
    fireEvent.click(screen.getByRole('button', { name: 'Continue where you left off' }));
    // The lesson's words are not here: the page waits, quietly, without reading another word.
    expect(document.querySelector('main')!.dataset.screen).toBe('page');
    expect(document.querySelector('.part-loading')).not.toBeNull();
  });

  it('keep a notice until its words arrive', () => {
    const input = firstScreen();
    renderPlayer(input);
    input.notify({ kind: 'standalone', detail: 'no LMS' });
    expect(textOf(document.querySelector('.notices'))).toBe('');
  });
});
