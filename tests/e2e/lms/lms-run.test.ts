/**
 * The sample course's package in a real browser, inside an LMS: scorm-again hosts the
 * API in a harness page that judges the outcome as a strict LMS does, and the course is
 * taken through its UI. Every SetValue is held to the strict checker and every call to
 * "no LMS error code" (test-lms.ts). The browser twin of tests/runtime/full-run.test.ts.
 */

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { isQuestion } from '../../../src/course/kinds.ts';
import type { Question } from '../../../src/course/types.ts';
import { createFormats } from '../../../src/player/format.ts';
import { fill } from '../../../src/player/i18n/fill.ts';
import { relaunchCmi } from '../../tracking/fake-lms.ts';
import { blocksOf, expectShownAnswer, firstLaunch, LEARNER, type Lms, openLms, resume } from './lms-session.ts';
import { view } from './record-view.ts';
import { afterExit, expectEnded } from './session-checks.ts';

const SAMPLE = 'tests/fixtures/courses/sample';

// Each test has its own browser contexts, so two run side by side: most of a run is waiting on the page.
vi.setConfig({ maxConcurrency: 2 });

let lms: Lms;
beforeAll(async () => {
  // The back/forward cache on, so leaving and coming back can be tested as browsers do it.
  lms = await openLms([SAMPLE], { backForwardCache: true });
});
afterAll(() => lms?.close());

describe.concurrent.each(['scorm12', 'scorm2004'] as const)('the sample course in %s', (version) => {
  const course = () => lms.course(SAMPLE, 'en');
  const pages = () => course().lessons.flatMap((l) => l.pages);
  const status = (done: string, open: string) => (version === 'scorm12' ? done : open);

  it('passes through the UI, leaves the right record, and starts a new attempt on relaunch', async () => {
    const { launch, me } = await lms.open(SAMPLE, 'en', version, firstLaunch(version));
    expect((await launch.record()).launchUrl).toBe(`${lms.url(SAMPLE, 'en', version)}index.html`);
    await me.on('intro');
    await me.button(me.t.start).click();
    for (const page of pages()) {
      await me.onPage(page);
      await me.completePage(page);
      await me.next();
    }
    const asked = await me.passAssessment();
    expect(asked).toHaveLength(course().assessment!.draw!);
    expect(await me.sco.locator('main .score').innerText()).toBe(
      `${fill(me.t.score, createFormats('en').percent(1))} ${me.t.passed}`,
    );
    await me.button(me.t.toSummary).click();
    await me.on('summary');
    await me.sco.getByRole('heading', { level: 2, name: me.t.courseComplete, exact: true }).waitFor();
    // The LMS's name, "Doe, Jane" in SCORM 1.2 and "Jane Doe" here in 2004, in reading order, with today's date.
    const today = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date());
    expect(await me.certificate()).toEqual({ name: 'Jane Doe', course: course().title, facts: [today, '100%'] });
    await me.finish();

    const cmi = (await afterExit(launch, true)).stored!;
    const statements = blocksOf(course()).flatMap((b) => (b.type === 'likert' ? b.statements : []));
    expect(view(version, cmi)).toMatchObject({
      status: status('passed', 'completed/passed'),
      score: { raw: '100', min: '0', max: '100', ...(version === 'scorm2004' ? { scaled: '1' } : {}) },
      location: 'summary',
      interactions: blocksOf(course()).filter(isQuestion).length + asked.length + statements.length,
      objectives: course().objectives.length,
    });
    if (version === 'scorm2004') expect(cmi.progress_measure).toBe('1');

    // The attempt ended normally, so the LMS starts the next one empty: no resume prompt, even in the same browser.
    const again = await lms.open(SAMPLE, 'en', version, relaunchCmi(version, cmi, LEARNER), launch.context);
    await again.me.on('intro');
    await again.me.button(again.me.t.start).click();
    await again.me.onPage(pages()[0]!);
    expect(again.launch.faults()).toEqual([]);
    await launch.context.close();
  });

  it('never shows a failed attempt with a retake left as failed, and shows the last one as the course says', async () => {
    const first = await lms.open(SAMPLE, 'en', version, firstLaunch(version));
    await first.me.button(first.me.t.start).click();
    for (const page of pages()) {
      await first.me.onPage(page);
      await first.me.completePage(page);
      await first.me.next();
    }
    await first.me.startAttempt();
    await first.me.takeAttempt(false);
    await first.me.sco.getByText(fill(first.me.t.attemptsLeft, '1'), { exact: true }).waitFor();
    await first.me.pauseAndExit();
    // Judged at LMSFinish as Moodle does: no score yet, so no mastery override to "failed".
    const stored = (await afterExit(first.launch, false)).stored!;
    expect(view(version, stored)).toMatchObject({ status: status('incomplete', 'incomplete/unknown') });
    expect(view(version, stored).score).toMatchObject({ raw: '' });
    await first.launch.context.close();

    const { launch, me } = await lms.open(SAMPLE, 'en', version, relaunchCmi(version, stored, LEARNER));
    await resume(me);
    await me.startAttempt();
    await me.takeAttempt(false);
    await me.button(me.t.toSummary).click();
    await me.on('summary');
    await me.pauseAndExit();
    const last = (await afterExit(launch, true)).stored!;
    expect(view(version, last)).toMatchObject({
      status: status('failed', 'completed/failed'),
      score: { raw: '0', ...(version === 'scorm2004' ? { scaled: '0' } : {}) },
    });
    await launch.context.close();
  });

  it('resumes an unfinished attempt at the bookmark with the answers kept, from the LMS record alone', async () => {
    const check = pages()[2]!;
    const [openQuestion, details, signs] = check.blocks.filter(isQuestion) as [Question, Question, Question];
    const first = await lms.open(SAMPLE, 'en', version, firstLaunch(version));
    await first.me.button(first.me.t.start).click();
    for (const page of pages().slice(0, 2)) {
      await first.me.onPage(page);
      await first.me.next();
    }
    await first.me.onPage(check);
    await first.me.completePage(check, (block) => block.id !== signs.id);
    await first.me.pauseAndExit();
    const stored = (await afterExit(first.launch, false)).stored!;
    expect(view(version, stored)).toMatchObject({
      status: status('incomplete', 'incomplete/unknown'),
      location: check.id,
      interactions: 2,
    });
    await first.launch.context.close();

    // A fresh browser profile: whatever comes back came from the LMS, not from this browser's copy.
    const { launch, me } = await lms.open(SAMPLE, 'en', version, relaunchCmi(version, stored, LEARNER));
    await resume(me);
    await me.onPage(check);
    await expectShownAnswer(me, openQuestion);
    await expectShownAnswer(me, details);
    const boxes = await me.question(signs.id).getByRole('checkbox').all();
    expect(boxes).toHaveLength(3);
    for (const box of boxes) expect([await box.isChecked(), await box.isDisabled()]).toEqual([false, false]);
    expect(await me.button(me.t.next).getAttribute('aria-disabled')).toBe('true');

    // Carrying on adds to the same record.
    await me.completePage(check, (block) => block.id === signs.id);
    await me.next();
    await me.onPage(pages()[3]!);
    await me.pauseAndExit();
    const later = (await afterExit(launch, false)).stored!;
    expect(view(version, later)).toMatchObject({ location: pages()[3]!.id, interactions: 3 });
    await launch.context.close();
  });

  it('leaves the attempt incomplete when the learner leaves from the intro, where Moodle would mark a status never set as completed', async () => {
    const { launch, me } = await lms.open(SAMPLE, 'en', version, firstLaunch(version));
    await me.on('intro');
    // The intro shows before player.js runs; leave once the course has opened its LMS session.
    await launch.page.waitForFunction(() =>
      (window as any).lms.state().calls.some((c: { method: string }) => /Initialize$/.test(c.method)),
    );
    await launch.unload();
    const record = await expectEnded(launch, false);
    expect(view(version, record.stored)).toMatchObject({ status: status('incomplete', 'incomplete/unknown') });
    await launch.context.close();
  });

  it('ends the session when the LMS closes the frame right after an answer, and resumes there', async () => {
    const check = pages()[2]!;
    const openQuestion = check.blocks.find(isQuestion)!;
    const first = await lms.open(SAMPLE, 'en', version, firstLaunch(version));
    await first.me.button(first.me.t.start).click();
    for (const page of pages().slice(0, 2)) {
      await first.me.onPage(page);
      await first.me.next();
    }
    await first.me.onPage(check);
    await first.me.answer(openQuestion);
    // At once, inside the player's commit delay: pagehide is the SCO's last chance to save the answer.
    await first.launch.unload();
    const record = await expectEnded(first.launch, false);
    expect(view(version, record.stored)).toMatchObject({ location: check.id, interactions: 1 });
    await first.launch.context.close();

    const { launch, me } = await lms.open(SAMPLE, 'en', version, relaunchCmi(version, record.stored!, LEARNER));
    await resume(me);
    await me.onPage(check);
    await expectShownAnswer(me, openQuestion);
    expect(launch.faults()).toEqual([]);
    await launch.context.close();
  });
});
