/**
 * Every course in courses/, in every language it has (found from the folders, so a new
 * translation is covered the day it lands), in both standards, through one complete
 * path in real Chromium inside the strict test LMS. Three sessions, each ended by the
 * LMS, never by Pause and exit: closed on a page, navigated away on the assessment after
 * a failed attempt, closed on the summary after the pass. Every SetValue meets the
 * strict checker and no call earns an LMS error code (test-lms.ts); each ending leaves a
 * Finish/Terminate, a session time and the right exit (session-checks.ts).
 */
import { relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { textDirection } from '../../../src/course/language.ts';
import { listCourseFolders } from '../../../src/validator/node-folder.ts';
import { loadCourse, ROOT } from '../../support/courses.ts';
import { relaunchCmi } from '../../tracking/fake-lms.ts';
import { plain } from './learner.ts';
import { firstLaunch, LEARNER, type Lms, openLms, resume, STANDARDS } from './lms-session.ts';
import { view } from './record-view.ts';
import { expectEnded, totalSeconds } from './session-checks.ts';

const FOLDERS = listCourseFolders(resolve(ROOT, 'courses')).map((dir) => relative(ROOT, dir));
const RUNS = FOLDERS.flatMap((folder) =>
  loadCourse(folder).flatMap(({ course }) =>
    STANDARDS.map((version) => ({
      name: `${course.id} (${course.language})`,
      folder,
      language: course.language,
      version,
    })),
  ),
);

// A run is three sessions of a whole course; two at a time keep both cores busy without starving either.
vi.setConfig({ maxConcurrency: 2, testTimeout: 300_000 });

let lms: Lms;
beforeAll(async () => {
  lms = await openLms(FOLDERS);
}, 300_000);
afterAll(() => lms?.close());

it('finds every course and language in courses/', () => {
  expect(RUNS.length).toBeGreaterThanOrEqual(2 * FOLDERS.length);
  expect(new Set(RUNS.map((r) => r.folder))).toEqual(new Set(FOLDERS));
});

describe.concurrent.each(RUNS)('$name in $version', ({ folder, language, version }) => {
  it('passes three sessions the LMS ends itself, strict in every value, with the outcome never shown early', async () => {
    const course = lms.course(folder, language);
    const pages = course.lessons.flatMap((l) => l.pages);
    const status = (v12: string, v2004: string) => (version === 'scorm12' ? v12 : v2004);
    expect(course.assessment?.maxAttempts ?? 2).toBeGreaterThan(1);

    // 1. A first launch, closed by the LMS on the third page.
    const one = await lms.open(folder, language, version, firstLaunch(version));
    const { context } = one.launch;
    const html = one.launch.sco.locator('html');
    expect([await html.getAttribute('lang'), await html.getAttribute('dir')]).toEqual([
      language,
      textDirection(course.language, course.direction),
    ]);
    await one.me.sco.getByRole('heading', { level: 1, name: plain(course.title), exact: true }).waitFor();
    await one.me.button(one.me.t.start).click();
    for (const page of pages.slice(0, 2)) {
      await one.me.onPage(page);
      await one.me.completePage(page);
      await one.me.next();
    }
    await one.me.onPage(pages[2]!);
    await one.launch.unload();
    const first = await expectEnded(one.launch, false);
    expect(view(version, first.stored)).toMatchObject({
      location: pages[2]!.id,
      status: status('incomplete', 'incomplete/unknown'),
    });

    // 2. The rest of the pages, a failed attempt, a retake begun; the LMS navigates away on the assessment.
    const two = await lms.open(folder, language, version, relaunchCmi(version, first.stored!, LEARNER), context);
    await resume(two.me);
    for (const page of pages.slice(2)) {
      await two.me.onPage(page);
      await two.me.completePage(page);
      await two.me.next();
    }
    await two.me.startAttempt();
    await two.me.takeAttempt(false);
    await two.me.startAttempt();
    await two.me.takeAttempt(true, 1);
    await two.launch.navigateAway();
    const second = await expectEnded(two.launch, false);
    // Judged as a strict LMS judges at the ending: a retake is left, so nothing says "failed".
    expect(view(version, second.stored)).toMatchObject({ status: status('incomplete', 'incomplete/unknown') });
    expect(Object.values(second.stored!.objectives).map((o: any) => o.status ?? o.success_status)).not.toContain(
      'failed',
    );
    expect(view(version, second.stored).score).toMatchObject({ raw: '' });

    // 3. The retake finished and passed; the LMS closes the frame on the summary.
    const three = await lms.open(folder, language, version, relaunchCmi(version, second.stored!, LEARNER), context);
    await resume(three.me);
    await three.me.startAttempt();
    await three.me.takeAttempt(true);
    await three.me.button(three.me.t.toSummary).click();
    await three.me.on('summary');
    await three.launch.unload();
    const last = await expectEnded(three.launch, true);
    expect(view(version, last.stored)).toMatchObject({
      status: status('passed', 'completed/passed'),
      score: { raw: '100' },
      location: 'summary',
      objectives: course.objectives.length,
    });
    // What an LMS adds up into total_time: every session's time, since every one ended with Finish/Terminate.
    expect(totalSeconds(version, [first, second, last])).toBeGreaterThan(0);
    await context.close();
  });
});
