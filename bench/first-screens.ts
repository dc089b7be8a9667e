/**
 * The first screen of every package, side by side with a plain HTML page of the same first
 * heading, loaded in the same rounds: each round loads the plain page, then every package,
 * so a burst of other work on the machine slows a round's pages alike and the ratios hold.
 * On a slow phone (Fast 3G + 4× CPU) the learner presses Start at first sight; unthrottled,
 * only the heading is timed.
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
  /** The longest task in a run, until a second after the first page: the median of runs, and the worst. */
  longestTaskMs: number;
  worstTaskMs: number;
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
}

export interface PlainPage {
  bytes: number;
  slowHeadingMs: number;
  fastHeadingMs: number;
}

const longest = (run: FirstLoad) =>
  Math.max(
    0,
    ...run.longTasks
      .filter(([start]) => start <= (run.firstPageMs ?? run.headingMs) + 1_000)
      .map(([, duration]) => duration),
  );

/** Runs `rounds` rounds under `condition`: the plain page, then each target. */
async function rounds(
  browser: Browser,
  targets: LoadTarget[],
  plainUrl: string,
  condition: Condition,
  count: number,
  click: boolean,
  progress: (line: string) => void,
) {
  const plain: FirstLoad[] = [];
  const runs = new Map<string, FirstLoad[]>(targets.map((t) => [t.name, []]));
  for (let round = 0; round < count; round++) {
    plain.push(await loadOnce(browser, plainUrl, condition, false));
    for (const target of targets) runs.get(target.name)!.push(await loadOnce(browser, target.url, condition, click));
    progress(`  ${condition.name}: round ${round + 1} of ${count}`);
  }
  return { plain, runs };
}

function timings(runs: FirstLoad[], plain: FirstLoad[]): Timings {
  return {
    headingMs: median(runs.map((r) => r.headingMs)),
    plainHeadingMs: median(plain.map((r) => r.headingMs)),
    headingRatio: median(runs.map((r, i) => r.headingMs / plain[i]!.headingMs)),
    interactiveMs: median(runs.map((r) => r.interactiveMs ?? NaN)),
    firstPageMs: median(runs.map((r) => r.firstPageMs ?? NaN)),
    longestTaskMs: median(runs.map(longest)),
    worstTaskMs: Math.max(...runs.map(longest)),
  };
}

const FIRST_LOAD_TYPES = { html: 'Document', css: 'Stylesheet', js: 'Script', images: 'Image' } as const;

/** Measures every target against the plain page, on a slow phone and unthrottled. */
export async function measureFirstScreens(
  browser: Browser,
  targets: LoadTarget[],
  plainUrl: string,
  progress: (line: string) => void,
): Promise<{ screens: FirstScreen[]; plain: PlainPage }> {
  // The first load in a new browser pays for warming Chromium itself; it is not anyone's cost.
  await loadOnce(browser, plainUrl, UNTHROTTLED, false);
  const slow = await rounds(browser, targets, plainUrl, SLOW_PHONE, SLOW_ROUNDS, true, progress);
  const fast = await rounds(browser, targets, plainUrl, UNTHROTTLED, FAST_ROUNDS, false, progress);
  const screens = targets.map(({ name }): FirstScreen => {
    const slowRuns = slow.runs.get(name)!;
    const fastRuns = fast.runs.get(name)!;
    // Bytes do not change from run to run; the last run's requests stand for all.
    const last = slowRuns.at(-1)!;
    const firstLoad = Object.fromEntries(
      Object.entries(FIRST_LOAD_TYPES).map(([key, type]) => [
        key,
        last.requests
          .filter((r) => r.type === type && r.end <= (last.interactiveMs ?? Infinity))
          .reduce((n, r) => n + r.bytes, 0),
      ]),
    ) as FirstScreen['firstLoad'];
    const fastTimings = timings(fastRuns, fast.plain);
    return {
      name,
      firstLoadBytes: firstLoad.html + firstLoad.css + firstLoad.js,
      firstLoad,
      beforeFirstPageBytes: last.bytesBeforeFirstPage,
      totalBytes: last.bytesTotal,
      requests: last.requests,
      slow: timings(slowRuns, slow.plain),
      fast: {
        headingMs: fastTimings.headingMs,
        plainHeadingMs: fastTimings.plainHeadingMs,
        headingRatio: fastTimings.headingRatio,
        interactiveMs: fastTimings.interactiveMs,
      },
    };
  });
  return {
    screens,
    plain: {
      bytes: slow.plain.at(-1)!.bytesTotal,
      slowHeadingMs: median(slow.plain.map((r) => r.headingMs)),
      fastHeadingMs: median(fast.plain.map((r) => r.headingMs)),
    },
  };
}
