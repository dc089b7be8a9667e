/**
 * The Node side of the browser LMS: one Chromium and one static server per test file,
 * serving the harness page (harness/), scorm-again's browser build and the extracted
 * packages. Each launch opens the harness in a browser context and the package in its
 * iframe, and reads back what the LMS recorded.
 */
import { join } from 'node:path';
import type { Browser, BrowserContext, FrameLocator, Page } from 'playwright-core';
import type { ScormVersion } from '../../../src/scorm/scorm-version.ts';
import { launchChromium } from '../../support/chromium.ts';
import { ROOT } from '../../support/courses.ts';
import type { ExtractedPackage } from '../support/packages.ts';
import { type StaticServer, startStaticServer } from '../support/static-server.ts';

export type Cmi = Record<string, any>;

export interface ApiCall {
  method: string;
  args: string[];
  result: string;
  /** GetLastError right after the call. */
  code: string;
  /** When it returned, by the browser's clock (ms since the epoch). */
  at: number;
  afterTerminate: boolean;
}

/** What window.lms.state() returns (harness/harness.js). */
export interface LmsRecord {
  launchUrl: string;
  calls: ApiCall[];
  /** What the LMS persisted at the last successful Commit or Terminate. */
  stored: Cmi | null;
  commits: number;
  terminated: boolean;
  unloaded: boolean;
}

export interface Launch {
  page: Page;
  context: BrowserContext;
  /** The course, inside the LMS's iframe. */
  sco: FrameLocator;
  record(): Promise<LmsRecord>;
  /** Waits for Terminate / LMSFinish and returns the record. */
  terminated(): Promise<LmsRecord>;
  /** Removes the content frame, as the LMS does after the SCO finishes. */
  unload(): Promise<void>;
  /** Uncaught errors and failed requests seen by the browser so far. */
  problems: string[];
}

export interface TestLms {
  /** Serves an extracted package; returns its base URL. */
  serve(pkg: ExtractedPackage): string;
  /** Opens the harness and launches a package. `context` reuses a browser profile (its localStorage). */
  launch(standard: ScormVersion, packageUrl: string, cmi: Cmi, context?: BrowserContext): Promise<Launch>;
  /** A fresh browser profile, to prepare before a launch. */
  newContext(): Promise<BrowserContext>;
  close(): Promise<void>;
}

const HARNESS = join(import.meta.dirname, 'harness');

export async function startTestLms(): Promise<TestLms> {
  const [browser, server]: [Browser, StaticServer] = await Promise.all([launchChromium(), startStaticServer(HARNESS)]);
  server.mount('/scorm-again/', join(ROOT, 'node_modules/scorm-again/dist'));
  server.mount('/lms/', HARNESS);
  let served = 0;
  const newContext = () => browser.newContext({ viewport: { width: 1024, height: 800 } });

  return {
    serve(pkg) {
      const prefix = `/pkg/${++served}-${pkg.courseId}-${pkg.language}-${pkg.standard}/`;
      server.mount(prefix, pkg.dir);
      return server.url + prefix;
    },

    async launch(standard, packageUrl, cmi, reuse) {
      const context = reuse ?? (await newContext());
      // A step that cannot happen fails with what it waited for, well before the test's own timeout.
      context.setDefaultTimeout(10_000);
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      page.on(
        'console',
        (message) =>
          void (
            message.type() === 'error' && problems.push(`console.error: ${message.text()} (${message.location().url})`)
          ),
      );
      page.on(
        'response',
        (response) => void (response.status() >= 400 && problems.push(`HTTP ${response.status()}: ${response.url()}`)),
      );
      page.on('requestfailed', (request) => {
        // Moving on from a page abandons its media requests; that is the browser's choice, not a fault.
        const error = request.failure()?.errorText ?? '';
        if (error !== 'net::ERR_ABORTED') problems.push(`failed: ${request.url()} ${error}`);
      });
      await page.goto(`${server.url}/lms/index.html`);
      await page.evaluate((options) => (window as any).lms.launch(options), { standard, packageUrl, cmi });
      const record = () => page.evaluate(() => (window as any).lms.state() as LmsRecord);
      return {
        page,
        context,
        sco: page.frameLocator('iframe#sco'),
        record,
        async terminated() {
          await page.waitForFunction(() => (window as any).lms.state().terminated, undefined, { timeout: 5_000 });
          return record();
        },
        async unload() {
          await page.evaluate(() => (window as any).lms.unload());
        },
        problems,
      };
    },

    newContext,

    async close() {
      await Promise.all([browser.close(), server.close()]);
    },
  };
}

/** The calls that left an LMS error code behind. */
export const errorsIn = (record: LmsRecord) =>
  record.calls
    .filter((c) => c.code !== '0')
    .map((c) => `${c.method}(${c.args.join(', ')}) → ${c.result}, error ${c.code}`);
