/**
 * Languages in Chromium. Arabic courses: the page and the player are marked lang="ar"
 * dir="rtl", the player's own words are Arabic, the layout mirrors (measured, not
 * assumed), and numbers are formatted by Intl for Arabic. Any course: the player's own
 * words are marked with the language they are in (WCAG 3.1.2), so a screen reader
 * pronounces them right, including the English fallback for a language the player has
 * no interface translation for yet (only en, fr, es and ar have one).
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Course } from '../../../src/course/types.ts';
import { indexCourse } from '../../../src/engine/course-index.ts';
import { loadCourse } from '../../support/courses.ts';
import { organisationFor } from '../../support/organisations.ts';
import { openPlayer, useChromium } from './support/browser.ts';
import { startAll, WALKS_AT_ONCE } from './support/concurrently.ts';
import { walkCourse } from './support/learner.ts';
import { packageOf } from './support/packages.ts';
import { packageUnvalidated } from './support/unvalidated-package.ts';

const chromium = useChromium();
const courseIn = (folder: string, language: string): Course =>
  loadCourse(folder).find((v) => v.course.language === language)!.course;

// #region reading the page

/** The direction and language the page and the player are in, as attributes and as computed style. */
function directions(page: Page) {
  return page.evaluate(() => ({
    html: [document.documentElement.lang, document.documentElement.dir],
    player: [
      document.querySelector('.player')!.getAttribute('lang'),
      document.querySelector('.player')!.getAttribute('dir'),
    ],
    computed: [getComputedStyle(document.body).direction, getComputedStyle(document.querySelector('main')!).direction],
  }));
}

/** Where things sit on a page screen: each pair says whether the second sits left of the first. */
function geometry(page: Page) {
  return page.evaluate(() => {
    const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
    const [previous, next] = [...document.querySelectorAll('.page-nav .button')].map((b) =>
      b.getBoundingClientRect(),
    ) as [DOMRect, DOMRect];
    const track = box('.progress-track');
    const fill = box('.progress-fill');
    return {
      nextLeftOfPrevious: next.right <= previous.left,
      exitLeftOfTitle: box('.exit-button').right <= box('.course-title').left,
      mainLeftOfContents: box('main').right <= box('nav.toc').left,
      // The fill starts at the track's inline start (inside its 1px border) and stops short of its end.
      fillFromRight: Math.abs(track.right - 1 - fill.right) < 1 && fill.left > track.left + 1,
      fillFromLeft: Math.abs(track.left + 1 - fill.left) < 1 && fill.right < track.right - 1,
    };
  });
}

/** Intl's Arabic formatting in this browser, which the player must match. */
function arabicIntl(page: Page, values: { percent: number[]; number: number[]; minutes: number[] }) {
  return page.evaluate(({ percent, number, minutes }) => {
    const pct = new Intl.NumberFormat('ar', { style: 'percent', maximumFractionDigits: 0 });
    const num = new Intl.NumberFormat('ar', { maximumFractionDigits: 0 });
    const min = new Intl.NumberFormat('ar', { style: 'unit', unit: 'minute', unitDisplay: 'long' });
    return {
      percent: percent.map((p) => pct.format(p)),
      number: number.map((n) => num.format(n)),
      minutes: minutes.map((m) => min.format(m)),
    };
  }, values);
}

/** Bidi marks made visible, so a pinned string shows them. */
const marks = (text: string) =>
  text.replace(/[\u200e\u200f\u061c]/g, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);

interface ArabicNumbers {
  /** Texts with numbers in them, as shown. */
  seen: Record<string, string>;
  /** The progress bar on arrival at each page. */
  progress: { now: number; text: string }[];
  /** The same numbers formatted by this browser's Intl for Arabic. */
  intl: { percent: string[]; number: string[]; minutes: string[] };
  errors: string[];
}

/** Walks an Arabic course to the summary, reading every number the player shows. */
async function readArabicNumbers(folder: string): Promise<ArabicNumbers> {
  const course = courseIn(folder, 'ar');
  const player = await openPlayer(chromium(), (await packageOf(folder, 'ar')).dir);
  const { page } = player;
  const seen: Record<string, string> = {};
  const progress: { now: number; text: string }[] = [];
  const text = (selector: string) => page.locator(selector).first().innerText();
  try {
    await walkCourse(
      page,
      course,
      async (stop) => {
        if (stop.screen === 'intro') seen.duration = await text('main .chips li');
        if (stop.page && !stop.page.done) {
          const bar = page.locator('[role=progressbar]');
          progress.push({
            now: Number(await bar.getAttribute('aria-valuenow')),
            text: (await bar.getAttribute('aria-valuetext'))!,
          });
        }
        if (stop.screen === 'assessment-question' && !seen.question) seen.question = await text('main h2');
        if (stop.screen === 'assessment-result') seen.score = await text('main .score strong');
        if (stop.screen === 'summary') {
          seen.outcome = await text('main .outcome');
          seen.pages = await page.locator('.toc-count').last().innerText();
        }
      },
      { stayAfterSummary: true },
    );
    const lastLesson = course.lessons.at(-1)!.pages.length;
    const intl = await arabicIntl(page, {
      percent: [...progress.map((p) => p.now / 100), 1],
      number: [1, course.assessment!.draw!, lastLesson],
      minutes: [course.estimatedMinutes],
    });
    return { seen, progress, intl, errors: player.errors };
  } finally {
    await player.close();
  }
}

// #endregion

describe('Arabic', () => {
  // The longest check walks the whole course; it starts first and runs beside the others.
  let numbers: Promise<ArabicNumbers>;
  beforeAll(() => {
    numbers = startAll(['courses/self-care'], WALKS_AT_ONCE, readArabicNumbers).get('courses/self-care')!;
  });

  it.each(['courses/self-care', 'tests/fixtures/courses/mini'])(
    '%s (ar) is lang="ar" dir="rtl" on the page, the player and in computed style, with Arabic interface text',
    async (folder) => {
      const course = courseIn(folder, 'ar');
      const player = await openPlayer(chromium(), (await packageOf(folder, 'ar')).dir);
      try {
        const { page } = player;
        expect(await directions(page)).toEqual({
          html: ['ar', 'rtl'],
          player: ['ar', 'rtl'],
          computed: ['rtl', 'rtl'],
        });
        expect(await page.title()).toBe(course.title);
        await page.locator('main .actions .button.primary').click();
        await page.locator('.page-nav').waitFor();
        const words = await page.evaluate(() => ({
          skip: document.querySelector('.skip-link')!.textContent,
          exit: document.querySelector('.exit-button')!.textContent,
          progress: document.querySelector('#progress-label')!.textContent,
          contents: document.querySelector('nav.toc')!.getAttribute('aria-label'),
          nav: [...document.querySelectorAll('.page-nav .button')].map((b) => b.textContent),
        }));
        expect(words).toMatchInlineSnapshot(`
        {
          "contents": "المحتويات",
          "exit": "توقّف مؤقتًا واخرج",
          "nav": [
            "السابق",
            "التالي",
          ],
          "progress": "التقدّم في الدورة",
          "skip": "انتقل إلى المحتوى",
        }
      `);
      } finally {
        await player.close();
      }
    },
  );

  it.each(['courses/self-care', 'tests/fixtures/courses/mini'])(
    'mirrors the layout of %s (ar), measured, where English keeps it left to right',
    async (folder) => {
      const measure = async (language: string) => {
        const player = await openPlayer(chromium(), (await packageOf(folder, language)).dir);
        try {
          // The first page has nothing to answer; on the second some progress shows.
          await player.page.locator('main .actions .button.primary').click();
          await player.page.locator('.page-nav .button.primary').click();
          await player.page.waitForFunction(
            () => Number(document.querySelector('[role=progressbar]')?.getAttribute('aria-valuenow')) > 0,
          );
          return await geometry(player.page);
        } finally {
          await player.close();
        }
      };
      expect(await measure('ar')).toEqual({
        nextLeftOfPrevious: true,
        exitLeftOfTitle: true,
        mainLeftOfContents: true,
        fillFromRight: true,
        fillFromLeft: false,
      });
      expect(await measure('en')).toEqual({
        nextLeftOfPrevious: false,
        exitLeftOfTitle: false,
        mainLeftOfContents: false,
        fillFromRight: false,
        fillFromLeft: true,
      });
    },
  );

  it('formats every number in self-care (ar) by Intl for Arabic: duration, progress, question count, score, outcome, pages', async () => {
    const course = courseIn('courses/self-care', 'ar');
    const { seen, progress, intl, errors } = await numbers;
    expect(seen).toEqual({
      duration: `المدة التقريبية: ${intl.minutes[0]}`,
      question: `السؤال ${intl.number[0]} من ${intl.number[1]}`,
      score: `الدرجة: ${intl.percent.at(-1)}`,
      outcome: `لقد نجحت في التقييم النهائي بنسبة ${intl.percent.at(-1)}.`,
      pages: `الصفحات المكتملة: ${intl.number[2]} من ${intl.number[2]}`,
    });
    expect(progress.map((p) => p.text)).toEqual(intl.percent.slice(0, -1).map((p) => `اكتمل ${p}`));
    // Arabic Intl is not the English form: the percent sign carries its own direction marks.
    expect(marks(seen.score!)).toMatchInlineSnapshot(`"الدرجة: 100<U+200E>%<U+200E>"`);
    expect(progress.length).toBe(indexCourse(course).pages.length);
    expect(errors).toEqual([]);
  }, 90_000);
});

/** The language each piece of text is marked with: the nearest lang attribute. */
const MINI = 'tests/fixtures/courses/mini';
const langOf = (selector: string) =>
  `document.querySelector(${JSON.stringify(selector)}).closest('[lang]').getAttribute('lang')`;

describe('interface language', () => {
  // KNOWN GAP (issue 4): the whole player is marked with the course language, so English
  // fallback words ("Start", "Next", "Pause and exit") would be announced as Swahili. The
  // validator refuses a course language without interface text (rule-language.ts), so no
  // package can reach this; this unvalidated package shows the player itself still would.
  // Remove `.fails` once interface text carries its own lang.
  it.fails('marks English fallback interface words lang="en" in a course in a language without an interface translation', async () => {
    const { course } = loadCourse(MINI).find((v) => v.course.language === 'en')!;
    const dir = await packageUnvalidated({ ...course, language: 'sw' }, organisationFor('en'), `${MINI}/media`);
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
    const { course } = loadCourse(MINI).find((v) => v.course.language === 'ar')!;
    const dir = await packageUnvalidated(course, organisationFor('ar'), `${MINI}/media`);
    const player = await openPlayer(chromium(), dir);
    try {
      expect(await player.page.evaluate(langOf('.exit-button'))).toBe('ar');
      expect(await player.page.locator('.exit-button').textContent()).toBe('توقّف مؤقتًا واخرج');
    } finally {
      await player.close();
    }
  });
});
