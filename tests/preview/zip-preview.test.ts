/**
 * `npm run dev -- --zip <file>`: a built package in the preview, read from its own
 * index.html and media, played in real Chromium beside the LMS inspector.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageCourse } from '../../packaging/course-zip.ts';
import type { CourseList, OpenedCourse } from '../../src/preview/preview-types.ts';
import { fakePlayer, fixtureDir, validate } from '../packaging/helpers.ts';
import { gotoServed, retryingResets } from '../support/http.ts';
import { packageInputFor } from '../support/organisations.ts';
import { UNTIL } from '../support/patience.ts';
import { launchChromium, type PreviewServer, ROOT, startPreview } from './preview-server.ts';

const temp = mkdtempSync(join(tmpdir(), 'pss-zip-preview-'));
const zipFile = join(temp, 'mini-en-scorm12.zip');
const KEY = 'zip-mini-en-scorm12';
let preview: PreviewServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  const [mini] = validate(fixtureDir('mini'));
  // The preview plays the course with its own player, so the package's player.js can be a stand-in.
  const zip = await packageCourse(packageInputFor(mini!), {
    standard: 'scorm12',
    courseDir: fixtureDir('mini'),
    playerDir: fakePlayer(temp),
  });
  writeFileSync(zipFile, zip);
  // What `npm run dev -- --zip` sets; the plugin reads it while the server is created.
  process.env.PSS_PREVIEW_ZIP = zipFile;
  preview = await startPreview(['tests/fixtures/courses/sample']);
  delete process.env.PSS_PREVIEW_ZIP;
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
  rmSync(temp, { recursive: true, force: true });
});

const get = (path: string) => retryingResets(() => fetch(new URL(path, preview!.url)));

describe('a zip in the preview', () => {
  it('is listed first, and opens with the course and organisation its index.html carries', async () => {
    const list = (await (await get('/@pss-preview/courses')).json()) as CourseList;
    expect(list.courses.map((c) => [c.key, c.folder.endsWith('mini-en-scorm12.zip'), c.ok])).toEqual([
      [KEY, true, true],
      ['sample', false, true],
    ]);
    const opened = (await (await get(`/@pss-preview/courses/${KEY}`)).json()) as OpenedCourse;
    expect(
      opened.languages.map((l) => [
        l.language,
        l.course.id,
        l.organisation.id,
        l.organisation.contacts.contacts.length > 0,
      ]),
    ).toEqual([['en', 'mini', 'lakeside', true]]);
    const image = JSON.stringify(opened.languages[0]!.course).match(/"src":"([^"]+\.svg[^"]*)"/)?.[1];
    expect(image).toMatch(new RegExp(`^/@pss-preview/zip-media/${KEY}/media/listening\\.svg\\?v=\\w+$`));
  });

  it('serves media from the zip, and nothing that is not media', async () => {
    const svg = await get(`/@pss-preview/zip-media/${KEY}/media/listening.svg`);
    expect([svg.status, svg.headers.get('content-type')]).toEqual([200, 'image/svg+xml']);
    expect((await svg.text()).startsWith('<svg')).toBe(true);
    expect((await get(`/@pss-preview/zip-media/${KEY}/index.html`)).status).toBe(403);
    expect((await get(`/@pss-preview/zip-media/${KEY}/media/none.svg`)).status).toBe(404);
  });

  it('plays in Chromium under the LMS it was built for, with the inspector following the tracker', async () => {
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await gotoServed(page, `${preview!.url}#/course/${KEY}?lms=scorm12`);
    // The first visit has Vite compile every module.
    await page.getByRole('button', { name: 'Start' }).click({ timeout: 60_000 });
    const location = page.locator('tr[data-element="cmi.core.lesson_location"] td');
    await expect.poll(() => location.textContent(), UNTIL).toBe('page-intro');
  });
});

describe('npm run dev -- --zip', () => {
  it('refuses a file that is not there, in one line, before starting a server', () => {
    const run = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'src/preview/dev.ts', '--zip', 'no/such.zip'],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    );
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe('no/such.zip does not exist.');
  });
});
