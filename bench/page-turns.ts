/**
 * Page turns on a slow phone's CPU: a learner walks a whole course (Start, every page with
 * its activities done, the assessment passed, the summary), and each turn is timed in the
 * page, from the click's own timestamp to just after the frame that showed the new
 * screen's heading. Long tasks are counted when they overlap a turn. After each turn the
 * walk waits, evaluating nothing in the page, so Playwright's own scripts never run inside
 * a turn being timed.
 */
import type { Browser, Page } from 'playwright-core';
import type { Course } from '../src/course/types.ts';
import { indexCourse } from '../src/engine/course-index.ts';
import { doActivities, submitAnswer } from '../tests/e2e/player/support/learner.ts';
import { waitForScreen } from '../tests/e2e/player/support/screens.ts';
import { openProbedPage, readProbe, SLOW_CPU } from './browser-setup.ts';

export interface Turn {
  from?: string;
  to: string;
  /** The new screen's landing heading: which page or question the turn went to. */
  heading?: string;
  ms: number;
  /** From the click to just after the frame that showed the whole page, later blocks included. */
  wholeMs: number;
  /** The longest task that overlapped the turn, 0 when none did. */
  longestTaskMs: number;
}

export interface TurnRun {
  name: string;
  turns: Turn[];
  /** Every long task while the course was walked, turns or not (activities included). */
  longTasks: [number, number][];
}

/** Time for a turn to finish before anything else is done to the page; a slower turn still gets timed. */
const SETTLE_MS = 700;

const settle = (page: Page) => page.waitForTimeout(SETTLE_MS);

async function turn(page: Page, click: () => Promise<void>): Promise<void> {
  await click();
  await settle(page);
}

/** Walks `course` at `url` under 4× CPU; returns every turn. */
export async function walkTurns(browser: Browser, name: string, url: string, course: Course): Promise<TurnRun> {
  const run = await openProbedPage(browser, SLOW_CPU);
  try {
    const { page } = run;
    const main = page.locator('main');
    await page.goto(url, { timeout: 60_000 });
    await run.said('interactive');
    await settle(page);
    await turn(page, () => main.locator('.actions .button.primary').click());
    for (const { page: coursePage } of indexCourse(course).pages) {
      await waitForScreen(page, 'page');
      await doActivities(page, coursePage.blocks, 'Walking at lunch time.');
      await settle(page);
      await turn(page, () => main.locator('.page-nav .button.primary').click());
    }
    if (course.assessment) {
      await waitForScreen(page, 'assessment-intro');
      await turn(page, () => main.locator('.actions .button.primary').click());
      const graded = indexCourse(course).graded;
      while ((await main.getAttribute('data-screen')) === 'assessment-question') {
        const id = (await main.locator('[data-question]').getAttribute('data-question'))!;
        await turn(page, () => submitAnswer(page, graded.get(id)!));
      }
      await waitForScreen(page, 'assessment-result');
      await turn(page, () => main.locator('.actions .button.primary').click());
    }
    await waitForScreen(page, 'summary');
    if (run.errors.length) throw new Error(`${name}: the page reported errors: ${run.errors.join('; ')}`);
    return { name, ...(await timedTurns(page)) };
  } finally {
    await run.context.close();
  }
}

/** Every turn the probe saw, with the longest task that overlapped it. */
async function timedTurns(page: Page): Promise<Omit<TurnRun, 'name'>> {
  const probe = await readProbe(page);
  const turns = probe.turns.map((t) => {
    const overlapping = probe.long.filter(([start, duration]) => start < t.end && start + duration > t.start);
    return {
      ...(t.from ? { from: t.from } : {}),
      to: t.to,
      ...(t.heading ? { heading: t.heading } : {}),
      ms: t.end - t.start,
      wholeMs: t.whole - t.start,
      longestTaskMs: Math.max(0, ...overlapping.map(([, duration]) => duration)),
    };
  });
  return { turns, longTasks: probe.long };
}

/**
 * Walks a plain course (served-packages.ts, writePlainCourse) under 4× CPU: Next on each of
 * its `pages`, every turn timed as the player's are. The floor of a turn on this machine in
 * this run: the same words laid out and painted, with no player.
 */
export async function walkPlainTurns(browser: Browser, name: string, url: string, pages: number): Promise<TurnRun> {
  const run = await openProbedPage(browser, SLOW_CPU);
  try {
    const { page } = run;
    await page.goto(url, { timeout: 60_000 });
    await settle(page);
    for (let shown = 1; shown < pages; shown++) await turn(page, () => page.locator('main [data-next]').click());
    if (run.errors.length) throw new Error(`${name}: the page reported errors: ${run.errors.join('; ')}`);
    return { name, ...(await timedTurns(page)) };
  } finally {
    await run.context.close();
  }
}
