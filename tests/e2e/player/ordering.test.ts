/**
 * Ordering by dragging, in Chromium: a mouse and a finger each drag an item by its grip to a
 * new place, the page does not scroll under the finger, and the list says where the item
 * went. (The Move buttons are the keyboard's way, in the keyboard walk.)
 */
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../support/courses.ts';
import { openPlayer, useChromium } from './support/browser.ts';
import { walkCourse } from './support/learner.ts';
import { packageOf } from './support/packages.ts';

const FOLDER = 'tests/fixtures/courses/sample';
const course = loadCourse(FOLDER)[0]!.course;
const chromium = useChromium();
const QUESTION = '[data-question="kc-order"]';

const order = (page: Page) =>
  page.locator(`${QUESTION} li[data-item]`).evaluateAll((rows) => rows.map((row) => row.getAttribute('data-item')));

/** The middle of the n-th row's grip, and the y of the middle of another row, in viewport pixels. */
async function points(page: Page, from: number, to: number) {
  const grip = (await page.locator(`${QUESTION} li[data-item] .grip`).nth(from).boundingBox())!;
  const row = (await page.locator(`${QUESTION} li[data-item]`).nth(to).boundingBox())!;
  return { x: grip.x + grip.width / 2, y: grip.y + grip.height / 2, toY: row.y + row.height - 4 };
}

async function touchDrag(cdp: CDPSession, x: number, y: number, toY: number) {
  const at = (y: number) => [{ x, y }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(y) });
  for (let step = 1; step <= 5; step++)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(y + ((toY - y) * step) / 5) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

describe('ordering by dragging', () => {
  it('moves an item with a mouse and with a finger, without scrolling the page, and says where it went', async () => {
    const player = await openPlayer(chromium(), (await packageOf(FOLDER, 'en')).dir, {
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    const seen: Record<string, unknown> = {};
    try {
      const { page } = player;
      const cdp = await player.context.newCDPSession(page);
      await walkCourse(
        page,
        course,
        async (stop) => {
          if (stop.label !== 'page-order') return;
          await page.locator(QUESTION).scrollIntoViewIfNeeded();
          const [first, second, third] = await order(page);
          // The mouse takes the first item below the second.
          let at = await points(page, 0, 1);
          await page.mouse.move(at.x, at.y);
          await page.mouse.down();
          await page.mouse.move(at.x, at.toY, { steps: 5 });
          await page.mouse.up();
          seen.mouse = await order(page);
          // A finger takes what is now first to the end of the list.
          at = await points(page, 0, 2);
          const scrolled = await page.evaluate(() => scrollY);
          await touchDrag(cdp, at.x, at.y, at.toY);
          seen.touch = await order(page);
          seen.scrolled = (await page.evaluate(() => scrollY)) - scrolled;
          seen.said = await page.locator(`${QUESTION} [aria-live="polite"]`).textContent();
          seen.expected = { mouse: [second, first, third], touch: [first, third, second] };
        },
        { stayAfterSummary: true },
      );
    } finally {
      await player.close();
    }
    const { expected, ...got } = seen as { expected: { mouse: string[]; touch: string[] } };
    const text = (id: string) =>
      (course.lessons[1]!.pages[1]!.blocks[1] as { items: { id: string; text: string }[] }).items.find(
        (i) => i.id === id,
      )!.text;
    expect(got).toEqual({ ...expected, scrolled: 0, said: `${text(expected.touch[2]!)}: position 3 of 3` });
    expect(player.errors).toEqual([]);
  }, 90_000);
});
