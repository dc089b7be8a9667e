/**
 * Section 1: what a learner downloads before they can start, measured on the wire. Bytes
 * are CDP's encodedDataLength at loadingFinished, the "transferred" figure DevTools shows:
 * gzipped body plus response headers and chunked framing, as the static server sent them.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, CDPSession } from 'playwright-core';
import { CONDITIONS, headingTiming, openProbedPage } from './browser-setup.ts';
import type { ServedPackage } from './served-packages.ts';

export interface RequestRecord {
  path: string;
  type: string;
  status: number;
  transferredBytes: number;
  /** Bytes after decompression. */
  decodedBytes: number;
}

export interface Weight {
  name: string;
  /** index.html, course data included. */
  htmlBytes: number;
  jsBytes: number;
  cssBytes: number;
  /** Images, media and fonts the intro screen asked for. */
  assetBytes: number;
  totalBytes: number;
  requests: number;
  /** The inline #course-data on its own: its characters, and gzipped at the server's level 6. */
  dataChars: number;
  dataGzipBytes: number;
  /** What pressing Start adds: the first content page's own requests. */
  firstPageBytes: number;
  firstPageRequests: number;
  intro: RequestRecord[];
  firstPage: RequestRecord[];
}

/** Collects every finished request on a CDP session until `stop` is called. */
function recordNetwork(cdp: CDPSession) {
  const pending = new Map<string, { path: string; type: string; status: number; decodedBytes: number }>();
  const done: RequestRecord[] = [];
  cdp.on('Network.requestWillBeSent', (e) =>
    pending.set(e.requestId, {
      path: new URL(e.request.url).pathname,
      type: e.type ?? 'Other',
      status: 0,
      decodedBytes: 0,
    }),
  );
  cdp.on('Network.responseReceived', (e) => {
    const request = pending.get(e.requestId);
    if (request) request.status = e.response.status;
  });
  cdp.on('Network.dataReceived', (e) => {
    const request = pending.get(e.requestId);
    if (request) request.decodedBytes += e.dataLength;
  });
  cdp.on('Network.loadingFinished', (e) => {
    const request = pending.get(e.requestId);
    // The browser asks for /favicon.ico on its own; the package has none and never links one.
    if (request && request.path !== '/favicon.ico') done.push({ ...request, transferredBytes: e.encodedDataLength });
  });
  return { take: () => done.splice(0) };
}

const sum = (records: RequestRecord[], test: (r: RequestRecord) => boolean) =>
  records.filter(test).reduce((n, r) => n + r.transferredBytes, 0);
const isAsset = (r: RequestRecord) => ['Image', 'Media', 'Font'].includes(r.type);

/** Loads the package unthrottled, on a fresh context, and weighs the intro and then the first content page. */
export async function measureWeight(browser: Browser, baseUrl: string, served: ServedPackage): Promise<Weight> {
  const { context, page, cdp, errors } = await openProbedPage(browser, CONDITIONS[0]!);
  try {
    const network = recordNetwork(cdp);
    await page.goto(`${baseUrl}/index.html`);
    await headingTiming(page);
    await page.waitForLoadState('networkidle');
    const intro = network.take();
    const data = await page.evaluate(() => document.getElementById('course-data')?.textContent ?? '');

    await page.locator('main .actions .button.primary').click();
    await page.waitForSelector('main[data-screen="page"]');
    await page.waitForLoadState('networkidle');
    const firstPage = network.take();
    if (errors.length) throw new Error(`${served.name}: the page reported errors: ${errors.join('; ')}`);

    return {
      name: served.name,
      htmlBytes: sum(intro, (r) => r.type === 'Document'),
      jsBytes: sum(intro, (r) => r.type === 'Script'),
      cssBytes: sum(intro, (r) => r.type === 'Stylesheet'),
      assetBytes: sum(intro, isAsset),
      totalBytes: sum(intro, () => true),
      requests: intro.length,
      dataChars: data.length,
      dataGzipBytes: gzipSync(data, { level: 6 }).length,
      firstPageBytes: sum(firstPage, () => true),
      firstPageRequests: firstPage.length,
      intro,
      firstPage,
    };
  } finally {
    await context.close();
  }
}
