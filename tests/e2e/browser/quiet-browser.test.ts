/**
 * The Chromium that the tests, the bench and `npm run check` launch builds no window
 * furniture of its own. Headless Chromium 156 otherwise makes two omnibox-popup WebUI pages
 * for each new context (some 400 chrome:// requests and 1 to 1.5 s of CPU in a process of
 * their own), which on 2 cores compete with the page under test or measurement.
 */
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchBrowser } from '../../../packaging/check/chromium.ts';
import { launchChromium } from '../../support/chromium.ts';

/** Every target the browser has once a fresh context has loaded a page: pages, tabs and its own UI. */
async function targetsAfterOnePage(browser: Browser): Promise<string[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.setContent('<h1>A page</h1>');
  const cdp = await browser.newBrowserCDPSession();
  // An empty filter entry matches every kind of target, the browser's own UI included.
  const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{}] } as never)) as {
    targetInfos: { type: string; url: string }[];
  };
  await context.close();
  return targetInfos.map((t) => `${t.type} ${t.url}`);
}

describe.each([
  ['the tests and the bench launch', launchChromium],
  ['npm run check launches', launchBrowser],
])('the Chromium that %s', (_name, launch) => {
  it('makes no omnibox popups or other browser UI pages', async () => {
    const browser = await launch();
    try {
      const targets = await targetsAfterOnePage(browser);
      expect(targets.some((t) => t.startsWith('page '))).toBe(true);
      expect(targets.filter((t) => t.startsWith('browser_ui') || t.includes('chrome://'))).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
