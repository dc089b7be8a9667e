/**
 * The check an LMS makes last and a learner first: the launch page runs in Chromium against
 * a built-in LMS (scorm-again), and a scripted learner presses Start, reads the first page,
 * then pauses and exits. Every API call must succeed, and the LMS must end up holding a bookmark on
 * that page, an incomplete status, suspend data and exit "suspend", so the learner resumes.
 */
import type { Browser } from 'playwright-core';
import type { ScormVersion } from '../../src/scorm/scorm-version.ts';
import { servePackage } from './serve-package.ts';
import { strictViolations } from './strict-cmi.ts';

export interface LmsCall {
  method: string;
  args: string[];
  result: string;
  /** The LMS's last error code right after the call; "0" when it succeeded. */
  code: string;
}

/**
 * Reads the calls of one launch and says what a strict LMS would object to, one line each.
 */
export type CallAudit = (standard: ScormVersion, calls: readonly LmsCall[]) => string[];

/**
 * scorm-again's own error codes, then every SetValue judged by the strict data-model checker
 * (strict-cmi.ts): scorm-again is lenient and takes values Moodle refuses, so its codes alone
 * would pass a package a strict LMS rejects.
 */
/** A long value (a whole suspend_data, say) cut so a problem stays one readable line. */
const shorten = (value: string) => (value.length > 80 ? `${value.slice(0, 80)}… (${value.length} characters)` : value);

export const strictLmsAudit: CallAudit = (standard, calls) => [
  ...calls
    .filter((call) => call.code !== '0')
    .map((call) => `${call.method}(${call.args.map(shorten).join(', ')}) → ${call.result}, LMS error ${call.code}`),
  ...strictViolations(standard, calls).map((violation) => `a strict LMS refuses ${violation}`),
];

export interface LaunchExpectations {
  standard: ScormVersion;
  /** The resource's href, relative to the package root. */
  launchHref: string;
  /** The manifest's pass mark, which the LMS hands the SCO as mastery data. */
  masteryScore?: string;
  scaledPassingScore?: string;
  /** The first page the course shows after Start, from the course data in index.html. */
  firstPage: { id: string; title: string };
}

/** The values read back from what the LMS stored, in either standard's shape. */
interface StoredCmi {
  core?: { lesson_location?: string; lesson_status?: string; exit?: string };
  location?: string;
  completion_status?: string;
  exit?: string;
  suspend_data?: string;
}

interface LmsState {
  calls: LmsCall[];
  stored: StoredCmi | null;
  commits: number;
  ended: boolean;
}

/** What lms-page.html puts on its window. */
type LmsWindow = Window & {
  lms: { launch(standard: string, href: string, cmi: object): Promise<void>; unload(): void; state(): LmsState };
};

/** How long each step of the scripted learner may take; a busy machine needs seconds. */
export const STEP_TIMEOUT = 20_000;

/** Launches one package and returns every problem the launch showed; empty when it played as it should. */
export async function launchProblems(
  browser: Browser,
  files: ReadonlyMap<string, Uint8Array>,
  expected: LaunchExpectations,
  audit: CallAudit = strictLmsAudit,
  stepTimeout = STEP_TIMEOUT,
): Promise<string[]> {
  const server = await servePackage(files);
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  const problems: string[] = [];
  try {
    context.setDefaultTimeout(stepTimeout);
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`the page threw: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400)
        problems.push(
          `${response.url().replace(server.packageUrl, '')} answered HTTP ${response.status()}: the file is missing from the package`,
        );
    });
    await page.goto(server.lmsUrl);
    // What an LMS hands a first launch, with the manifest's pass mark as the SCO's mastery data.
    const cmi =
      expected.standard === 'scorm12'
        ? {
            core: { student_id: 'check', student_name: 'Check, Package', entry: 'ab-initio' },
            ...(expected.masteryScore ? { student_data: { mastery_score: expected.masteryScore } } : {}),
          }
        : {
            learner_id: 'check',
            learner_name: 'Package Check',
            entry: 'ab-initio',
            ...(expected.scaledPassingScore ? { scaled_passing_score: expected.scaledPassingScore } : {}),
          };
    await page.evaluate(([standard, href, data]) => (window as unknown as LmsWindow).lms.launch(standard, href, data), [
      expected.standard,
      server.packageUrl + expected.launchHref,
      cmi,
    ] as const);
    const state = () => page.evaluate(() => (window as unknown as LmsWindow).lms.state() as LmsState);
    const sco = page.frameLocator('#sco');

    const step = async (what: string, action: () => Promise<unknown>) => {
      try {
        await action();
        return true;
      } catch {
        problems.push(`${what} did not happen within ${stepTimeout / 1000} s`);
        return false;
      }
    };
    const played =
      (await step('the intro screen', () => sco.locator('main[data-screen="intro"]').waitFor())) &&
      (await step('pressing Start', () => sco.locator('main[data-screen="intro"] .actions button.primary').click())) &&
      (await step(`the first page ("${expected.firstPage.title}")`, () =>
        sco.locator('main[data-screen="page"] [data-landing]').waitFor(),
      )) &&
      (await step('a Commit after the first page', () =>
        page.waitForFunction(() => (window as unknown as LmsWindow).lms.state().commits > 0, undefined, {
          timeout: stepTimeout,
        }),
      ));
    // Pause and exit, as a learner leaving after the first page does: the SCO must end the session itself.
    const ended =
      played &&
      (await step('pressing Pause and exit', () => sco.locator('.exit-button').click())) &&
      (await step('confirming Pause and exit', () => sco.locator('.exit-confirm .actions button.primary').click())) &&
      (await step(`the course calling ${expected.standard === 'scorm12' ? 'LMSFinish' : 'Terminate'}`, () =>
        page.waitForFunction(() => (window as unknown as LmsWindow).lms.state().ended, undefined, {
          timeout: stepTimeout,
        }),
      ));
    if (ended) await page.evaluate(() => (window as unknown as LmsWindow).lms.unload());
    const record = await state();
    if (!record.calls.length) problems.push('the launch page never called the LMS: it did not find the SCORM API');
    problems.push(...audit(expected.standard, record.calls));
    if (record.ended) problems.push(...storedProblems(expected, record.stored ?? {}));
  } finally {
    await context.close();
    await server.close();
  }
  return problems;
}

/** What the LMS holds after the first page: enough for the learner to resume there. */
function storedProblems({ standard, firstPage }: LaunchExpectations, cmi: StoredCmi): string[] {
  const v12 = standard === 'scorm12';
  const values = v12
    ? {
        location: cmi.core?.lesson_location,
        status: cmi.core?.lesson_status,
        exit: cmi.core?.exit,
        suspend: cmi.suspend_data,
      }
    : { location: cmi.location, status: cmi.completion_status, exit: cmi.exit, suspend: cmi.suspend_data };
  const name = (field: string) => (v12 ? `cmi.core.${field}` : `cmi.${field}`);
  const problems: string[] = [];
  if (values.location !== firstPage.id)
    problems.push(
      `${name(v12 ? 'lesson_location' : 'location')} is "${values.location ?? ''}", not the first page "${firstPage.id}"`,
    );
  if (values.status !== 'incomplete')
    problems.push(`${name(v12 ? 'lesson_status' : 'completion_status')} is "${values.status ?? ''}", not "incomplete"`);
  if (values.exit !== 'suspend')
    problems.push(`${name('exit')} is "${values.exit ?? ''}", not "suspend": the learner could not resume`);
  if (!values.suspend) problems.push('cmi.suspend_data is empty: the learner could not resume');
  return problems;
}
