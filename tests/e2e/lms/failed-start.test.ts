/**
 * An LMS that fails at the start: LMSInitialize (Initialize) answers "false", or the API
 * throws. The learner is told progress is kept in this browser, works on, and the next
 * launch that reaches a healthy LMS, with the learner's real id, resumes where they were.
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, it, vi } from 'vitest';
import { UNTIL } from '../../support/patience.ts';
import { firstLaunch, type Lms, openLms, resume } from './lms-session.ts';
import { view } from './record-view.ts';

const SAMPLE = 'tests/fixtures/courses/sample';

vi.setConfig({ maxConcurrency: 2 });

let lms: Lms;
beforeAll(async () => {
  lms = await openLms([SAMPLE]);
});
afterAll(() => lms?.close());

type Failure = 'answers false' | 'throws';

/**
 * Breaks the LMS's start in the harness page while the `lms-fault` cookie is set: the API
 * object keeps every method but its Initialize. The cookie, not the script, is removed for
 * the healthy launch, so both launches share one browser profile and its localStorage.
 */
async function breakStart(context: BrowserContext, failure: Failure, url: string) {
  await context.addCookies([{ name: 'lms-fault', value: failure === 'throws' ? 'throws' : 'false', url }]);
  await context.addInitScript(() => {
    if (window.top !== window) return;
    for (const [global, init] of [
      ['API', 'LMSInitialize'],
      ['API_1484_11', 'Initialize'],
    ] as const) {
      let api: Record<string, unknown> | undefined;
      Object.defineProperty(window, global, {
        configurable: true,
        get: () => api,
        set(value: Record<string, unknown>) {
          api = value;
          const fault = /(?:^|; )lms-fault=(\w+)/.exec(document.cookie)?.[1];
          if (fault === 'false') value[init] = () => 'false';
          if (fault === 'throws')
            value[init] = () => {
              throw new Error('The LMS is unavailable');
            };
        },
      });
    }
  });
}

describe.concurrent.each(['scorm12', 'scorm2004'] as const)('%s', (version) => {
  const pages = () => lms.course(SAMPLE, 'en').lessons.flatMap((l) => l.pages);

  it.for(['answers false', 'throws'] as const)(
    'resumes on the next healthy launch where the learner was when Initialize %s',
    async (failure, { expect }) => {
      const context = await lms.newContext();
      await breakStart(context, failure, new URL('/', lms.url(SAMPLE, 'en', version)).href);
      const failed = await lms.open(SAMPLE, 'en', version, firstLaunch(version), context);
      const { me } = failed;
      await me.sco.getByText(me.t.notice['lms-unavailable'], { exact: true }).waitFor();
      await me.button(me.t.start).click();
      for (const page of pages().slice(0, 2)) {
        await me.onPage(page);
        await me.completePage(page);
        await me.next();
      }
      await me.onPage(pages()[2]!);
      // Nothing reached the LMS: the session never started there.
      expect((await failed.launch.record()).stored).toBeNull();
      failed.launch.faults();
      await failed.launch.page.close();

      // The LMS works again, and gives the learner's real id.
      await context.clearCookies();
      const healthy = await lms.open(SAMPLE, 'en', version, firstLaunch(version), context);
      await resume(healthy.me);
      await healthy.me.onPage(pages()[2]!);
      // The progress is the learner's now, in the LMS too.
      await healthy.me.completePage(pages()[2]!);
      await healthy.me.next();
      await healthy.me.onPage(pages()[3]!);
      await expect
        .poll(async () => {
          const { stored } = await healthy.launch.record();
          return stored && view(version, stored).location;
        }, UNTIL)
        .toBe(pages()[3]!.id);
      expect(healthy.launch.faults()).toEqual([]);
      await context.close();
    },
  );
});
