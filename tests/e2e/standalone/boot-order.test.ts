/**
 * player.js makes the course's actor as it runs when the pre-rendered page has already been
 * painted, and the intro goes live in a task of its own; when nothing has been painted yet
 * (a hidden LMS frame, or a script that arrives first) both are done in one task once a frame
 * has come (src/runtime/main.tsx, issue 16). Either way the intro goes live and Start works.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../support/chromium.ts';
import { gotoServed } from '../../support/http.ts';
import { UNTIL } from '../../support/patience.ts';
import { type ExtractedPackage, extractPackages } from '../support/packages.ts';
import { type StaticServer, startStaticServer } from '../support/static-server.ts';

let browser: Browser;
let pkg: ExtractedPackage;
let server: StaticServer;

beforeAll(async () => {
  [pkg] = (await extractPackages('tests/fixtures/courses/mini', 'scorm12')) as [ExtractedPackage];
  server = await startStaticServer(pkg.dir);
  server.mount('/host/', join(import.meta.dirname, '../lms/harness'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Whether the player has taken the pre-rendered intro over. */
const live = (page: Pick<Page, 'evaluate'>) =>
  page.evaluate(() => !!document.querySelector('#app:not([data-static]) main[data-screen="intro"]'));

describe('the first screen goes live', () => {
  it('when player.js arrives after the page was painted', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    let paintedFirst: boolean | undefined;
    // Held until the browser has painted the pre-rendered intro: the script then runs on a painted page.
    await page.route('**/player.js', async (route) => {
      await page.waitForFunction(() => performance.getEntriesByType('paint').length > 0, null, { polling: 'raf' });
      paintedFirst = await page.evaluate(() => !document.querySelector('#app:not([data-static])'));
      await route.continue();
    });
    await gotoServed(page, `${server.url}/index.html`);
    await expect.poll(() => live(page), UNTIL).toBe(true);
    expect(paintedFirst).toBe(true);
    await page.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => page.locator('main').getAttribute('data-screen'), UNTIL).toBe('page');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('in a hidden frame that never paints, and Start works once it is shown', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await gotoServed(page, `${server.url}/host/away.html`);
    await page.setContent(`<iframe id="sco" src="${server.url}/index.html" style="display:none"></iframe>`);
    const frame = await (await page.waitForSelector('#sco', { state: 'attached' })).contentFrame();
    if (!frame) throw new Error('The course frame did not load.');
    await expect.poll(() => live(frame), UNTIL).toBe(true);
    expect(await frame.evaluate(() => performance.getEntriesByType('paint').length)).toBe(0);
    await page.evaluate(() => document.getElementById('sco')!.setAttribute('style', 'width:100%;height:600px'));
    await frame.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => frame.locator('main').getAttribute('data-screen'), UNTIL).toBe('page');
    expect(errors).toEqual([]);
    await context.close();
  });
});
