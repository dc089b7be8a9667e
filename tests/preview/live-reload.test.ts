/**
 * Browser test (real Chromium): editing a course on disk. A broken file shows in the page
 * with the CLI's exact lines (file:line:col → path: message); fixing it brings the course
 * back where the learner was.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { courseChecks } from '../../src/validator/flow-check.ts';
import { nodeCourseFolder } from '../../src/validator/node-folder.ts';
import { formatProblemLine } from '../../src/validator/problem.ts';
import { validateCourseFolder } from '../../src/validator/validate-course.ts';
import { gotoServed, reloadServed } from '../support/http.ts';
import { UNTIL } from '../support/patience.ts';
import { launchChromium, type PreviewServer, ROOT, startPreview } from './preview-server.ts';

let preview: PreviewServer | undefined;
let browser: Browser | undefined;
let page: Page;

beforeAll(async () => {
  preview = await startPreview(['tests/fixtures/courses/mini']);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  // The first visit has Vite compile every module; the test then measures the preview, not the compiler.
  await gotoServed(page, `${preview.url}#/course/mini?lms=scorm2004`);
  await page.getByRole('button', { name: 'Start' }).waitFor({ timeout: 60_000 });
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

const poll = UNTIL;
/** What `npm run validate -- <folder>` prints for it, run from the repo root. */
const cliLines = (folder: string) =>
  validateCourseFolder(nodeCourseFolder(folder, ROOT), courseChecks).problems.map(formatProblemLine);

describe('live editing in Chromium', () => {
  it('shows a broken course.json with the CLI’s line and column, then resumes on the learner’s page once fixed', async () => {
    await reloadServed(page);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { name: 'Try it' }).waitFor();

    const folder = join(preview!.coursesDir, 'mini');
    const file = join(folder, 'course.json');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('"version": "1.0.0",', '"version": "1.0.0"'));
    const expected = cliLines(folder);
    expect(expected.map((line) => line.replace(relative(ROOT, folder), '<copy>/mini'))).toMatchInlineSnapshot(`
      [
        "<copy>/mini/course.json:4:21 → invalid JSON: a comma is missing here, between two items. Add ",". [json-syntax]",
      ]
    `);

    const shown = page.locator('.course-problems li code');
    await expect.poll(() => shown.allTextContents(), poll).toEqual(expected);
    expect(await page.getByRole('alert').locator('h2').textContent()).toContain('1 problem');
    expect(await page.getByRole('heading', { name: 'Try it' }).count()).toBe(0);

    writeFileSync(file, original);
    await expect.poll(() => shown.count(), poll).toBe(0);
    await page.getByRole('heading', { name: 'Try it' }).waitFor();
    expect(await page.locator('tr[data-element="cmi.location"] td').textContent()).toBe('page-try');
  });
});
