/**
 * A page turn paints the new heading with the page's first block, and the rest of the
 * page (its later blocks, Previous and Next) follows once that frame is painted (issue 16).
 * Looked at frame by frame in the page itself, from a requestAnimationFrame callback
 * queued before the click: it runs in the frame that first shows the new heading, before
 * the player's own after-paint work.
 */
import { describe, expect, it } from 'vitest';
import { openPlayer, useChromium } from './support/browser.ts';
import { packageOf } from './support/packages.ts';
import { waitForScreen } from './support/screens.ts';

const chromium = useChromium();

interface PageState {
  blocks: number;
  nav: boolean;
  partial: boolean;
}

describe('a page turn', () => {
  it('shows the heading and first block in its first frame, then the whole page', async () => {
    const pkg = await packageOf('tests/fixtures/courses/sample', 'en');
    const player = await openPlayer(chromium(), pkg.dir);
    try {
      const { page } = player;
      await page.locator('main .actions .button.primary').click();
      await waitForScreen(page, 'page', 'Welcome');
      await page.evaluate(() => {
        const state = (): PageState => ({
          blocks: document.querySelectorAll('main .page > .block').length,
          nav: document.querySelector('main .page-nav') !== null,
          partial: document.querySelector('main [data-partial]') !== null,
        });
        const look = () => {
          if (document.querySelector('main [data-landing]')?.textContent === 'Hear and see it')
            (window as { firstFrame?: PageState }).firstFrame = state();
          else requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      });
      await page.locator('.page-nav .button.primary').click();
      await waitForScreen(page, 'page', 'Hear and see it');
      await page.locator('main .page-nav').waitFor();
      const first = await page.evaluate(() => (window as { firstFrame?: PageState }).firstFrame);
      const whole = await page.evaluate(() => ({
        blocks: document.querySelectorAll('main .page > .block').length,
        partial: document.querySelector('main [data-partial]') !== null,
      }));
      expect(first).toEqual({ blocks: 1, nav: false, partial: true });
      // Audio, video and two reveals.
      expect(whole).toEqual({ blocks: 4, partial: false });
      expect(player.errors).toEqual([]);
    } finally {
      await player.close();
    }
  });
});
