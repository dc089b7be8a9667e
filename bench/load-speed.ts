/**
 * Section 2: how long until the learner sees the intro's heading, under each condition.
 * Every run gets a fresh context, so nothing is cached, and the time is read inside the
 * page against navigation start, never from Node's clock (which adds CDP round trips).
 */
import type { Browser } from 'playwright-core';
import {
  CONDITIONS,
  type Condition,
  type HeadingTiming,
  headingTiming,
  heapAfterLoad,
  openProbedPage,
} from './browser-setup.ts';

export const RUNS = 5;

export interface LoadTarget {
  name: string;
  url: string;
}

export interface LoadResult {
  name: string;
  condition: string;
  /** Medians of the runs: heading painted, heading in the DOM, downloads done, JS heap after load (after GC). */
  visibleMs: number;
  inDomMs: number;
  downloadsDoneMs: number;
  heapBytes: number;
  runs: (HeadingTiming & { heapBytes: number; heapBeforeGcBytes: number })[];
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

async function loadOnce(browser: Browser, url: string, condition: Condition) {
  const { context, page, cdp, errors } = await openProbedPage(browser, condition);
  try {
    await page.goto(url, { timeout: 60_000 });
    const timing = await headingTiming(page);
    const heap = await heapAfterLoad(cdp);
    if (errors.length) throw new Error(`${url}: the page reported errors: ${errors.join('; ')}`);
    return { ...timing, heapBytes: heap.usedBytes, heapBeforeGcBytes: heap.usedBeforeGcBytes };
  } finally {
    await context.close();
  }
}

/** Loads each target RUNS times under each condition; `progress` hears about each finished set. */
export async function measureLoadSpeed(
  browser: Browser,
  targets: LoadTarget[],
  progress: (line: string) => void,
): Promise<LoadResult[]> {
  // The first load in a new browser pays for warming Chromium itself (a third slower here); it is not the course's cost.
  await loadOnce(browser, targets[0]!.url, CONDITIONS[0]!);
  const results: LoadResult[] = [];
  for (const condition of CONDITIONS) {
    for (const target of targets) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await loadOnce(browser, target.url, condition));
      const result = {
        name: target.name,
        condition: condition.name,
        visibleMs: median(runs.map((r) => r.visibleMs)),
        inDomMs: median(runs.map((r) => r.inDomMs)),
        downloadsDoneMs: median(runs.map((r) => r.downloadsDoneMs)),
        heapBytes: median(runs.map((r) => r.heapBytes)),
        runs,
      };
      results.push(result);
      progress(`  ${condition.name.padEnd(16)} ${target.name.padEnd(24)} ${(result.visibleMs / 1000).toFixed(2)} s`);
    }
  }
  return results;
}
