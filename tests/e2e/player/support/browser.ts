/**
 * One Chromium for a test file, and a fresh context per course: each course gets its own
 * static server (its own origin) and its own localStorage, the way a learner's browser
 * would see one package.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../../support/chromium.ts';
import { gotoServed } from '../../../support/http.ts';
import { type StaticServer, startStaticServer } from '../../support/static-server.ts';
import { SCREEN_TIMEOUT } from './screens.ts';

export interface OpenPlayer {
  page: Page;
  context: BrowserContext;
  server: StaticServer;
  /** What went wrong in the page: uncaught errors, console errors, and files the package lacks. */
  errors: string[];
  close(): Promise<void>;
}

/** Launches Chromium before the file's tests and closes it after; call at the top of a test file. */
export function useChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is not running: useChromium() launches it in beforeAll.');
    return browser;
  };
}

/**
 * The packaged page arrives with the intro already rendered, before player.js takes it
 * over; a click before then does nothing. Each page notes which elements get event
 * listeners (outside the DOM, so no check sees it), and this waits until the first
 * button on the screen has one.
 */
export async function waitUntilLive(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const button = document.querySelector('main button');
    return !!button && (window as unknown as { listened: WeakSet<EventTarget> }).listened.has(button);
  });
}

function noteListeners() {
  const listened = new WeakSet<EventTarget>();
  Object.defineProperty(window, 'listened', { value: listened });
  const add = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (this: EventTarget, ...args: Parameters<typeof add>) {
    listened.add(this);
    return add.apply(this, args);
  };
}

/** Serves a package folder and opens its launch page, live on the first screen. */
export async function openPlayer(
  browser: Browser,
  dir: string,
  options: BrowserContextOptions = {},
): Promise<OpenPlayer> {
  const server = await startStaticServer(dir);
  const context = await browser.newContext(options);
  await context.addInitScript(noteListeners);
  const page = await context.newPage();
  page.setDefaultTimeout(SCREEN_TIMEOUT);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    // A missing file is reported below, with its address.
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text()))
      errors.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    // The packages carry no favicon; the browser asks for one anyway.
    if (response.status() >= 400 && new URL(response.url()).pathname !== '/favicon.ico')
      errors.push(`${response.status()} for ${response.url()}`);
  });
  await gotoServed(page, `${server.url}/index.html`);
  await waitUntilLive(page);
  return {
    page,
    context,
    server,
    errors,
    async close() {
      await context.close();
      await server.close();
    },
  };
}
