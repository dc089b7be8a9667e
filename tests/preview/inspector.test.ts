/**
 * Browser test (real Chromium): the course list, a course played under SCORM 1.2, SCORM
 * 2004 and no LMS, and the inspector following what the tracker does to scorm-again.
 */
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gotoServed, reloadServed } from '../support/http.ts';
import { UNTIL } from '../support/patience.ts';
import { launchChromium, type PreviewServer, startPreview } from './preview-server.ts';

let preview: PreviewServer | undefined;
let browser: Browser | undefined;
let page: Page;

beforeAll(async () => {
  preview = await startPreview(['tests/fixtures/courses/mini', 'tests/fixtures/courses/sample']);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  // The first visit has Vite compile every module; the test then measures the preview, not the compiler.
  await gotoServed(page, preview.url);
  await page.locator('tr[data-course="mini"]').waitFor({ timeout: 60_000 });
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

const poll = UNTIL;
const value = (element: string) => page.locator(`tr[data-element="${element}"] td`).textContent();
const rows = (method: string) => page.locator(`.api-log tr[data-method="${method}"]`).count();
/** axe's WCAG 2 A/AA findings in the preview's own interface (the player has its own tests). */
async function accessibilityProblems(): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axe.source });
  const include = ['.preview-header', '.preview-main', '.course-bar', '.inspector'];
  return page.evaluate(async (selectors) => {
    const context = { include: selectors.filter((s) => document.querySelector(s)).map((s) => [s]) };
    const result = await (window as unknown as { axe: typeof axe }).axe.run(context as never, {
      runOnly: ['wcag2a', 'wcag2aa'],
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, include);
}
const suspendLength = async () => Number(await page.getByTestId('suspend-length').textContent());

describe('author preview in Chromium', () => {
  it('lists the courses, plays one under each LMS choice, and shows the API calls and cmi values as they change', async () => {
    await reloadServed(page);
    const mini = page.locator('tr[data-course="mini"]');
    await mini.waitFor();
    expect(await mini.locator('th, td').allInnerTexts()).toMatchInlineSnapshot(`
      [
        "A minute of listening",
        "mini",
        "en
      ar",
        "~2 min (declared 3)",
        "✓ valid",
      ]
    `);
    expect(await page.locator('tr[data-course="sample"] .status-ok').textContent()).toContain('valid');
    expect(await accessibilityProblems()).toEqual([]);

    await page.getByRole('link', { name: 'A minute of listening' }).click();
    const inspector = page.getByRole('complementary', { name: 'LMS inspector' });
    await inspector.getByRole('radio', { name: /SCORM 1\.2/ }).check();
    await expect.poll(() => rows('LMSInitialize'), poll).toBe(1);
    await page.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => value('cmi.core.lesson_location'), poll).toBe('page-intro');
    expect(await suspendLength()).toBeGreaterThan(0);
    expect(await rows('LMSSetValue')).toBeGreaterThan(0);
    expect(await value('cmi.core.lesson_status')).toBe('incomplete');

    // The first page has only text and an image: it is complete on arrival, so Next goes on.
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { name: 'Try it' }).waitFor();
    await expect.poll(() => value('cmi.core.lesson_location'), poll).toBe('page-try');

    await inspector.getByRole('radio', { name: /SCORM 2004/ }).check();
    await expect.poll(() => rows('Initialize'), poll).toBe(1);
    await page.getByRole('heading', { name: 'Try it' }).waitFor();
    expect(await value('cmi.location')).toBe('page-try');
    expect(await value('cmi.entry')).toBe('resume');
    await expect.poll(() => rows('SetValue'), poll).toBeGreaterThan(0);
    expect(await suspendLength()).toBeGreaterThan(0);

    // An LMS that stops saving: the failed Commit is highlighted with its error code.
    await inspector.getByRole('checkbox', { name: 'Make commits fail' }).check();
    await page.getByRole('button', { name: 'Previous' }).click();
    await page.getByRole('heading', { name: 'Why listening matters' }).waitFor();
    await expect
      .poll(() => page.locator('.api-log tr.log-error[data-method="Commit"]').count(), poll)
      .toBeGreaterThan(0);
    expect(await page.locator('.api-log tr.log-error[data-method="Commit"] td').last().textContent()).toBe('391');
    await expect.poll(() => inspector.locator('.notice-list').textContent(), poll).toContain('save-failed');
    expect(await accessibilityProblems()).toEqual([]);

    await inspector.getByRole('radio', { name: /No LMS/ }).check();
    await expect.poll(() => inspector.textContent(), poll).toContain('No LMS, so no API calls.');
    expect(await page.getByRole('heading', { name: 'Why listening matters' }).count()).toBe(1);
    expect(page.url()).toContain('lms=standalone');
  });
});
