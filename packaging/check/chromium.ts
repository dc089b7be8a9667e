/**
 * The browser the check launches packages in: Debian's Chromium (or $CHROMIUM_PATH), driven
 * by playwright-core, which never downloads a browser of its own.
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'];

/** Starts Chromium, or explains how to get it. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}. Install it (apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome.`,
    );
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}
