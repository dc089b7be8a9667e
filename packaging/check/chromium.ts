/**
 * The browser the check launches packages in: Debian's Chromium (or $CHROMIUM_PATH), driven
 * by playwright-core, which never downloads a browser of its own.
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Headless Chromium 156 still builds the desktop window's omnibox popups, two WebUI pages of
 * some 400 chrome:// requests and 1 to 1.5 s of CPU in a process of their own, for each new
 * context once the browser has run a few seconds. No page needs them, and on 2 cores they
 * compete with the page being checked or measured, so they are switched off.
 */
export const NO_BROWSER_UI = '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  NO_BROWSER_UI,
];

/** Starts Chromium, or explains how to get it. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}. Install it (apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome.`,
    );
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}
