/**
 * Launches Debian's Chromium for browser tests. Never downloads a browser; when Chromium
 * is missing the test fails with a message saying how to install it, and never skips.
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium, type LaunchOptions } from 'playwright-core';
import { NO_BROWSER_UI } from '../../packaging/check/chromium.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // The desktop window's omnibox popups, built for each new context: CPU no test or bench needs.
  NO_BROWSER_UI,
];

/** Launches Chromium; `options` add to the defaults (never replace the path or the arguments). */
export async function launchChromium(options: Omit<LaunchOptions, 'executablePath' | 'args'> = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}. Install Debian's package with \`apt-get install chromium\` (.ci/run does this); browser tests never skip.`,
    );
  }
  return chromium.launch({ ...options, executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}
