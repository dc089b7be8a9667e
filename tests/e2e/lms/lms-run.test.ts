/**
 * The real packages in a real browser, inside an LMS: scorm-again hosts the API in a
 * harness page and launches each package's SCO (from its manifest) in an iframe, and
 * the course is taken through its UI. The browser twin of tests/session/full-run.test.ts:
 * no LMS error code at all, the right final record, and resume after a relaunch.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isQuestion } from '../../../src/course/kinds.ts';
import type { Course, Question } from '../../../src/course/types.ts';
import { createFormats } from '../../../src/player/format.ts';
import { fill } from '../../../src/player/i18n/fill.ts';
import { loadCourse } from '../../support/courses.ts';
import { relaunchCmi, type Version } from '../../tracking/fake-lms.ts';
import { extractPackages } from '../support/packages.ts';
import { Learner, plain } from './learner.ts';
import { errorsIn, startTestLms, type Cmi, type Launch, type LmsRecord, type TestLms } from './test-lms.ts';

const STANDARDS = [
  ['scorm12', '1.2'],
  ['scorm2004', '2004'],
] as const;
type Standard = (typeof STANDARDS)[number][0];

const SAMPLE = 'tests/fixtures/courses/sample';
const SELF_CARE = 'courses/self-care';
const MINI = 'tests/fixtures/courses/mini';
const LEARNER = 'learner-7';

// 1.2 CMITimespan, HHHH:MM:SS.SS; 2004 an ISO 8601 duration with at most 2 decimals of seconds.
const SCORM12_TIMESPAN = /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/;
const ISO_DURATION = /^P(?:\d+D)?T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d{1,2})?S)?$/;

let lms: TestLms;
const urls = new Map<string, string>();
const courses = new Map<string, Course>();
const key = (dir: string, language: string, standard: Standard) => `${dir} ${language} ${standard}`;

beforeAll(async () => {
  lms = await startTestLms();
  for (const dir of [SAMPLE, SELF_CARE, MINI]) {
    for (const { course } of loadCourse(dir)) courses.set(`${dir} ${course.language}`, course);
    for (const [standard] of STANDARDS) {
      for (const pkg of await extractPackages(dir, standard)) urls.set(key(dir, pkg.language, standard), lms.serve(pkg));
    }
  }
});
afterAll(() => lms?.close());

/** What an LMS hands a first launch; the harness adds the manifest's pass mark. */
function firstLaunch(version: Version): Cmi {
  return version === '1.2' ? { core: { student_id: LEARNER, student_name: 'Doe, Jane', entry: 'ab-initio' } } : { learner_id: LEARNER, learner_name: 'Jane Doe', entry: 'ab-initio' };
}

async function open(dir: string, language: string, standard: Standard, cmi: Cmi, context?: Launch['context']) {
  const launch = await lms.launch(standard, urls.get(key(dir, language, standard))!, cmi, context);
  return { launch, me: new Learner(launch.sco, courses.get(`${dir} ${language}`)!) };
}

/**
 * Waits past the player's commit delay, then closes the frame as the LMS would, and
 * checks the whole session: no call earned an error code, none came after Terminate,
 * and the browser saw no uncaught error or failed request.
 */
async function endOf(launch: Launch): Promise<LmsRecord> {
  await launch.terminated();
  await launch.page.waitForTimeout(700);
  await launch.unload();
  const record = await launch.record();
  expect(errorsIn(record)).toEqual([]);
  expect(record.calls.filter((c) => c.afterTerminate)).toEqual([]);
  expect(launch.problems).toEqual([]);
  return record;
}

const countOf = (list: object | undefined) => Object.keys(list ?? {}).length;
const questionsOn = (course: Course) => course.lessons.flatMap((l) => l.pages.flatMap((p) => p.blocks)).filter(isQuestion);

/** The answer a knowledge check shows after a relaunch: its control checked and locked, and the verdict. */
async function expectShownAnswer(me: Learner, question: Question) {
  if (question.type !== 'true-false' && question.type !== 'single-choice') throw new Error(`${question.id}: only radio questions are checked here`);
  const name = question.type === 'true-false' ? (question.correct ? me.t.trueLabel : me.t.falseLabel) : plain(question.choices.find((c) => c.id === question.correct)!.text);
  const radio = me.question(question.id).getByRole('radio', { name, exact: true });
  expect(await radio.isChecked()).toBe(true);
  expect(await radio.isDisabled()).toBe(true);
  expect(await me.verdict(question)).toBe(me.t.verdict.correct);
}

// #region The sample course, complete and resumed
describe.each(STANDARDS)('the sample course in %s', (standard, version) => {
  const course = () => courses.get(`${SAMPLE} en`)!;

  it('passes through the UI, leaves the right record, and starts a new attempt on relaunch', async () => {
    const { launch, me } = await open(SAMPLE, 'en', standard, firstLaunch(version));
    const fmt = createFormats('en');
    const { lessons, assessment } = course();
    expect((await launch.record()).launchUrl).toBe(urls.get(key(SAMPLE, 'en', standard)) + 'index.html');

    await me.on('intro');
    await me.button(me.t.start).click();
    for (const page of lessons.flatMap((l) => l.pages)) {
      await me.onPage(page);
      await me.completePage(page);
      await me.next();
    }
    const asked = await me.passAssessment();
    expect(asked).toHaveLength(assessment!.draw!);
    expect(await me.sco.locator('main .score').innerText()).toBe(`${fill(me.t.score, fmt.percent(1))} ${me.t.passed}`);
    await me.button(me.t.toSummary).click();
    await me.on('summary');
    await me.sco.getByRole('heading', { level: 2, name: me.t.courseComplete, exact: true }).waitFor();
    await me.pauseAndExit();

    const cmi = (await endOf(launch)).stored!;
    if (version === '1.2') {
      expect(cmi.core).toMatchObject({ lesson_status: 'passed', score: { raw: '100', min: '0', max: '100' }, lesson_location: 'summary', exit: '' });
      expect(cmi.core.session_time).toMatch(SCORM12_TIMESPAN);
      expect(cmi.suspend_data.length).toBeLessThanOrEqual(4096);
    } else {
      expect(cmi).toMatchObject({ completion_status: 'completed', success_status: 'passed', progress_measure: '1', location: 'summary', exit: 'normal' });
      expect(cmi.score).toMatchObject({ scaled: '1', raw: '100', min: '0', max: '100' });
      expect(cmi.session_time).toMatch(ISO_DURATION);
    }
    expect(cmi.suspend_data.length).toBeGreaterThan(0);
    const surveyStatements = lessons.flatMap((l) => l.pages.flatMap((p) => p.blocks)).flatMap((b) => (b.type === 'likert' ? b.statements : []));
    expect(countOf(cmi.interactions)).toBe(questionsOn(course()).length + asked.length + surveyStatements.length);
    expect(countOf(cmi.objectives)).toBe(course().objectives.length);

    // The attempt ended normally, so the LMS starts the next one empty: no resume prompt, even in the same browser.
    const again = await open(SAMPLE, 'en', standard, relaunchCmi(version, cmi, LEARNER), launch.context);
    await again.me.on('intro');
    await again.me.button(again.me.t.start).click();
    await again.me.onPage(lessons[0]!.pages[0]!);
    expect(errorsIn(await again.launch.record())).toEqual([]);
    await launch.context.close();
  });

  it('resumes an unfinished attempt at the bookmark with the answers kept, from the LMS alone', async () => {
    const pages = course().lessons.flatMap((l) => l.pages);
    const check = pages[2]!;
    const [open1, details, signs] = check.blocks.filter(isQuestion) as [Question, Question, Question];
    const first = await open(SAMPLE, 'en', standard, firstLaunch(version));
    await first.me.button(first.me.t.start).click();
    await first.me.onPage(pages[0]!);
    await first.me.next();
    await first.me.onPage(pages[1]!);
    await first.me.next();
    await first.me.onPage(check);
    await first.me.completePage(check, (block) => block.id !== signs.id);
    await first.me.pauseAndExit();

    const stored = (await endOf(first.launch)).stored!;
    if (version === '1.2') {
      expect(stored.core).toMatchObject({ lesson_status: 'incomplete', lesson_location: check.id, exit: 'suspend' });
      expect(stored.suspend_data.length).toBeLessThanOrEqual(4096);
    } else {
      expect(stored).toMatchObject({ completion_status: 'incomplete', success_status: 'unknown', location: check.id, exit: 'suspend' });
    }
    expect(countOf(stored.interactions)).toBe(2);
    await first.launch.context.close();

    // A fresh browser profile: whatever resumes came from the LMS, not from this browser's copy.
    const second = await open(SAMPLE, 'en', standard, relaunchCmi(version, stored, LEARNER));
    const me = second.me;
    await me.button(me.t.start).click();
    await me.on('resume');
    await me.sco.getByRole('heading', { level: 2, name: me.t.welcomeBack, exact: true }).waitFor();
    await me.button(me.t.resume).click();
    await me.onPage(check);
    await expectShownAnswer(me, open1);
    await expectShownAnswer(me, details);
    const unanswered = me.question(signs.id).getByRole('checkbox');
    expect(await unanswered.count()).toBe(3);
    for (const box of await unanswered.all()) expect([await box.isChecked(), await box.isDisabled()]).toEqual([false, false]);
    expect(await me.button(me.t.next).getAttribute('aria-disabled')).toBe('true');

    // Carrying on adds to the same record.
    await me.completePage(check, (block) => block.id === signs.id);
    await me.next();
    await me.onPage(pages[3]!);
    await me.pauseAndExit();
    const later = (await endOf(second.launch)).stored!;
    expect(version === '1.2' ? later.core.lesson_location : later.location).toBe(pages[3]!.id);
    expect(version === '1.2' ? later.core.exit : later.exit).toBe('suspend');
    expect(countOf(later.interactions)).toBe(3);
    await second.launch.context.close();
  });
});
// #endregion

// #region Other languages: a short run, then resume
const LANGUAGE_RUNS = [
  { folder: SELF_CARE, language: 'fr', direction: 'ltr', finish: false },
  { folder: SELF_CARE, language: 'ar', direction: 'rtl', finish: false },
  { folder: MINI, language: 'ar', direction: 'rtl', finish: true },
].flatMap((run) => STANDARDS.map(([standard, version]) => ({ ...run, standard, version, name: `${run.folder.split('/').at(-1)} in ${run.language}, ${standard}` })));

describe.each(LANGUAGE_RUNS)('$name', ({ folder: dir, language, direction, finish, standard, version }) => {
  it(`speaks the course language (${direction}), answers a question, and resumes it after a relaunch`, async () => {
    const course = courses.get(`${dir} ${language}`)!;
    const pages = course.lessons.flatMap((l) => l.pages);
    const [intro, second] = [pages[0]!, pages[1]!];
    const question = second.blocks.find(isQuestion)!;
    expect(intro.blocks.some(isQuestion)).toBe(false);

    const first = await open(dir, language, standard, firstLaunch(version));
    const html = first.launch.sco.locator('html');
    expect([await html.getAttribute('lang'), await html.getAttribute('dir')]).toEqual([language, direction]);
    const player = first.launch.sco.locator('.player');
    expect([await player.getAttribute('lang'), await player.getAttribute('dir')]).toEqual([language, direction]);
    await first.me.sco.getByRole('heading', { level: 1, name: plain(course.title), exact: true }).waitFor();
    await first.me.button(first.me.t.start).click();
    await first.me.onPage(intro);
    await first.me.next();
    await first.me.onPage(second);
    await first.me.completePage(second, (block) => block.id === question.id);
    await first.me.pauseAndExit();

    const stored = (await endOf(first.launch)).stored!;
    if (version === '1.2') {
      expect(stored.core).toMatchObject({ lesson_status: 'incomplete', lesson_location: second.id, exit: 'suspend' });
      expect(stored.core.session_time).toMatch(SCORM12_TIMESPAN);
      expect(stored.suspend_data.length).toBeLessThanOrEqual(4096);
    } else {
      expect(stored).toMatchObject({ completion_status: 'incomplete', location: second.id, exit: 'suspend' });
      expect(stored.session_time).toMatch(ISO_DURATION);
    }
    expect(countOf(stored.interactions)).toBe(1);
    await first.launch.context.close();

    const again = await open(dir, language, standard, relaunchCmi(version, stored, LEARNER));
    const me = again.me;
    await me.button(me.t.start).click();
    await me.sco.getByRole('heading', { level: 2, name: me.t.welcomeBack, exact: true }).waitFor();
    await me.button(me.t.resume).click();
    await me.onPage(second);
    await expectShownAnswer(me, question);

    if (finish) {
      // The rest of the course after the resume, to its end: completed, with no pass mark to meet.
      for (const page of pages.slice(1)) {
        await me.onPage(page);
        await me.completePage(page, (block) => block.id !== question.id);
        await me.next();
      }
      await me.on('summary');
      await me.sco.getByRole('heading', { level: 2, name: me.t.courseComplete, exact: true }).waitFor();
    }
    await me.pauseAndExit();
    const last = (await endOf(again.launch)).stored!;
    if (finish && version === '1.2') expect(last.core).toMatchObject({ lesson_status: 'completed', lesson_location: 'summary', exit: '' });
    if (finish && version === '2004') expect(last).toMatchObject({ completion_status: 'completed', success_status: 'unknown', location: 'summary', exit: 'normal' });
    if (!finish) expect(version === '1.2' ? last.core.lesson_location : last.location).toBe(second.id);
    expect(countOf(last.interactions)).toBe(1);
    await again.launch.context.close();
  });
});
// #endregion
