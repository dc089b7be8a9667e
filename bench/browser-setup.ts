/**
 * What every browser measurement shares: the network and CPU conditions, a stand-in LMS,
 * and the probe that times the first heading from inside the page.
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';

export interface Condition {
  name: string;
  /** Network.emulateNetworkConditions; absent means no throttling. */
  network?: { latency: number; downloadThroughput: number; uploadThroughput: number };
  cpuRate: number;
}

// Throughputs are bytes per second, as CDP wants them: 1.6 Mbps / 8 = 200,000 B/s.
export const CONDITIONS: Condition[] = [
  { name: 'unthrottled', cpuRate: 1 },
  {
    name: 'Fast 3G, 4x CPU',
    network: { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 },
    cpuRate: 4,
  },
  {
    name: '2G-like',
    network: { latency: 300, downloadThroughput: 250_000 / 8, uploadThroughput: 50_000 / 8 },
    cpuRate: 1,
  },
];

/**
 * A SCORM 1.2 API on the page's own window, where an LMS frame's API would be found on the
 * first look. Without one the player searches for 1.5 s before falling back to the
 * browser, which is right for a package opened from disk but not what a learner in an
 * LMS waits for. It does nothing, so it costs the page nothing to measure.
 */
const STUB_LMS = `window.API = {
  LMSInitialize: () => 'true', LMSFinish: () => 'true', LMSCommit: () => 'true', LMSSetValue: () => 'true',
  LMSGetValue: (k) => ({ 'cmi.core.entry': 'ab-initio', 'cmi.core.student_id': 'bench', 'cmi.core.lesson_mode': 'normal' })[k] || '',
  LMSGetLastError: () => '0', LMSGetErrorString: () => '', LMSGetDiagnostic: () => '',
};`;

/**
 * Times the intro's landing heading against navigation start (performance.now() is 0 at
 * navigationStart). A MutationObserver catches the moment the heading enters the DOM and
 * marks it for Element Timing, which reports when it was actually painted; a frame
 * callback followed by a message is the fallback, landing just after that paint.
 */
const HEADING_PROBE = `(() => {
  const probe = (window.__bench = {});
  const SELECTOR = 'main[data-screen="intro"] [data-landing]';
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.identifier === 'bench-heading') probe.painted = e.renderTime || e.loadTime;
    }).observe({ type: 'element', buffered: true });
  } catch {}
  const found = () => {
    const heading = document.querySelector(SELECTOR);
    if (!heading) return false;
    probe.inDom = performance.now();
    heading.setAttribute('elementtiming', 'bench-heading');
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (probe.afterFrame = performance.now());
      channel.port2.postMessage(0);
    });
    return true;
  };
  const observer = new MutationObserver(() => found() && observer.disconnect());
  observer.observe(document, { childList: true, subtree: true });
})();`;

export interface ProbedPage {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  /** Page errors seen so far; a run with any is not a measurement. */
  errors: string[];
}

/** A fresh context (empty cache and storage) and page with `condition` applied, not yet navigated. */
export async function openProbedPage(browser: Browser, condition: Condition): Promise<ProbedPage> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(STUB_LMS);
  await page.addInitScript(HEADING_PROBE);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Performance.enable');
  if (condition.network) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...condition.network });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: condition.cpuRate });
  return { context, page, cdp, errors };
}

export interface HeadingTiming {
  /** When the heading was painted (Element Timing), or just after its frame when that is unavailable. */
  visibleMs: number;
  inDomMs: number;
  /** When the last download the page had started by then finished. */
  downloadsDoneMs: number;
  source: 'element-timing' | 'frame';
}

/** Waits for the probe to see the heading painted, and reads its times. */
export async function headingTiming(page: Page): Promise<HeadingTiming> {
  await page.waitForFunction(
    () => (window as unknown as { __bench: { afterFrame?: number } }).__bench.afterFrame !== undefined,
    undefined,
    { polling: 50, timeout: 60_000 },
  );
  // Element Timing entries are queued after the frame; give the observer a moment to run.
  await page.waitForTimeout(100);
  const probe = await page.evaluate(() => {
    // When the last byte of the HTML, script or stylesheet arrived: the rest of the wait is the CPU's.
    const entries = [
      ...performance.getEntriesByType('navigation'),
      ...performance.getEntriesByType('resource'),
    ] as PerformanceResourceTiming[];
    const downloadsDone = Math.max(...entries.map((e) => e.responseEnd));
    return {
      ...(window as unknown as { __bench: { inDom: number; afterFrame: number; painted?: number } }).__bench,
      downloadsDone,
    };
  });
  const common = { inDomMs: probe.inDom, downloadsDoneMs: probe.downloadsDone };
  return probe.painted
    ? { visibleMs: probe.painted, ...common, source: 'element-timing' }
    : { visibleMs: probe.afterFrame, ...common, source: 'frame' };
}

/** JS heap in use after load, after a full collection so it is what the page keeps, not what it has not yet freed. */
export async function heapAfterLoad(cdp: CDPSession): Promise<{ usedBytes: number; usedBeforeGcBytes: number }> {
  const read = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  const usedBeforeGcBytes = await read();
  await cdp.send('HeapProfiler.collectGarbage');
  return { usedBytes: await read(), usedBeforeGcBytes };
}
