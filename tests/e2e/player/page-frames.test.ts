/**
 * A page turn paints the new heading with the page's first block, and the rest of the
 * page (its later blocks, Previous and Next) follows once that frame is painted (issue 16).
 * The assessment's result and the completion screen do the same below their score and
 * certificate (src/player/screens/Later.tsx).
 * Looked at frame by frame in the page itself, from a requestAnimationFrame callback
 * queued before the click: it runs in the frame that first shows the new heading, before
 * the player's own after-paint work.
 */
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../support/courses.ts';
import { openPlayer, useChromium } from './support/browser.ts';
import { walkCourse } from './support/learner.ts';
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

  it('shows the result and the completion screen top first, then what is below the fold', async () => {
    const folder = 'tests/fixtures/courses/sample';
    const course = loadCourse(folder).find((v) => v.course.language === 'en')!.course;
    const player = await openPlayer(chromium(), (await packageOf(folder, 'en')).dir);
    try {
      const { page } = player;
      // Queued before the click that leads to `screen`: records what its first frame holds.
      const lookAt = (screen: string) =>
        page.evaluate((screen) => {
          const has = (selector: string) => document.querySelector(`main ${selector}`) !== null;
          const look = () => {
            if (document.querySelector('main')?.dataset.screen !== screen) return void requestAnimationFrame(look);
            (window as { frames_?: Record<string, Record<string, boolean>> }).frames_ = {
              ...(window as { frames_?: Record<string, Record<string, boolean>> }).frames_,
              [screen]: {
                top: has('.score') || has('.certificate-offer'),
                review: has('.review'),
                contacts: has('.contacts'),
                actions: has('.actions .button.primary:not(.certificate-offer *)'),
                partial: has('[data-partial]'),
              },
            };
          };
          requestAnimationFrame(look);
        }, screen);
      await walkCourse(
        page,
        course,
        async ({ screen }) => {
          if (screen === 'assessment-question') await lookAt('assessment-result');
          if (screen === 'assessment-result') await lookAt('summary');
        },
        { stayAfterSummary: true },
      );
      const first = await page.evaluate(() => (window as { frames_?: unknown }).frames_);
      expect(first).toEqual({
        'assessment-result': { top: true, review: false, contacts: false, actions: false, partial: true },
        summary: { top: true, review: false, contacts: false, actions: false, partial: true },
      });
      // walkCourse waited for the summary to be whole: what to do next, the contacts and Close the course are there.
      expect(await page.locator('main .contacts').count()).toBe(1);
      expect(await page.locator('main .finish-button').count()).toBe(1);
      expect(await page.locator('main [data-partial]').count()).toBe(0);
      expect(player.errors).toEqual([]);
    } finally {
      await player.close();
    }
  });
});
