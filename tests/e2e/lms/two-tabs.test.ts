/**
 * The same package open twice in one browser, as a learner who launched the course again
 * from the LMS in a second tab. Only one tab saves: the second is told, saves nothing
 * until the learner takes over there, and then carries on from the newest progress. No
 * save ever replaces newer progress with older, in this browser or in the LMS.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordSequence } from '../../../src/engine/record-decode.ts';
import { UNTIL } from '../../support/patience.ts';
import type { Learner } from './learner.ts';
import { firstLaunch, LEARNER, type Lms, openLms, resume } from './lms-session.ts';
import { view } from './record-view.ts';

const SAMPLE = 'tests/fixtures/courses/sample';

let lms: Lms;
beforeAll(async () => {
  lms = await openLms([SAMPLE]);
});
afterAll(() => lms?.close());

/** This browser's copy of the learner's progress: where it is, and how many saves led to it. */
async function browserCopy(page: Page): Promise<{ location: string; sequence: number | undefined }> {
  const entry = await page.evaluate((learner) => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('pss-progress:') && k.endsWith(`:${learner}`));
    return key ? (JSON.parse(localStorage.getItem(key)!) as { record: string; location: string }) : undefined;
  }, LEARNER);
  if (!entry) throw new Error('no copy of the progress in this browser');
  return { location: entry.location, sequence: recordSequence(entry.record) };
}

describe.each(['scorm12', 'scorm2004'] as const)('%s', (version) => {
  const pages = () => lms.course(SAMPLE, 'en').lessons.flatMap((l) => l.pages);

  /** Completes the page the learner is on and turns to the next one. */
  async function turn(me: Learner, from: number) {
    await me.onPage(pages()[from]!);
    await me.completePage(pages()[from]!);
    await me.next();
    await me.onPage(pages()[from + 1]!);
  }

  it('lets one tab save at a time, and never replaces newer progress with older', async () => {
    const context = await lms.newContext();
    const a = await lms.open(SAMPLE, 'en', version, firstLaunch(version), context);
    await a.me.button(a.me.t.start).click();
    await turn(a.me, 0);
    await turn(a.me, 1);
    await expect.poll(() => browserCopy(a.launch.page), UNTIL).toMatchObject({ location: pages()[2]!.id });

    // A second launch of the same package in the same browser: told, and saving nothing.
    const b = await lms.open(SAMPLE, 'en', version, firstLaunch(version), context);
    await b.me.sco.getByText(b.me.t.notice['other-tab'], { exact: true }).waitFor();
    await resume(b.me);
    await turn(b.me, 2);
    const aheadInA = await browserCopy(a.launch.page);
    expect(aheadInA.location).toBe(pages()[2]!.id);

    // The first tab goes on saving: two more pages.
    await turn(a.me, 2);
    await turn(a.me, 3);
    await expect.poll(() => browserCopy(a.launch.page), UNTIL).toMatchObject({ location: pages()[4]!.id });
    const newest = await browserCopy(a.launch.page);
    expect(newest.sequence).toBeGreaterThan(aheadInA.sequence!);

    // Taking over in the second tab starts it again from the first tab's newer progress, not its own older page.
    await b.me.button(b.me.t.continueHere).click();
    await b.me.sco.getByText(b.me.t.notice['took-over'], { exact: true }).waitFor();
    await a.me.sco.getByText(a.me.t.notice['other-tab'], { exact: true }).waitFor();
    await b.me.on('intro');
    await resume(b.me);
    await b.me.onPage(pages()[4]!);
    // Resuming there is a save of its own, numbered on from the newest.
    const resumed = await browserCopy(a.launch.page);
    expect(resumed.location).toBe(newest.location);
    expect(resumed.sequence).toBeGreaterThanOrEqual(newest.sequence!);

    // The first tab is the stale one now: its page turn is not saved.
    await turn(a.me, 4);
    expect(await browserCopy(a.launch.page)).toEqual(resumed);

    // The second tab saves on from the newest progress, in this browser and in its LMS.
    await turn(b.me, 4);
    await expect.poll(() => browserCopy(a.launch.page), UNTIL).toMatchObject({ location: pages()[5]!.id });
    expect((await browserCopy(a.launch.page)).sequence).toBeGreaterThan(resumed.sequence!);
    await expect
      .poll(async () => {
        const { stored } = await b.launch.record();
        return stored && view(version, stored).location;
      }, UNTIL)
      .toBe(pages()[5]!.id);
    a.launch.faults();
    expect(b.launch.faults()).toEqual([]);
    await context.close();
  });
});
