/**
 * The real packages in a real browser, inside an LMS: scorm-again hosts the API in a
 * harness page and launches each package's SCO (from its manifest) in an iframe, and
 * the course is taken through its UI. The browser twin of tests/runtime/full-run.test.ts:
 * no LMS error code at all, the right final record, and resume after a relaunch.
 */

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { isQuestion } from '../../../src/course/kinds.ts';
import type { Block, Course, Question } from '../../../src/course/types.ts';
import { createFormats } from '../../../src/player/format.ts';
import { fill } from '../../../src/player/i18n/fill.ts';
import type { ScormVersion } from '../../../src/scorm/scorm-version.ts';
import { loadCourse } from '../../support/courses.ts';
import { relaunchCmi } from '../../tracking/fake-lms.ts';
import { extractPackages } from '../support/packages.ts';
import { Learner, plain } from './learner.ts';
import { ISO_DURATION, SCORM12_TIMESPAN, seconds, sent, sessionTimeOf, view } from './record-view.ts';
import { type Cmi, errorsIn, type Launch, type LmsRecord, startTestLms, type TestLms } from './test-lms.ts';

const STANDARDS = [
  ['scorm12', 'scorm12'],
  ['scorm2004', 'scorm2004'],
] as const;

const SAMPLE = 'tests/fixtures/courses/sample';
const SELF_CARE = 'courses/self-care';
const MINI = 'tests/fixtures/courses/mini';
const LEARNER = 'learner-7';

// #region One browser, one server, every package built once
// Each test has its own browser contexts, so a few run side by side: most of a run is waiting on the page.
vi.setConfig({ maxConcurrency: 2, testTimeout: 60_000 });

let lms: TestLms;
const urls = new Map<string, string>();
const courses = new Map<string, Course>();
const key = (dir: string, language: string, standard: ScormVersion) => `${dir} ${language} ${standard}`;

beforeAll(async () => {
  const dirs = [SAMPLE, SELF_CARE, MINI];
  const jobs = dirs.flatMap((dir) =>
    STANDARDS.map(async ([standard]) => ({ dir, standard, packages: await extractPackages(dir, standard) })),
  );
  lms = await startTestLms();
  for (const { dir, standard, packages } of await Promise.all(jobs)) {
    for (const pkg of packages) urls.set(key(dir, pkg.language, standard), lms.serve(pkg));
  }
  for (const dir of dirs) for (const { course } of loadCourse(dir)) courses.set(`${dir} ${course.language}`, course);
});
afterAll(() => lms?.close());

/** What an LMS hands a first launch; the harness adds the manifest's pass mark. */
function firstLaunch(version: ScormVersion): Cmi {
  return version === 'scorm12'
    ? { core: { student_id: LEARNER, student_name: 'Doe, Jane', entry: 'ab-initio' } }
    : { learner_id: LEARNER, learner_name: 'Jane Doe', entry: 'ab-initio' };
}

async function open(dir: string, language: string, standard: ScormVersion, cmi: Cmi, context?: Launch['context']) {
  const launch = await lms.launch(standard, urls.get(key(dir, language, standard))!, cmi, context);
  return { launch, me: new Learner(launch.sco, courses.get(`${dir} ${language}`)!) };
}

/** Start, then Continue where you left off, as a returning learner does. */
async function resume(me: Learner) {
  await me.button(me.t.start).click();
  await me.on('resume');
  await me.sco.getByRole('heading', { level: 2, name: me.t.welcomeBack, exact: true }).waitFor();
  await me.button(me.t.resume).click();
}

/**
 * After Pause and exit: waits past the player's commit delay, closes the frame as the
 * LMS would (pagehide), and checks the whole session: no call earned an error code,
 * none came after Terminate, the SCO's own formats held, and the browser saw no uncaught
 * error or failed request.
 */
async function endOf(launch: Launch, version: ScormVersion): Promise<LmsRecord> {
  await launch.terminated();
  await launch.page.waitForTimeout(600);
  await launch.unload();
  const record = await launch.record();
  expect(errorsIn(record)).toEqual([]);
  expect(record.calls.filter((c) => c.afterTerminate)).toEqual([]);
  expect(launch.problems).toEqual([]);
  const times = sent(record, sessionTimeOf(version));
  expect(times).toHaveLength(1);
  expect(times[0]).toMatch(version === 'scorm12' ? SCORM12_TIMESPAN : ISO_DURATION);
  // The session starts just before Initialize and ends after the last Commit, before session_time is written.
  const init = record.calls.find((c) => /Initialize$/.test(c.method))!.at;
  const written = record.calls.find((c) => c.args[0] === sessionTimeOf(version))!.at;
  const lastCommit = record.calls.filter((c) => /Commit$/.test(c.method) && c.at <= written).at(-1)?.at ?? init;
  expect(seconds(times[0]!)).toBeGreaterThanOrEqual((lastCommit - init) / 1000 - 0.01);
  expect(seconds(times[0]!)).toBeLessThanOrEqual((written - init) / 1000 + 1);
  // scorm-again takes up to 64000 characters in 1.2 too; the spec's limit is 4096.
  if (version === 'scorm12')
    expect(Math.max(...sent(record, 'cmi.suspend_data').map((s) => s.length))).toBeLessThanOrEqual(4096);
  return record;
}

const blocksOf = (course: Course) => course.lessons.flatMap((l) => l.pages.flatMap((p) => p.blocks));

/** The answer a knowledge check shows after a relaunch: its radio checked and locked, and the verdict. */
async function expectShownAnswer(me: Learner, question: Question) {
  if (question.type !== 'true-false' && question.type !== 'single-choice')
    throw new Error(`${question.id}: only radio questions are checked here`);
  const name =
    question.type === 'true-false'
      ? question.correct
        ? me.t.trueLabel
        : me.t.falseLabel
      : plain(question.choices.find((c) => c.id === question.correct)!.text);
  const radio = me.question(question.id).getByRole('radio', { name, exact: true });
  expect([await radio.isChecked(), await radio.isDisabled()]).toEqual([true, true]);
  expect(await me.verdict(question)).toBe(me.t.verdict.correct);
}
// #endregion

// #region The sample course: passed, resumed, closed without exiting, reloaded
describe.concurrent.each(STANDARDS)('the sample course in %s', (standard, version) => {
  const course = () => courses.get(`${SAMPLE} en`)!;
  const pages = () => course().lessons.flatMap((l) => l.pages);

  it('passes through the UI, leaves the right record, and starts a new attempt on relaunch', async () => {
    const { launch, me } = await open(SAMPLE, 'en', standard, firstLaunch(version));
    expect((await launch.record()).launchUrl).toBe(`${urls.get(key(SAMPLE, 'en', standard))}index.html`);

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

    const cmi = (await endOf(launch, version)).stored!;
    const statements = blocksOf(course()).flatMap((b) => (b.type === 'likert' ? b.statements : []));
    expect(view(version, cmi)).toMatchObject({
      status: version === 'scorm12' ? 'passed' : 'completed/passed',
      score: { raw: '100', min: '0', max: '100', ...(version === 'scorm2004' ? { scaled: '1' } : {}) },
      location: 'summary',
      exit: version === 'scorm12' ? '' : 'normal',
      interactions: blocksOf(course()).filter(isQuestion).length + asked.length + statements.length,
      objectives: course().objectives.length,
    });
    if (version === 'scorm2004') expect(cmi.progress_measure).toBe('1');

    // The attempt ended normally, so the LMS starts the next one empty: no resume prompt, even in the same browser.
    const again = await open(SAMPLE, 'en', standard, relaunchCmi(version, cmi, LEARNER), launch.context);
    await again.me.on('intro');
    await again.me.button(again.me.t.start).click();
    await again.me.onPage(pages()[0]!);
    expect(errorsIn(await again.launch.record())).toEqual([]);
    await launch.context.close();
  });

  it('resumes an unfinished attempt at the bookmark with the answers kept, from the LMS record alone', async () => {
    const check = pages()[2]!;
    const [openQuestion, details, signs] = check.blocks.filter(isQuestion) as [Question, Question, Question];
    const first = await open(SAMPLE, 'en', standard, firstLaunch(version));
    await first.me.button(first.me.t.start).click();
    for (const page of pages().slice(0, 2)) {
      await first.me.onPage(page);
      await first.me.next();
    }
    await first.me.onPage(check);
    await first.me.completePage(check, (block) => block.id !== signs.id);
    await first.me.pauseAndExit();

    const stored = (await endOf(first.launch, version)).stored!;
    expect(view(version, stored)).toMatchObject({
      status: version === 'scorm12' ? 'incomplete' : 'incomplete/unknown',
      location: check.id,
      exit: 'suspend',
      interactions: 2,
    });
    await first.launch.context.close();

    // A fresh browser profile: whatever comes back came from the LMS, not from this browser's copy.
    const { launch, me } = await open(SAMPLE, 'en', standard, relaunchCmi(version, stored, LEARNER));
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
    const later = (await endOf(launch, version)).stored!;
    expect(view(version, later)).toMatchObject({ location: pages()[3]!.id, exit: 'suspend', interactions: 3 });
    await launch.context.close();
  });

  it('keeps the last answer when the LMS closes the course without Pause and exit, and resumes there', async () => {
    const check = pages()[2]!;
    const openQuestion = check.blocks.find(isQuestion)!;
    const first = await open(SAMPLE, 'en', standard, firstLaunch(version));
    await first.me.button(first.me.t.start).click();
    for (const page of pages().slice(0, 2)) {
      await first.me.onPage(page);
      await first.me.next();
    }
    await first.me.onPage(check);
    await first.me.answer(openQuestion);
    // At once, inside the player's commit delay: pagehide is the SCO's last chance to save the answer.
    await first.launch.unload();
    const record = await first.launch.record();
    expect(record.terminated).toBe(false);
    expect(errorsIn(record)).toEqual([]);
    expect(view(version, record.stored)).toMatchObject({ location: check.id, exit: 'suspend', interactions: 1 });
    await first.launch.context.close();

    const { launch, me } = await open(SAMPLE, 'en', standard, relaunchCmi(version, record.stored!, LEARNER));
    await resume(me);
    await me.onPage(check);
    await expectShownAnswer(me, openQuestion);
    expect(errorsIn(await launch.record())).toEqual([]);
    await launch.context.close();
  });

  it('resumes with the answers kept when the course reloads inside the LMS frame, where it may not store anything itself', async () => {
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
    const { launch, me } = await open(SAMPLE, 'en', standard, firstLaunch(version), context);
    const check = pages()[2]!;
    const openQuestion = check.blocks.find(isQuestion)!;
    await me.button(me.t.start).click();
    for (const page of pages().slice(0, 2)) {
      await me.onPage(page);
      await me.next();
    }
    await me.onPage(check);
    await me.completePage(check, (block) => block.id === openQuestion.id);
    // Answers ride on the next page turn's commit; the reload's pagehide commits them now.
    await launch.page.evaluate(() =>
      (document.getElementById('sco') as HTMLIFrameElement).contentWindow!.location.reload(),
    );
    await me.on('intro');
    await resume(me);
    await me.onPage(check);
    await expectShownAnswer(me, openQuestion);
    await me.pauseAndExit();
    await launch.terminated();
    const record = await launch.record();
    // The one error code a reload earns: Initialize in a session the LMS already has open.
    expect(errorsIn(record)).toEqual([
      `${version === 'scorm12' ? 'LMSInitialize' : 'Initialize'}() → false, error ${version === 'scorm12' ? '101' : '103'}`,
    ]);
    expect(view(version, record.stored)).toMatchObject({ location: check.id, exit: 'suspend', interactions: 1 });
    expect(launch.problems).toEqual([]);
    await context.close();
  });
});
// #endregion

// #region Other languages: a short run, then resume
// Interface language and direction do not depend on the standard, so each language runs in one; what
// does (2004 sends localized descriptions, 1.2 has the tight limits) is covered by running both.
interface LanguageRun {
  folder: string;
  language: string;
  direction: 'ltr' | 'rtl';
  /** Take the rest of the course after the resume. */
  finish: boolean;
  standard: ScormVersion;
  version: ScormVersion;
}
const LANGUAGE_RUNS: LanguageRun[] = [
  { folder: SELF_CARE, language: 'fr', direction: 'ltr', finish: false, standard: 'scorm12', version: 'scorm12' },
  { folder: SELF_CARE, language: 'ar', direction: 'rtl', finish: false, standard: 'scorm2004', version: 'scorm2004' },
  { folder: MINI, language: 'ar', direction: 'rtl', finish: true, standard: 'scorm12', version: 'scorm12' },
  { folder: MINI, language: 'ar', direction: 'rtl', finish: true, standard: 'scorm2004', version: 'scorm2004' },
];

describe.concurrent.each(LANGUAGE_RUNS)(
  '$folder in $language, $standard',
  ({ folder, language, direction, finish, standard, version }) => {
    it(`speaks the course language (${direction}), answers a question, and resumes it after a relaunch${finish ? ', then completes' : ''}`, async () => {
      const course = courses.get(`${folder} ${language}`)!;
      const pages = course.lessons.flatMap((l) => l.pages);
      // The first page with a radio question (what expectShownAnswer reads back), and the pages before it.
      const radio = (block: Block) => block.type === 'single-choice' || block.type === 'true-false';
      const at = pages.findIndex((page, i) => i > 0 && page.blocks.some(radio));
      const [intro, second] = [pages[0]!, pages[at]!];
      const question = second.blocks.find(radio) as Question;
      // One interaction for each question answered on the way, and the one on that page.
      const answered = pages.slice(0, at).flatMap((page) => page.blocks.filter(isQuestion)).length + 1;
      expect(intro.blocks.some(isQuestion)).toBe(false);

      const first = await open(folder, language, standard, firstLaunch(version));
      for (const element of [first.launch.sco.locator('html'), first.launch.sco.locator('.player')]) {
        expect([await element.getAttribute('lang'), await element.getAttribute('dir')]).toEqual([language, direction]);
      }
      await first.me.sco.getByRole('heading', { level: 1, name: plain(course.title), exact: true }).waitFor();
      await first.me.button(first.me.t.start).click();
      for (const page of pages.slice(0, at)) {
        await first.me.onPage(page);
        await first.me.completePage(page, () => true);
        await first.me.next();
      }
      await first.me.onPage(second);
      await first.me.completePage(second, (block) => block.id === question.id);
      await first.me.pauseAndExit();

      const stored = (await endOf(first.launch, version)).stored!;
      expect(view(version, stored)).toMatchObject({
        status: version === 'scorm12' ? 'incomplete' : 'incomplete/unknown',
        location: second.id,
        exit: 'suspend',
        interactions: answered,
      });
      await first.launch.context.close();

      const { launch, me } = await open(folder, language, standard, relaunchCmi(version, stored, LEARNER));
      await resume(me);
      await me.onPage(second);
      await expectShownAnswer(me, question);
      if (finish) {
        // The rest of the course after the resume: completed, with no pass mark to meet.
        for (const page of pages.slice(at)) {
          await me.onPage(page);
          await me.completePage(page, (block) => block.id !== question.id);
          await me.next();
        }
        await me.on('summary');
        await me.sco.getByRole('heading', { level: 2, name: me.t.courseComplete, exact: true }).waitFor();
        // A completed course closes; Pause and exit is gone.
        await me.finish();
      } else await me.pauseAndExit();
      const last = view(version, (await endOf(launch, version)).stored);
      if (finish)
        expect(last).toMatchObject(
          version === 'scorm12'
            ? { status: 'completed', location: 'summary', exit: '' }
            : { status: 'completed/unknown', location: 'summary', exit: 'normal' },
        );
      else expect(last).toMatchObject({ location: second.id, exit: 'suspend' });
      expect(last.interactions).toBe(answered);
      await launch.context.close();
    });
  },
);
// #endregion
