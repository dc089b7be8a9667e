/**
 * Coming back without a new launch: the course frame reloading inside the LMS, and the
 * page returning from the back/forward cache after pagehide ended the session. Neither
 * may cost an LMS error code or the learner's place. Then a fixture course with no
 * assessment, in Arabic, through the same checks.
 */

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { isQuestion } from '../../../src/course/kinds.ts';
import type { Page } from '../../../src/course/types.ts';
import { gotoServed } from '../../support/http.ts';
import { relaunchCmi } from '../../tracking/fake-lms.ts';
import { plain } from './learner.ts';
import { expectShownAnswer, firstLaunch, LEARNER, type Lms, openLms, resume } from './lms-session.ts';
import { view } from './record-view.ts';
import { afterExit, expectEnded } from './session-checks.ts';

const SAMPLE = 'tests/fixtures/courses/sample';
const MINI = 'tests/fixtures/courses/mini';

vi.setConfig({ maxConcurrency: 2 });

let lms: Lms;
beforeAll(async () => {
  lms = await openLms([SAMPLE, MINI], { backForwardCache: true });
});
afterAll(() => lms?.close());

describe.concurrent.each(['scorm12', 'scorm2004'] as const)('%s', (version) => {
  const pages = () => lms.course(SAMPLE, 'en').lessons.flatMap((l) => l.pages);

  it('resumes with the answers kept when the course reloads inside the LMS frame, without an LMS error code, where it may not store anything itself', async () => {
    // Chromium throws on localStorage in a cross-site frame when third-party storage is blocked.
    const context = await lms.newContext();
    await context.addInitScript(() => {
      if (window.top !== window)
        Object.defineProperty(window, 'localStorage', {
          get: () => {
            throw new DOMException('Access is denied for this document.', 'SecurityError');
          },
        });
    });
    const { launch, me } = await lms.open(SAMPLE, 'en', version, firstLaunch(version), context);
    const check = pages()[2]!;
    const openQuestion = check.blocks.find(isQuestion)!;
    await me.button(me.t.start).click();
    for (const page of pages().slice(0, 2)) {
      await me.onPage(page);
      await me.next();
    }
    await me.onPage(check);
    await me.completePage(check, (block) => block.id === openQuestion.id);
    // The reload's pagehide ends the session with the answer in it.
    await launch.page.evaluate(() =>
      (document.getElementById('sco') as HTMLIFrameElement).contentWindow!.location.reload(),
    );
    const ended = await expectEnded(launch, false);
    expect(view(version, ended.stored)).toMatchObject({ location: check.id, interactions: 1 });

    // The new document knows from this tab that the session is over: it asks the LMS nothing, and resumes.
    await me.on('intro');
    await resume(me);
    await me.onPage(check);
    await expectShownAnswer(me, openQuestion);
    await me.sco.getByText(me.t.notice['lms-unavailable'], { exact: true }).waitFor();
    await me.completePage(check, (block) => block.id !== openQuestion.id);
    await me.next();
    await me.onPage(pages()[3]!);
    await me.pauseAndExit();
    expect((await launch.record()).calls).toHaveLength(ended.calls.length);
    expect(launch.faults()).toEqual([]);
    await context.close();
  });

  it('ends the session when the page leaves for the back/forward cache, and carries on in this browser when it returns', async () => {
    const { launch, me } = await lms.open(SAMPLE, 'en', version, firstLaunch(version));
    await me.button(me.t.start).click();
    await me.onPage(pages()[0]!);
    await me.next();
    await me.onPage(pages()[1]!);
    await gotoServed(launch.page, new URL('/lms/away.html', launch.page.url()).href);
    await launch.page.goBack({ waitUntil: 'commit' });
    // Restored, not reloaded: the LMS page kept its record, which a fresh load would not have.
    const record = await expectEnded(launch, false);
    expect(view(version, record.stored)).toMatchObject({ location: pages()[1]!.id });
    // Playwright drives no frame restored from the cache, so the learner's moves go through the LMS page.
    const course = (text: string) =>
      launch.page.waitForFunction(
        (wanted) =>
          (document.getElementById('sco') as HTMLIFrameElement).contentDocument?.body.innerText.includes(wanted),
        text,
      );
    await course(me.t.notice['lms-unavailable']);
    await launch.page.evaluate((name) => {
      const doc = (document.getElementById('sco') as HTMLIFrameElement).contentDocument!;
      [...doc.querySelectorAll('button')].find((b) => b.textContent === name)!.click();
    }, me.t.next);
    await course(plain(pages()[2]!.title));
    expect((await launch.record()).calls).toHaveLength(record.calls.length);
    expect(launch.faults()).toEqual([]);

    // The next launch resumes where the learner got to, from this browser's newer copy.
    const again = await lms.open(SAMPLE, 'en', version, relaunchCmi(version, record.stored!, LEARNER), launch.context);
    await resume(again.me);
    await again.me.onPage(pages()[2]!);
    expect(again.launch.faults()).toEqual([]);
    await launch.context.close();
  });

  it('speaks Arabic, right to left, and completes a course without an assessment after a relaunch', async () => {
    const course = lms.course(MINI, 'ar');
    const [intro, second] = course.lessons.flatMap((l) => l.pages) as [Page, Page];
    const question = second.blocks.find(isQuestion)!;
    const first = await lms.open(MINI, 'ar', version, firstLaunch(version));
    for (const element of [first.launch.sco.locator('html'), first.launch.sco.locator('.player')])
      expect([await element.getAttribute('lang'), await element.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    await first.me.sco.getByRole('heading', { level: 1, name: plain(course.title), exact: true }).waitFor();
    await first.me.button(first.me.t.start).click();
    await first.me.onPage(intro);
    await first.me.next();
    await first.me.onPage(second);
    await first.me.completePage(second, (block) => block.id === question.id);
    await first.me.pauseAndExit();
    const stored = (await afterExit(first.launch, false)).stored!;
    expect(view(version, stored)).toMatchObject({ location: second.id, interactions: 1 });
    await first.launch.context.close();

    const { launch, me } = await lms.open(MINI, 'ar', version, relaunchCmi(version, stored, LEARNER));
    await resume(me);
    await me.onPage(second);
    await expectShownAnswer(me, question);
    await me.completePage(second, (block) => block.id !== question.id);
    await me.next();
    await me.on('summary');
    // A completed course offers no Pause and exit: the learner closes it from the completion screen.
    await me.finish();
    const last = view(version, (await afterExit(launch, true)).stored);
    expect(last).toMatchObject({
      status: version === 'scorm12' ? 'completed' : 'completed/unknown',
      location: 'summary',
      interactions: 1,
    });
    await launch.context.close();
  });
});
