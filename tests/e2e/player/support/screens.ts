/** Reading which screen the player shows, from `<main data-screen>` and its landing heading. */
import type { Page } from 'playwright-core';
import type { ScreenName } from '../../../../src/player/screen-of.ts';
import { PATIENCE } from '../../../support/patience.ts';

/** How long a screen may take to appear after the action that leads to it. */
export const SCREEN_TIMEOUT = PATIENCE;

/**
 * Waits until the player shows `screen` whole (and, when given, a landing heading with
 * exactly `heading`): a page's later blocks come a frame after its heading (PageScreen).
 */
export async function waitForScreen(page: Page, screen: ScreenName, heading?: string): Promise<void> {
  await page.waitForFunction(
    ([screen, heading]) => {
      const main = document.querySelector('main');
      if (main?.dataset.screen !== screen || main.querySelector('[data-partial]')) return false;
      return heading === undefined || main.querySelector('[data-landing]')?.textContent === heading;
    },
    [screen, heading] as const,
    { timeout: SCREEN_TIMEOUT },
  );
}

/** The screen shown now. */
export async function currentScreen(page: Page): Promise<ScreenName> {
  return (await page.locator('main').getAttribute('data-screen')) as ScreenName;
}

/** Waits until the screen shown is whole: a page's later blocks come a frame after its heading. */
export async function waitForWhole(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('main [data-partial]'), undefined, {
    timeout: SCREEN_TIMEOUT,
  });
}
