/**
 * The Node side of the browser LMS: one Chromium and one static server per test file,
 * serving the harness page (harness/), scorm-again's browser build and the extracted
 * packages. Each launch opens the harness in a browser context and the package in its
 * iframe. Every API call reaches Node as it happens, so each SetValue of every launch is
 * checked by the strict checker, and `close()` fails the file on any violation or LMS
 * error code that a test did not already report, even from a launch a test forgot.
 */
import { join } from 'node:path';
import type { Browser, BrowserContext, FrameLocator, Page } from 'playwright-core';
import { StrictCmi } from '../../../packaging/check/strict-cmi.ts';
import type { ScormVersion } from '../../../src/scorm/scorm-version.ts';
import { launchChromium } from '../../support/chromium.ts';
import { ROOT } from '../../support/courses.ts';
import { gotoServed } from '../../support/http.ts';
import { PATIENCE } from '../../support/patience.ts';
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
  /** What the LMS persisted at the last successful Commit or Terminate, judged as a strict LMS does. */
  stored: Cmi | null;
  commits: number;
  terminated: boolean;
  unloaded: boolean;
}

export interface Launch {
  version: ScormVersion;
  page: Page;
  context: BrowserContext;
  /** The course, inside the LMS's iframe. */
  sco: FrameLocator;
  record(): Promise<LmsRecord>;
  /** Waits for Terminate / LMSFinish and returns the record. */
  terminated(): Promise<LmsRecord>;
  /** Removes the content frame, as the LMS does after the SCO finishes or when the learner leaves. */
  unload(): Promise<void>;
  /** Sends the content frame to another page, as an LMS moving on does. */
  navigateAway(): Promise<void>;
  /**
   * Everything wrong with the session since the last look: LMS error codes, strict
   * violations, calls after Terminate, browser errors. Marks them reported.
   */
  faults(): string[];
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
  /** Closes everything; throws with every fault no test reported. */
  close(): Promise<void>;
}

const HARNESS = join(import.meta.dirname, 'harness');

export interface TestLmsOptions {
  /** Lets pages enter the back/forward cache (Playwright turns it off by default). */
  backForwardCache?: boolean;
}

export async function startTestLms(options: TestLmsOptions = {}): Promise<TestLms> {
  const [browser, server]: [Browser, StaticServer] = await Promise.all([
    launchChromium(options.backForwardCache ? { ignoreDefaultArgs: ['--disable-back-forward-cache'] } : {}),
    startStaticServer(HARNESS, options.backForwardCache ? 'no-cache' : 'no-store'),
  ]);
  server.mount('/scorm-again/', join(ROOT, 'node_modules/scorm-again/dist'));
  server.mount('/lms/', HARNESS);
  let served = 0;
  const unreported: Array<() => string[]> = [];
  const newContext = () => browser.newContext({ viewport: { width: 1024, height: 800 } });

  return {
    serve(pkg) {
      const prefix = `/pkg/${++served}-${pkg.courseId}-${pkg.language}-${pkg.standard}/`;
      server.mount(prefix, pkg.dir);
      return server.url + prefix;
    },

    async launch(version, packageUrl, cmi, reuse) {
      const context = reuse ?? (await newContext());
      // A step that cannot happen fails with what it waited for, well before the test's own timeout.
      context.setDefaultTimeout(PATIENCE);
      const page = await context.newPage();
      const problems: string[] = [];
      watchProblems(page, problems);
      const strict = new StrictCmi(version, cmi);
      const faults: string[] = [];
      let reported = 0;
      await page.exposeBinding('lmsCall', (_, call: ApiCall) => {
        const said = `${call.method}(${call.args.join(', ')}) → ${call.result}`;
        if (call.code !== '0') faults.push(`${said}, error ${call.code}`);
        if (call.afterTerminate) faults.push(`${said}, after Terminate`);
        if (/SetValue$/.test(call.method)) {
          const violation = strict.check(call.args[0] ?? '', call.args[1] ?? '');
          if (violation) faults.push(`strict: ${violation}`);
        }
      });
      await gotoServed(page, `${server.url}/lms/index.html`);
      await page.evaluate((o) => (window as any).lms.launch(o), { standard: version, packageUrl, cmi });
      const record = () => page.evaluate(() => (window as any).lms.state() as LmsRecord);
      const pending = () => [...faults.slice(reported), ...problems.map((p) => `browser: ${p}`)];
      unreported.push(pending);
      return {
        version,
        page,
        context,
        sco: page.frameLocator('iframe#sco'),
        record,
        async terminated() {
          await page.waitForFunction(() => (window as any).lms.state().terminated, undefined, { timeout: PATIENCE });
          return record();
        },
        unload: () => page.evaluate(() => (window as any).lms.unload()),
        navigateAway: () => page.evaluate(() => (window as any).lms.navigateAway()),
        faults() {
          const found = pending();
          reported = faults.length;
          problems.length = 0;
          return found;
        },
        problems,
      };
    },

    newContext,

    async close() {
      await Promise.all([browser.close(), server.close()]);
      const left = unreported.flatMap((pending) => pending());
      if (left.length) throw new Error(`Faults no test reported:\n${left.join('\n')}`);
    },
  };
}

function watchProblems(page: Page, problems: string[]): void {
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
}
