/**
 * Every real course, in every language, from the intro to the completion screen with the
 * keyboard alone: every page's activities, every Next, the assessment's questions, the
 * result and the summary. The sample course's keyboard test (keyboard.test.ts) checks each
 * interaction in detail; this one proves the real packages can all be finished that way.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { indexCourse } from '../../../src/engine/course-index.ts';
import { dictionaryFor } from '../../../src/player/i18n/index.ts';
import { openPlayer, useChromium } from './support/browser.ts';
import { startAll, WALKS_AT_ONCE } from './support/concurrently.ts';
import { expectFocus, tabTo } from './support/keyboard.ts';
import { answer, doActivities, LANDING, next, press } from './support/keyboard-learner.ts';
import { type CourseLanguage, everyCourseLanguage, packageOf } from './support/packages.ts';
import { waitForScreen } from './support/screens.ts';

const chromium = useChromium();
const real = everyCourseLanguage().filter(({ folder }) => folder.startsWith('courses/'));

/** Presses a key, then waits for the next screen's landing heading to take focus. */
async function arrive(page: Page, key: string, screen: Parameters<typeof waitForScreen>[1]): Promise<void> {
  await press(page, key);
  await waitForScreen(page, screen);
  await expectFocus(page, { selector: LANDING });
}

/** Takes one course language through with the keyboard; returns the page's own errors and pointer count. */
async function walkByKeyboard({ folder, course }: CourseLanguage): Promise<{ pointers: number; errors: string[] }> {
  const t = dictionaryFor(course.language);
  const pages = indexCourse(course).pages;
  const player = await openPlayer(chromium(), (await packageOf(folder, course.language)).dir);
  try {
    const { page } = player;
    await page.evaluate(() => {
      const w = window as unknown as { pointers: number };
      w.pointers = 0;
      for (const type of ['pointerdown', 'mousedown', 'touchstart'])
        document.addEventListener(type, () => w.pointers++, true);
    });
    await tabTo(page, { selector: 'main .actions .button.primary', text: t.start });
    await arrive(page, 'Enter', 'page');
    for (const [i, entry] of pages.entries()) {
      await doActivities(page, entry.page.blocks);
      if (i < pages.length - 1) await next(page, pages[i + 1]!.page.title);
    }
    await tabTo(page, { selector: '.page-nav .button.primary' });
    await arrive(page, 'Enter', 'assessment-intro');
    await tabTo(page, { selector: 'main .actions .button.primary', text: t.startAssessment });
    await arrive(page, 'Enter', 'assessment-question');
    const graded = indexCourse(course).graded;
    for (let n = 1; n <= course.assessment!.draw!; n++) {
      const id = (await page.locator('main [data-question]').getAttribute('data-question'))!;
      await answer(page, graded.get(id)!);
      await arrive(page, 'Enter', n < course.assessment!.draw! ? 'assessment-question' : 'assessment-result');
    }
    await tabTo(page, { selector: 'main .actions .button.primary' });
    await arrive(page, 'Enter', 'summary');
    const pointers = await page.evaluate(() => (window as unknown as { pointers: number }).pointers);
    return { pointers, errors: player.errors };
  } finally {
    await player.close();
  }
}

describe('keyboard only, every real course and language', () => {
  let walks: Map<CourseLanguage, Promise<{ pointers: number; errors: string[] }>>;
  beforeAll(() => {
    walks = startAll(real, WALKS_AT_ONCE, walkByKeyboard);
  });

  it('finds the twelve course languages', () => {
    expect(real.map((r) => r.name).sort()).toEqual(
      ['communication', 'listening', 'self-care'].flatMap((id) => ['ar', 'en', 'es', 'fr'].map((l) => `${id} (${l})`)),
    );
  });

  it.each(real)('takes $name from the intro to the completion screen without a pointer', async (walk) => {
    expect(await walks.get(walk)).toEqual({ pointers: 0, errors: [] });
  });
});
