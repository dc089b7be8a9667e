/**
 * The sample course, which has every block type, from the intro screen to the certificate
 * and the exit screen with the keyboard alone: Tab and Shift+Tab, Enter and Space, arrow
 * keys in radio groups and selects, typing, Escape. No mouse, no clicks from the test, no
 * scripted focus.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { indexCourse } from '../../../src/engine/course-index.ts';
import { loadCourse } from '../../support/courses.ts';
import { reloadServed } from '../../support/http.ts';
import { UNTIL } from '../../support/patience.ts';
import { type OpenPlayer, openPlayer, useChromium, waitUntilLive } from './support/browser.ts';
import { expectFocus, tabTo } from './support/keyboard.ts';
import { answer, arriveWith, doActivities, LANDING, next, press } from './support/keyboard-learner.ts';
import { packageOf } from './support/packages.ts';
import { currentScreen, waitForScreen } from './support/screens.ts';

const FOLDER = 'tests/fixtures/courses/sample';
const course = loadCourse(FOLDER).find((v) => v.course.language === 'en')!.course;
const chromium = useChromium();

describe('keyboard only', () => {
  const pages = indexCourse(course).pages;
  const firstCheck = pages.findIndex((p) => p.questions.length > 0);
  let player: OpenPlayer;
  let page: Page;
  beforeAll(async () => {
    const pkg = await packageOf(FOLDER, 'en');
    player = await openPlayer(chromium(), pkg.dir);
    page = player.page;
    // Any pointer at all would mean the test used something other than the keyboard.
    await page.evaluate(() => {
      const w = window as unknown as { pointers: number };
      w.pointers = 0;
      for (const type of ['pointerdown', 'mousedown', 'touchstart'])
        document.addEventListener(type, () => w.pointers++, true);
    });
    return () => player.close();
  });

  it('skips to the content, then starts the course and lands on the first heading', async () => {
    await tabTo(page, { selector: 'a.skip-link' }, 1);
    await press(page, 'Enter');
    await expectFocus(page, { selector: 'main' });
    await tabTo(page, { selector: 'main .actions .button.primary', text: 'Start' });
    await arriveWith(page, 'Enter', pages[0]!.page.title);
  });

  it('opens Pause and exit from the header, and Escape or Keep going gives focus back to it', async () => {
    expect(await tabTo(page, { selector: '.exit-button' })).toBe('Shift+Tab');
    await press(page, 'Enter');
    await expectFocus(page, { selector: '#exit-title' });
    await press(page, 'Escape');
    await expectFocus(page, { selector: '.exit-button' });
    await press(page, 'Enter');
    // The confirmation's heading takes focus after the next paint; tabbing before it would race it.
    await expectFocus(page, { selector: '#exit-title' });
    await tabTo(page, { selector: '.exit-confirm .button.secondary', text: 'Keep going' });
    await press(page, 'Enter');
    await expectFocus(page, { selector: '.exit-button' });
    expect(await currentScreen(page)).toBe('page');
  });

  it('moves focus to each new page heading with Next', async () => {
    for (let i = 0; i < firstCheck; i++) {
      await doActivities(page, pages[i]!.page.blocks);
      await next(page, pages[i + 1]!.page.title);
    }
  });

  it('keeps a refused Next focused and explained, and stays on the page', async () => {
    await tabTo(page, { selector: '.page-nav .button.primary' });
    await press(page, 'Enter');
    await expectFocus(page, {
      selector: '.page-nav .button.primary[aria-disabled="true"][aria-describedby="next-hint"]',
    });
    expect(await currentScreen(page)).toBe('page');
    expect(await page.locator(LANDING).textContent()).toBe(pages[firstCheck]!.page.title);
  });

  it('answers every question, opens every reveal and finishes every scenario and form, page by page', async () => {
    // Focus is on the refused Next, below the questions: back up with Shift+Tab.
    expect(await tabTo(page, { selector: `[data-question="${pages[firstCheck]!.questions[0]!.id}"] input` })).toBe(
      'Shift+Tab',
    );
    for (let i = firstCheck; i < pages.length; i++) {
      await doActivities(page, pages[i]!.page.blocks);
      await next(page, pages[i + 1]?.page.title ?? course.assessment!.title);
    }
    await waitForScreen(page, 'assessment-intro');
  });

  it('takes the assessment, one focused question after another, and reaches the summary', async () => {
    await tabTo(page, { selector: 'main .actions .button.primary', text: 'Start the assessment' });
    await arriveWith(page, 'Enter', 'Question 1 of 3');
    const graded = indexCourse(course).graded;
    for (let n = 1; n <= course.assessment!.draw!; n++) {
      const id = (await page.locator('main [data-question]').getAttribute('data-question'))!;
      await answer(page, graded.get(id)!);
      await arriveWith(page, 'Enter', n < course.assessment!.draw! ? `Question ${n + 1} of 3` : 'Your result');
    }
    expect(await page.locator('main .score').textContent()).toBe('Score: 100% You passed.');
    await tabTo(page, { selector: 'main .actions .button.primary', text: 'Continue' });
    await arriveWith(page, 'Enter', 'Well done! You have completed the course');
    expect(await page.locator('main .outcome').innerText()).toBe('You passed the final check with 100%.');
    // The course is over: Close the course, and no Pause and exit.
    expect(await page.locator('.exit-button').count()).toBe(0);
  });

  it('gets the certificate: asks for the name, which the learner types, and shows it with the focus on it', async () => {
    await tabTo(page, { selector: '.certificate-offer .button.primary', text: 'Get my certificate' });
    await press(page, 'Enter');
    await expectFocus(page, { selector: '#cert-learner' });
    // Enter with nothing typed says what is missing, and keeps the focus in the field.
    await press(page, 'Enter');
    await expectFocus(page, { selector: '#cert-learner[aria-describedby="cert-learner-problem"]' });
    expect(await page.locator('#cert-learner-problem').textContent()).toBe('Type your name first.');
    await page.keyboard.type('Amina Yusuf');
    await press(page, 'Enter');
    await expectFocus(page, { selector: '#cert-title', text: 'Certificate of completion' });
    expect(await page.locator('.cert-name').textContent()).toBe('Amina Yusuf');
  });

  it('closes the course with the keyboard, on to the exit screen', async () => {
    await tabTo(page, { selector: '.finish-button', text: 'Close the course' });
    await arriveWith(page, 'Enter', 'Your progress is saved');
    expect(await currentScreen(page)).toBe('exited');
  });

  it('never needed a pointer', async () => {
    expect(await page.evaluate(() => (window as unknown as { pointers: number }).pointers)).toBe(0);
    expect(player.errors).toEqual([]);
  });
});

describe('keyboard only: notices', () => {
  it('keeps focus in the player when notices are dismissed: the next Dismiss, then the screen heading', async () => {
    const player = await openPlayer(chromium(), (await packageOf(FOLDER, 'en')).dir);
    try {
      const { page } = player;
      // A saved record the course cannot read: restoring says so, beside the standalone notice.
      await page.evaluate(() =>
        localStorage.setItem('pss-progress:sample:local', JSON.stringify({ record: 'P2~garbage', location: '' })),
      );
      await reloadServed(page);
      await waitUntilLive(page);
      // Two causes, two notices: progress could not be restored, and it stays in this browser. They come once
      // the LMS session has connected (session.js, after the intro is live), so wait for them rather than count at once.
      await expect.poll(() => page.locator('.notice').count(), UNTIL).toBe(2);
      await tabTo(page, { selector: '.notice .button' });
      await press(page, 'Enter');
      await expectFocus(page, { selector: '.notice .button' });
      expect(await page.locator('.notice').count()).toBe(1);
      await press(page, 'Space');
      await expectFocus(page, { selector: LANDING, text: 'About this course' });
      expect(await page.locator('.notice').count()).toBe(0);
    } finally {
      await player.close();
    }
  });
});
