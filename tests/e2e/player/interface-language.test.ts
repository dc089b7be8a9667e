/**
 * The player's own words must be marked with the language they are in (WCAG 3.1.2), so
 * a screen reader pronounces them right. A course whose language has no interface
 * translation yet (only en, fr, es and ar have one) falls back to English words.
 */
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../support/courses.ts';
import { openPlayer, useChromium } from './support/browser.ts';
import { packageUnvalidated } from './support/hostile-course.ts';

const FOLDER = 'tests/fixtures/courses/mini';
const chromium = useChromium();

/** The language each piece of text is marked with: the nearest lang attribute. */
const langOf = (selector: string) => `document.querySelector(${JSON.stringify(selector)}).closest('[lang]').getAttribute('lang')`;

describe('interface language', () => {
  // KNOWN BUG (reported with issue 4): the whole player is marked with the course language,
  // so English fallback words ("Start", "Next", "Pause and exit") are announced as Swahili.
  // Remove `.fails` once interface text carries its own lang.
  it.fails('marks English fallback interface words lang="en" in a course in a language without an interface translation', async () => {
    const { course, contacts } = loadCourse(FOLDER).find((v) => v.course.language === 'en')!;
    const dir = await packageUnvalidated({ ...course, language: 'sw' }, contacts, `${FOLDER}/media`);
    const player = await openPlayer(chromium(), dir);
    try {
      const { page } = player;
      expect(await page.locator('.exit-button').textContent()).toBe('Pause and exit');
      expect(await page.evaluate(langOf('h1'))).toBe('sw');
      expect(await page.evaluate(langOf('.exit-button'))).toBe('en');
      expect(await page.evaluate(langOf('main .actions .button.primary'))).toBe('en');
    } finally {
      await player.close();
    }
  });

  it('marks interface words with the course language when it has its interface translation', async () => {
    const { course, contacts } = loadCourse(FOLDER).find((v) => v.course.language === 'ar')!;
    const dir = await packageUnvalidated(course, contacts, `${FOLDER}/media`);
    const player = await openPlayer(chromium(), dir);
    try {
      expect(await player.page.evaluate(langOf('.exit-button'))).toBe('ar');
      expect(await player.page.locator('.exit-button').textContent()).toBe('توقّف مؤقتًا واخرج');
    } finally {
      await player.close();
    }
  });
});
