/**
 * The first screen of every package, side by side with a plain HTML page of the same first
 * heading, in the same language and direction (its intro's text, no script, no stylesheet),
 * loaded in the same rounds: each round loads every package right after its plain page, so
 * a burst of other work on the machine slows a pair alike and the ratios hold. Laying out
 * Arabic text costs a slow phone two to three times what English costs, so each package is
 * held against a plain page in its own language. On a slow phone (Fast 3G + 4× CPU) the
 * learner presses Start at first sight; unthrottled, only the heading is timed.
 */
import type { Browser } from 'playwright-core';
import { type Condition, SLOW_PHONE, UNTHROTTLED } from './browser-setup.ts';
import { type FirstLoad, loadOnce, type RequestRecord } from './first-load.ts';

/** `npm run bench -- --quick` checks the bench itself works: one or two rounds, figures too rough to quote. */
export const QUICK = process.argv.includes('--quick');
export const SLOW_ROUNDS = QUICK ? 2 : 9;
export const FAST_ROUNDS = QUICK ? 1 : 5;

export interface LoadTarget {
  name: string;
  url: string;
  /** The plain page with the same intro text, language and direction. */
  plainUrl: string;
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export interface Timings {
  headingMs: number;
  plainHeadingMs: number;
  /** The median of each round's package heading over that round's plain heading. */
  headingRatio: number;
  interactiveMs: number;
  /** Start pressed at first sight: the first page painted. */
  firstPageMs: number;
  /** The same, to the first page whole, later blocks included. */
  firstPageWholeMs: number;
  /**
   * The longest task of the player's own work in a run (its boot, hydration and the first
   * page, from player.js's arrival until a second after the first page): the median of runs,
   * and the worst.
   */
  longestTaskMs: number;
  worstTaskMs: number;
  /**
   * The longest task before player.js arrived: the browser parsing and laying out the
   * pre-rendered page, which no script of the package runs in (median of runs), and the same
   * for the plain page (its longest task in all).
   */
  pageLayoutTaskMs: number;
  plainLayoutTaskMs: number;
}

export interface FirstScreen {
  name: string;
  /** HTML, CSS and JS transferred before the player had taken the intro over. */
  firstLoadBytes: number;
  firstLoad: { html: number; css: number; js: number; images: number };
  /** Everything transferred before the first page was shown, and in all (the rest of the course, fetched in the background). */
  beforeFirstPageBytes: number;
  totalBytes: number;
  requests: RequestRecord[];
  slow: Timings;
  fast: Pick<Timings, 'headingMs' | 'plainHeadingMs' | 'headingRatio' | 'interactiveMs'>;
  /** Its plain page's transferred bytes. */
  plainBytes: number;
}

/** The longest task starting in [from, a second after the first page (or the heading, on a plain page)]. */
const longest = (run: FirstLoad, from = -Infinity, until = Infinity) =>
  Math.max(
    0,
    ...run.longTasks
      .filter(([start]) => start >= from && start < until && start <= (run.firstPageMs ?? run.headingMs) + 1_000)
      .map(([, duration]) => duration),
  );
/** The player's own work: from player.js's arrival on. */
const playerTask = (run: FirstLoad) => longest(run, run.scriptArrivedMs ?? Infinity);
/** The browser's work on the pre-rendered page before player.js arrived. */
const layoutTask = (run: FirstLoad) => longest(run, -Infinity, run.scriptArrivedMs ?? Infinity);

/** Runs `count` rounds under `condition`: each target right after its plain page. */
async function rounds(
  browser: Browser,
  targets: LoadTarget[],
  condition: Condition,
  count: number,
  click: boolean,
  progress: (line: string) => void,
) {
  const runs = new Map<string, { page: FirstLoad[]; plain: FirstLoad[] }>(
    targets.map((t) => [t.name, { page: [], plain: [] }]),
  );
  for (let round = 0; round < count; round++) {
    for (const target of targets) {
      const pair = runs.get(target.name)!;
      pair.plain.push(await loadOnce(browser, target.plainUrl, condition, false));
      pair.page.push(await loadOnce(browser, target.url, condition, click));
    }
    progress(`  ${condition.name}: round ${round + 1} of ${count}`);
  }
  return runs;
}

function timings({ page: runs, plain }: { page: FirstLoad[]; plain: FirstLoad[] }): Timings {
  return {
    headingMs: median(runs.map((r) => r.headingMs)),
    plainHeadingMs: median(plain.map((r) => r.headingMs)),
    headingRatio: median(runs.map((r, i) => r.headingMs / plain[i]!.headingMs)),
    interactiveMs: median(runs.map((r) => r.interactiveMs ?? NaN)),
    firstPageMs: median(runs.map((r) => r.firstPageMs ?? NaN)),
    firstPageWholeMs: median(runs.map((r) => r.firstPageWholeMs ?? NaN)),
    longestTaskMs: median(runs.map(playerTask)),
    worstTaskMs: Math.max(...runs.map(playerTask)),
    pageLayoutTaskMs: median(runs.map(layoutTask)),
    plainLayoutTaskMs: median(plain.map((r) => longest(r))),
  };
}

const FIRST_LOAD_TYPES = { html: 'Document', css: 'Stylesheet', js: 'Script', images: 'Image' } as const;

/** Measures every target against its plain page, on a slow phone and unthrottled. */
export async function measureFirstScreens(
  browser: Browser,
  targets: LoadTarget[],
  progress: (line: string) => void,
): Promise<FirstScreen[]> {
  // The first load in a new browser pays for warming Chromium itself; it is not anyone's cost.
  await loadOnce(browser, targets[0]!.plainUrl, UNTHROTTLED, false);
  const slow = await rounds(browser, targets, SLOW_PHONE, SLOW_ROUNDS, true, progress);
  const fast = await rounds(browser, targets, UNTHROTTLED, FAST_ROUNDS, false, progress);
  // What the first screen costs, from one more slow load each where Start is not pressed:
  // pressed before the intro is live, Start asks for what the first page needs at once
  // (packaging/early-start.ts), and some of it can arrive before the player has taken the
  // intro over, because the learner asked for it, not because the screen needs it. (Unthrottled,
  // the parts asked for as the intro goes live arrive before that task has ended.)
  const untapped = new Map<string, FirstLoad>();
  for (const target of targets) untapped.set(target.name, await loadOnce(browser, target.url, SLOW_PHONE, false));
  progress("  Fast 3G, 4x CPU: one load each without Start, for the first screen's bytes");
  return targets.map(({ name }): FirstScreen => {
    const slowRuns = slow.get(name)!.page;
    const fastRuns = fast.get(name)!;
    // Bytes do not change from run to run; the last run's requests stand for all, and the
    // first screen's come from the load without Start.
    const last = slowRuns.at(-1)!;
    const quiet = untapped.get(name)!;
    const firstLoad = Object.fromEntries(
      Object.entries(FIRST_LOAD_TYPES).map(([key, type]) => [
        key,
        quiet.requests
          .filter((r) => r.type === type && r.end <= (quiet.interactiveMs ?? Infinity))
          .reduce((n, r) => n + r.bytes, 0),
      ]),
    ) as FirstScreen['firstLoad'];
    const fastTimings = timings(fastRuns);
    return {
      name,
      firstLoadBytes: firstLoad.html + firstLoad.css + firstLoad.js,
      firstLoad,
      beforeFirstPageBytes: last.bytesBeforeFirstPage,
      totalBytes: last.bytesTotal,
      requests: last.requests,
      slow: timings(slow.get(name)!),
      fast: {
        headingMs: fastTimings.headingMs,
        plainHeadingMs: fastTimings.plainHeadingMs,
        headingRatio: fastTimings.headingRatio,
        interactiveMs: fastTimings.interactiveMs,
      },
      plainBytes: slow.get(name)!.plain.at(-1)!.bytesTotal,
    };
  });
}
