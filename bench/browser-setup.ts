/**
 * What every browser measurement shares: the network and CPU conditions, a stand-in LMS,
 * and the probe that times the page from inside it. The probe reports through the console
 * and is read once a run is over: nothing is evaluated in the page while it is being timed,
 * since Playwright's own scripts would take the page's main thread (tens of milliseconds
 * at 4× CPU) and hold back the very paint being measured.
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';

export interface Condition {
  name: string;
  /** Network.emulateNetworkConditions; absent means no throttling. */
  network?: { latency: number; downloadThroughput: number; uploadThroughput: number };
  cpuRate: number;
}

// Throughputs are bytes per second, as CDP wants them: 1.6 Mbps / 8 = 200,000 B/s.
export const UNTHROTTLED: Condition = { name: 'unthrottled', cpuRate: 1 };
export const SLOW_PHONE: Condition = {
  name: 'Fast 3G, 4x CPU',
  network: { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 },
  cpuRate: 4,
};
/** Page turns: the phone's slow CPU, on a network that has already delivered the course. */
export const SLOW_CPU: Condition = { name: '4x CPU', cpuRate: 4 };

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
 * In the page, against navigation start (performance.now() is 0 there):
 * - `heading`: the intro's landing heading painted (Element Timing, or just after its frame);
 * - `interactive`: the pre-rendered intro taken over by the player (data-static removed);
 * - `turns`: every click after which the screen's landing heading changed, from the click's
 *   own timestamp to just after the frame that showed the new heading (`end`), and to just
 *   after the frame that showed the whole page, its later blocks included (`whole`);
 * - `long`: every long task (over 50 ms).
 * Milestones are also said on the console ("bench:heading {…}"), so the bench can act on
 * them without evaluating anything in the page.
 */
const PROBE = `(() => {
  const probe = (window.__bench = { turns: [], long: [] });
  const say = (what, data) => console.debug('bench:' + what + ' ' + JSON.stringify(data ?? {}));
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.long.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  // A message posted in a frame's requestAnimationFrame callback runs once that frame has been
  // laid out and painted: the task that follows it, not the next frame.
  const afterThisFrame = (done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done(performance.now());
    channel.port2.postMessage(0);
  };
  const afterPaint = (done) => requestAnimationFrame(() => afterThisFrame(done));
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.identifier === 'bench-heading') probe.painted = e.renderTime || e.loadTime;
    }).observe({ type: 'element', buffered: true });
  } catch {}
  const SELECTOR = 'main[data-screen="intro"] [data-landing]';
  let marked = false;
  const watch = new MutationObserver(() => {
    const app = document.getElementById('app');
    if (!marked) {
      const heading = document.querySelector(SELECTOR);
      if (heading) {
        marked = true;
        heading.setAttribute('elementtiming', 'bench-heading');
        // On a slow line the page arrives in pieces: the heading can be painted while the rest
        // of the intro (Start among it) is still on its way. A package's Start is waited for,
        // frame by frame; a plain page's is a bare button, and nobody presses it.
        const package_ = !!document.getElementById('app');
        const findStart = (then) => {
          const button = document.querySelector('main[data-screen="intro"] .actions .button.primary');
          if (button || !package_) then(button);
          else requestAnimationFrame(() => findStart(then));
        };
        afterPaint((t) =>
          // Element Timing reports just after the frame; give it a moment, then fall back to the frame.
          setTimeout(() => {
            probe.heading = probe.painted ?? t;
            findStart((button) => {
              // On a phone Start is below the fold: the learner scrolls to it, then presses it.
              button?.scrollIntoView({ block: 'center' });
              const r = button && button.getBoundingClientRect();
              if (r) probe.start = { x: r.x + r.width / 2, y: r.y + r.height / 2 };
              say('heading', { heading: probe.heading, start: probe.start });
            });
          }, 30),
        );
      }
    }
    if (app && marked && !app.hasAttribute('data-static') && probe.interactive === undefined) {
      probe.interactive = performance.now();
      say('interactive', { interactive: probe.interactive });
    }
  });
  watch.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-static'] });
  // A turn: a click, then the landing heading changes (a new screen, page or question).
  let generation = 0;
  document.addEventListener(
    'click',
    (event) => {
      if (!event.isTrusted) return;
      // A click on a busy button waits for the click that made it busy, whose turn is still on its way.
      const busy = () => event.target.closest?.('[aria-busy="true"]');
      if (busy()) return;
      // Before the player takes the intro over, only the page's own early script can take a
      // click (Start, which it makes busy); once the page is live, every click counts. This
      // listener runs before the page's, so whether the early script took it is seen a task later.
      if (document.querySelector('#app[data-static]')) return void setTimeout(() => busy() && turn(event), 0);
      turn(event);
    },
    true,
  );
  function turn(event) {
    if (event.target.closest?.('main[data-screen="intro"] .actions .button.primary')) say('started', {});
    const mine = ++generation;
    const landing = () => document.querySelector('main [data-landing]');
    const before = landing();
    const text = before && before.textContent;
    const screenBefore = document.querySelector('main')?.dataset.screen;
    const start = event.timeStamp;
    let frames = 0;
    const check = () => {
      if (mine !== generation) return;
      const now = landing();
      if (now && (now !== before || now.textContent !== text)) {
        const screen = document.querySelector('main').dataset.screen;
        // check runs in a frame's callbacks: that frame shows the new heading.
        afterThisFrame((end) => {
          const heading = now.textContent.trim().slice(0, 60);
          // A page's later blocks follow the frame that shows its heading: \`whole\` is just after the frame that shows them.
          const done = (whole) => {
            probe.turns.push({ start, end, whole, from: screenBefore, to: screen, heading });
            say('turn', { start, end, whole, to: screen });
          };
          const partial = () => mine === generation && document.querySelector('main [data-partial]');
          const untilWhole = () => (partial() ? requestAnimationFrame(untilWhole) : afterThisFrame(done));
          if (partial()) requestAnimationFrame(untilWhole);
          else done(end);
        });
        return;
      }
      if (++frames < 900) requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }
})();`;

export interface ProbedPage {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  /** Page errors seen so far; a run with any is not a measurement. */
  errors: string[];
  /** Resolves with the probe's data the first time it says `what`. */
  said(what: string, timeoutMs?: number): Promise<Record<string, unknown>>;
}

/** A fresh context (empty cache and storage) and page with `condition` applied, not yet navigated. */
export async function openProbedPage(browser: Browser, condition: Condition): Promise<ProbedPage> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors: string[] = [];
  const heard = new Map<string, Record<string, unknown>>();
  const waiting = new Map<string, ((data: Record<string, unknown>) => void)[]>();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    const match = /^bench:(\w+) (.*)$/s.exec(message.text());
    if (!match) return;
    const data = JSON.parse(match[2]!) as Record<string, unknown>;
    if (!heard.has(match[1]!)) heard.set(match[1]!, data);
    for (const resolve of waiting.get(match[1]!)?.splice(0) ?? []) resolve(data);
  });
  await page.addInitScript(STUB_LMS);
  await page.addInitScript(PROBE);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (condition.network) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...condition.network });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: condition.cpuRate });
  const said = (what: string, timeoutMs = 60_000) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const known = heard.get(what);
      if (known) return resolve(known);
      const timer = setTimeout(() => reject(new Error(`the page never said ${what}`)), timeoutMs);
      waiting.set(what, [
        ...(waiting.get(what) ?? []),
        (data) => {
          clearTimeout(timer);
          resolve(data);
        },
      ]);
    });
  return { context, page, cdp, errors, said };
}

export interface Probe {
  heading?: number;
  interactive?: number;
  start?: { x: number; y: number };
  /** `heading`: the new screen's landing heading, which names the page or question the turn went to. */
  turns: { start: number; end: number; whole: number; from?: string; to: string; heading?: string }[];
  long: [number, number][];
}

/** What the probe gathered; read once the timed part of a run is over. */
export function readProbe(page: Page): Promise<Probe> {
  return page.evaluate(() => (window as unknown as { __bench: Probe }).__bench);
}
