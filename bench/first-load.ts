/**
 * The first screen, in one fresh context per run: when its heading is painted, when the
 * player has taken it over, what came over the wire before then, and, on a package, when a
 * learner pressing Start as soon as they see it first gets the first page. Bytes are CDP's
 * encodedDataLength (what DevTools calls "transferred": gzipped body, headers and chunk
 * framing); times are read in the page against navigation start, never from Node's clock.
 */
import type { Browser, CDPSession } from 'playwright-core';
import { type Condition, openProbedPage, type Probe, readProbe } from './browser-setup.ts';

export interface RequestRecord {
  path: string;
  type: string;
  bytes: number;
  /** When its last byte arrived, against navigation start. */
  end: number;
}

export interface FirstLoad {
  headingMs: number;
  /** The player took the pre-rendered intro over: its buttons work from here. */
  interactiveMs?: number;
  /** When player.js had arrived: from here on the page's work is the player's (undefined on the plain page). */
  scriptArrivedMs?: number;
  /** The first Start click that worked, and the first page painted after it. */
  clickMs?: number;
  firstPageMs?: number;
  /** The first page whole, its later blocks included (they follow the frame of its heading). */
  firstPageWholeMs?: number;
  /** Transferred before the intro was interactive (HTML, CSS and JS), before the first page, and in all. */
  bytesBeforeInteractive: number;
  bytesBeforeFirstPage: number;
  bytesTotal: number;
  requests: RequestRecord[];
  /** Every long task until a second after the first page (or the heading, on the plain page). */
  longTasks: [number, number][];
}

/** Collects every finished request's transferred bytes on a CDP session. */
function recordNetwork(cdp: CDPSession) {
  const pending = new Map<string, { url: string; type: string }>();
  const bytes = new Map<string, { url: string; type: string; bytes: number }>();
  cdp.on('Network.requestWillBeSent', (e) => pending.set(e.requestId, { url: e.request.url, type: e.type ?? 'Other' }));
  cdp.on('Network.loadingFinished', (e) => {
    const request = pending.get(e.requestId);
    if (request) bytes.set(request.url, { ...request, bytes: e.encodedDataLength });
  });
  return bytes;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Presses Start where the probe saw it, every 100 ms from the moment the heading was painted
 * (or Start arrived, when the page came in pieces), as a learner would who tries at once;
 * stops when a turn reaches the first page.
 */
async function pressStart(run: Awaited<ReturnType<typeof openProbedPage>>, at: { x: number; y: number }) {
  let done = false;
  const turned = run.said('turn', 30_000);
  // Once the player has taken the press, pressing again would land on the page that follows.
  void run.said('started', 30_000).then(
    () => (done = true),
    () => {},
  );
  while (!done) {
    await run.page.mouse.click(at.x, at.y);
    await Promise.race([turned.catch(() => {}), sleep(100)]);
  }
  await turned;
}

/** Loads `url` once under `condition`; with `click`, presses Start and waits for the first page. */
export async function loadOnce(
  browser: Browser,
  url: string,
  condition: Condition,
  click: boolean,
): Promise<FirstLoad> {
  const run = await openProbedPage(browser, condition);
  try {
    const network = recordNetwork(run.cdp);
    await run.page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
    const heading = await run.said('heading');
    if (click) {
      if (!heading.start) throw new Error(`${url}: the intro has no Start button`);
      await pressStart(run, heading.start as { x: number; y: number });
    }
    // Let what follows the first screen settle (parts fetched in the background), then read.
    await sleep(click ? 1_000 : 300);
    const probe: Probe = await readProbe(run.page);
    const ends = await run.page.evaluate(() =>
      Object.fromEntries(
        [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((e) => [
          e.name,
          (e as PerformanceResourceTiming).responseEnd,
        ]),
      ),
    );
    if (run.errors.length) throw new Error(`${url}: the page reported errors: ${run.errors.join('; ')}`);
    const requests = [...network.values()]
      // The browser asks for /favicon.ico on its own; packages have none and never link one.
      .filter((r) => !r.url.endsWith('/favicon.ico'))
      .map((r) => ({ path: new URL(r.url).pathname, type: r.type, bytes: r.bytes, end: ends[r.url] ?? Infinity }));
    const turn = probe.turns.find((t) => t.to === 'page');
    const script = requests.find((r) => r.path.endsWith('/player.js'));
    const until = (t: number | undefined) =>
      requests.filter((r) => t !== undefined && r.end <= t).reduce((n, r) => n + r.bytes, 0);
    const total = requests.reduce((n, r) => n + r.bytes, 0);
    return {
      headingMs: probe.heading!,
      ...(probe.interactive !== undefined ? { interactiveMs: probe.interactive } : {}),
      ...(script ? { scriptArrivedMs: script.end } : {}),
      ...(turn ? { clickMs: turn.start, firstPageMs: turn.end, firstPageWholeMs: turn.whole } : {}),
      // The plain page has nothing to take over: all of it is its first screen.
      bytesBeforeInteractive: probe.interactive === undefined ? total : until(probe.interactive),
      bytesBeforeFirstPage: turn ? until(turn.end) : total,
      bytesTotal: total,
      requests,
      longTasks: probe.long,
    };
  } finally {
    await run.context.close();
  }
}
