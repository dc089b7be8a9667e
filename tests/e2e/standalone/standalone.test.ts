/**
 * With no LMS around, a package runs standalone: opened straight from disk (file://) or
 * from a plain static server, it says once that progress stays in this browser, saves
 * there, and resumes on the next visit. Launched in a frame, as an LMS launches, a missing
 * LMS is worth saying instead: the platform could not be reached. And the intro goes live
 * whether or not the page was painted before player.js ran.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partsForStart } from '../../../src/player/use-parts.ts';
import type { CourseData } from '../../../src/runtime/course-data.ts';
import { launchChromium } from '../../support/chromium.ts';
import { gotoServed, reloadServed, retryingResets } from '../../support/http.ts';
import { UNTIL } from '../../support/patience.ts';
import { type ExtractedPackage, extractPackages } from '../support/packages.ts';
import { type StaticServer, startStaticServer } from '../support/static-server.ts';

let browser: Browser;
let pkg: ExtractedPackage;
let server: StaticServer;

beforeAll(async () => {
  [pkg] = (await extractPackages('tests/fixtures/courses/mini', 'scorm12')) as [ExtractedPackage];
  server = await startStaticServer(pkg.dir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function firstVisit(page: Page, url: string) {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await gotoServed(page, url);
  await expect.poll(() => page.locator('main').getAttribute('data-screen')).toBe('intro');
  // One notice (each has its own paragraph), worded for a package opened without an LMS.
  await expect
    .poll(() => page.locator('.notice p').allTextContents())
    .toEqual(['No learning platform here: your progress is saved in this browser only.']);
  await page.getByRole('button', { name: 'Start' }).click();
  await expect.poll(() => page.locator('main').getAttribute('data-screen')).toBe('page');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect.poll(() => page.getByRole('heading', { name: 'Try it' }).count()).toBe(1);
  expect(errors).toEqual([]);
}

async function resumes(page: Page) {
  await reloadServed(page);
  // The intro comes first, then the choice to continue or start again.
  await expect.poll(() => page.locator('main').getAttribute('data-screen')).toBe('intro');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect.poll(() => page.locator('main').getAttribute('data-screen')).toBe('resume');
  await page.getByRole('button', { name: 'Continue where you left off' }).click();
  await expect.poll(() => page.getByRole('heading', { name: 'Try it' }).count()).toBe(1);
}

describe('standalone mode', () => {
  it('says the platform could not be reached, once, when a frame launched it without an LMS', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // A page of the package's origin that is not the course: setContent keeps the page's scripts
    // running, and a course there would hold the package's writer lock, making the frame a second tab.
    server.mount('/host/', join(import.meta.dirname, '../lms/harness'));
    await gotoServed(page, `${server.url}/host/away.html`);
    await page.setContent(`<iframe id="sco" src="${server.url}/index.html" style="width:100%;height:600px"></iframe>`);
    const sco = page.frameLocator('#sco');
    await expect
      .poll(() => sco.locator('.notice p').allTextContents(), UNTIL)
      .toEqual(['The learning platform could not be reached. Your progress is saved in this browser for now.']);
    await context.close();
  });

  it('runs from file://, saves in the browser and resumes', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await firstVisit(page, pathToFileURL(join(pkg.dir, 'index.html')).href);
    await resumes(page);
    await context.close();
  });

  it('runs from a plain static server, saves in the browser and resumes', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await firstVisit(page, `${server.url}/index.html`);
    expect(
      // Keyed by the package: its organisation (the test profile for English), the course and the language.
      await page.evaluate(() =>
        Object.keys(localStorage).some((key) => key.startsWith('pss-progress:lakeside.mini.en:')),
      ),
    ).toBe(true);
    await resumes(page);
    await context.close();
  });
});

// #region Boot order
/*
 * player.js makes the course's actor as it runs when the pre-rendered page has already been
 * painted, and the intro goes live in a task of its own (a message's, held back here to see
 * the order), which asks for the first page's parts; when nothing has been painted yet
 * (a hidden LMS frame, or a script that arrives first) both wait for a frame, then come in the
 * same two tasks (src/runtime/main.tsx, issue 16). Either way the intro goes live and Start
 * works. Start pressed while the session connects: the progress is restored in one task and
 * the first page rendered in a later one; from then on a click's screen is rendered before
 * any other task can run, so a second click never lands on the screen the first one left.
 */
/** The course data index.html carries inline, as player.js reads it. */
function readCourseData(dir: string): CourseData {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const json = /<script type="application\/json" id="course-data">([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (!json) throw new Error(`No course data in ${dir}/index.html`);
  return JSON.parse(json) as CourseData;
}

/** The package opened with player.js held back until `letPlayerIn`; the file names it asked for, and its errors. */
async function openWithPlayerHeld() {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const asked: string[] = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname.split('/').pop()!));
  let letPlayerIn: () => void = () => {};
  const playerHeld = new Promise<void>((resolve) => {
    letPlayerIn = resolve;
  });
  await page.route('**/player.js', async (route) => {
    await playerHeld;
    await route.continue();
  });
  // Not `load`, nor DOMContentLoaded: both wait for the deferred player.js, held here.
  await retryingResets(() => page.goto(`${server.url}/index.html`, { waitUntil: 'commit' }));
  return { context, page, errors, asked, letPlayerIn };
}

/** Whether the player has taken the pre-rendered intro over. */
const live = (page: Pick<Page, 'evaluate'>) =>
  page.evaluate(() => !!document.querySelector('#app:not([data-static]) main[data-screen="intro"]'));

/** The page's controls over the messages its scripts post between tasks. */
interface Held {
  /** While set, every message posted waits. */
  holding: boolean;
  held(): number;
  releaseOne(): void;
  /** Sends every waiting message and stops holding. */
  release(): void;
}

/** Makes the page's messages between tasks wait while `holding` is set: from the start, or from when the test sets it. */
async function holdMessages(page: Page, fromTheStart: boolean): Promise<void> {
  await page.addInitScript((holding: boolean) => {
    const held: (() => void)[] = [];
    const post = MessagePort.prototype.postMessage;
    const w = window as unknown as Held;
    w.holding = holding;
    w.held = () => held.length;
    MessagePort.prototype.postMessage = function (this: MessagePort, ...args: Parameters<typeof post>) {
      if (w.holding) held.push(() => post.apply(this, args));
      else post.apply(this, args);
    } as typeof post;
    w.releaseOne = () => held.shift()?.();
    w.release = () => {
      w.holding = false;
      for (const send of held.splice(0)) send();
    };
  }, fromTheStart);
}

describe('the first screen goes live', () => {
  it('when player.js arrives after the page was painted, asking for the first page as it goes live', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // Messages between tasks wait until released, so what player.js did as it ran can be seen.
    await holdMessages(page, true);
    const asked: string[] = [];
    page.on('request', (request) => asked.push(new URL(request.url()).pathname));
    let paintedFirst: boolean | undefined;
    // Held until the browser has painted the pre-rendered intro: the script then runs on a painted page.
    await page.route('**/player.js', async (route) => {
      await page.waitForFunction(() => performance.getEntriesByType('paint').length > 0, null, { polling: 'raf' });
      paintedFirst = await page.evaluate(() => !document.querySelector('#app:not([data-static])'));
      await route.continue();
    });
    await gotoServed(page, `${server.url}/index.html`);
    // player.js has run (it lends its modules to the parts as it does) and waits for its next task.
    await page.waitForFunction(() => 'PssLib' in window, null, UNTIL);
    expect(await live(page)).toBe(false);
    expect(asked.filter((path) => path.endsWith('/session.js') || path.endsWith('/page.js'))).toEqual([]);
    await page.evaluate(() => (window as unknown as Held).release());
    await expect.poll(() => live(page), UNTIL).toBe(true);
    expect(asked.filter((path) => path.endsWith('/session.js') || path.endsWith('/page.js'))).toHaveLength(2);
    expect(paintedFirst).toBe(true);
    await page.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => page.locator('main').getAttribute('data-screen'), UNTIL).toBe('page');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('with Start pressed before player.js has arrived: Start is busy, what the first page needs is asked for at once, and the first page follows', async () => {
    const { context, page, errors, asked, letPlayerIn } = await openWithPlayerHeld();
    const start = page.getByRole('button', { name: 'Start' });
    await start.click();
    const needs = [...partsForStart(readCourseData(pkg.dir))].map((name) => `${name}.js`);
    expect(needs).toEqual(expect.arrayContaining(['session.js', 'page.js', 'text-0.js']));
    await expect.poll(() => needs.filter((file) => !asked.includes(file)), UNTIL).toEqual([]);
    expect(await start.getAttribute('aria-busy')).toBe('true');
    expect(await live(page)).toBe(false);
    letPlayerIn();
    await expect.poll(() => page.locator('main').getAttribute('data-screen'), UNTIL).toBe('page');
    // The player used what was asked for early rather than asking again.
    for (const file of needs)
      expect(
        asked.filter((name) => name === file),
        file,
      ).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('with Start pressed from the keyboard before player.js has arrived, and only Start taking a press', async () => {
    const { context, page, errors, letPlayerIn } = await openWithPlayerHeld();
    const start = page.getByRole('button', { name: 'Start' });
    await start.waitFor();
    // The banner's buttons cannot work before player.js: they still take no pointer.
    const inert = await page.evaluate(() =>
      [...document.querySelectorAll('#app button')].map((button) => [
        button.textContent?.trim(),
        getComputedStyle(button).pointerEvents,
      ]),
    );
    expect(inert.filter(([, events]) => events !== 'none').map(([name]) => name)).toEqual(['Start']);
    await start.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => start.getAttribute('aria-busy'), UNTIL).toBe('true');
    letPlayerIn();
    await expect.poll(() => page.locator('main').getAttribute('data-screen'), UNTIL).toBe('page');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('in a hidden frame that never paints, and Start works once it is shown', async () => {
    server.mount('/host/', join(import.meta.dirname, '../lms/harness'));
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

  it('with Start pressed while the session connects: the first page a task after the restore, then turns at once', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await holdMessages(page, false);
    let letSessionIn: () => void = () => {};
    const sessionHeld = new Promise<void>((resolve) => {
      letSessionIn = resolve;
    });
    await page.route('**/session.js', async (route) => {
      await sessionHeld;
      await route.continue();
    });
    await gotoServed(page, `${server.url}/index.html`);
    await expect.poll(() => live(page), UNTIL).toBe(true);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.evaluate(() => {
      (window as unknown as Held).holding = true;
    });
    letSessionIn();
    const held = () => page.evaluate(() => (window as unknown as Held).held());
    // The session has started and waits for its next task to restore the progress.
    await expect.poll(held, UNTIL).toBeGreaterThan(0);
    expect(await page.locator('main').getAttribute('data-screen')).toBe('intro');
    await page.evaluate(() => (window as unknown as Held).releaseOne());
    // Restored, with the page's render waiting in a task of its own.
    await expect.poll(held, UNTIL).toBeGreaterThan(0);
    expect(await page.locator('main').getAttribute('data-screen')).toBe('intro');
    await page.evaluate(() => (window as unknown as Held).release());
    await expect.poll(() => page.locator('main').getAttribute('data-screen'), UNTIL).toBe('page');
    const heading = page.locator('main [data-landing]');
    await expect.poll(() => heading.textContent(), UNTIL).toBe('Why listening matters');
    // Every part the next page needs has arrived, so the turn waits for nothing but rendering.
    await expect
      .poll(() => page.evaluate(() => 'activities' in ((window as { PssParts?: object }).PssParts ?? {})), UNTIL)
      .toBe(true);
    const after = await page.evaluate(async () => {
      document.querySelector<HTMLButtonElement>('.page-nav .button.primary')!.click();
      for (let i = 0; i < 20; i++) await Promise.resolve();
      return document.querySelector('main [data-landing]')?.textContent;
    });
    expect(after).toBe('Try it');
    expect(errors).toEqual([]);
    await context.close();
  });
});
// #endregion
