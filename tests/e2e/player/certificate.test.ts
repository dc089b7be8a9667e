/**
 * The certificate in Chromium: its code arrives only when the learner asks for it, it prints
 * on one landscape page of A4 or Letter with nothing else on it, and it downloads as a page
 * of its own that prints the same way. (The LMS's learner name is checked in the LMS run,
 * tests/e2e/lms/lms-run.test.ts; axe and the keyboard walk check it too.)
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../support/courses.ts';
import { openPlayer, useChromium } from './support/browser.ts';
import { walkCourse } from './support/learner.ts';
import { packageOf } from './support/packages.ts';

const FOLDER = 'tests/fixtures/courses/mini';
const course = loadCourse(FOLDER).find((v) => v.course.language === 'en')!.course;
const chromium = useChromium();

/** How many pages a PDF has, and whether the first is wider than tall. */
function pdfPages(pdf: Buffer): { pages: number; landscape: boolean } {
  const text = pdf.toString('latin1');
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(text)!;
  return { pages: (text.match(/\/Type\s*\/Page\b/g) ?? []).length, landscape: Number(box[1]) > Number(box[2]) };
}

/** Walks the mini course to its completion screen, asks for the certificate and types a name. */
async function toCertificate(page: Page, requests: string[]): Promise<void> {
  await walkCourse(page, course, async () => {}, { stayAfterSummary: true });
  expect(requests.filter((url) => url.endsWith('/certificate.js'))).toEqual([]);
  await page.locator('.certificate-offer .button.primary').click();
  await page.locator('#cert-learner').fill('Amina Yusuf');
  await page.locator('.cert-name-form .button.primary').click();
  await page.locator('.certificate').waitFor();
}

describe('the certificate', () => {
  it('loads its code only when asked, and prints alone on one landscape page of A4 or Letter', async () => {
    const player = await openPlayer(chromium(), (await packageOf(FOLDER, 'en')).dir);
    const requests: string[] = [];
    player.page.on('request', (request) => requests.push(request.url()));
    try {
      const { page } = player;
      await toCertificate(page, requests);
      expect(requests.filter((url) => url.endsWith('/certificate.js'))).toHaveLength(1);
      // Headless Chromium has no print dialog: Print marks the page for printing, and the PDF is that printout.
      await page.evaluate(() => {
        window.print = () => {};
      });
      await page.locator('.certificate-host .actions .button').first().click();
      const printed = await page.evaluate(() => ({
        marked: document.documentElement.hasAttribute('data-printing'),
        target: document.querySelector('[data-print-target]')?.className,
        // Everything but the certificate is hidden on paper.
        others: [...document.querySelectorAll('main h2, .top, .finish-button')].map(
          (el) => getComputedStyle(el).visibility,
        ),
      }));
      await page.emulateMedia({ media: 'print' });
      const hidden = await page.evaluate(() =>
        [...document.querySelectorAll('main h2, .finish-button')].map((el) => getComputedStyle(el).visibility),
      );
      await page.emulateMedia({ media: null });
      expect(printed).toEqual({ marked: true, target: 'certificate', others: ['visible', 'visible', 'visible'] });
      expect(hidden).toEqual(['hidden', 'hidden']);
      for (const format of ['A4', 'Letter'] as const) {
        // Printing ends with afterprint, which puts the page back; each printout starts from Print.
        if (format === 'Letter') await page.locator('.certificate-host .actions .button').first().click();
        expect(pdfPages(await page.pdf({ format, preferCSSPageSize: true })), format).toEqual({
          pages: 1,
          landscape: true,
        });
      }
      expect(await page.evaluate(() => document.documentElement.hasAttribute('data-printing'))).toBe(false);
      expect(player.errors).toEqual([]);
    } finally {
      await player.close();
    }
  });

  it('downloads as a page of its own: the name, the course, the date, in the course language, landscape on paper', async () => {
    const player = await openPlayer(chromium(), (await packageOf(FOLDER, 'en')).dir);
    try {
      const { page } = player;
      await toCertificate(page, []);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('.certificate-host .actions .button').nth(1).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`Certificate ${course.title}.html`);
      const file = readFileSync((await download.path())!, 'utf8');
      expect(file).not.toMatch(/<script|<link|src="http/i);
      const copy = await player.context.newPage();
      await copy.setContent(file);
      const shown = await copy.evaluate(() => ({
        lang: document.documentElement.lang,
        title: document.title,
        name: document.querySelector('.cert-name')!.textContent,
        course: document.querySelector('.cert-course')!.textContent,
        facts: [...document.querySelectorAll('.cert-facts dt')].map((dt) => dt.textContent),
      }));
      expect(shown).toEqual({
        lang: 'en',
        title: `Certificate of completion: ${course.title}`,
        name: 'Amina Yusuf',
        course: course.title,
        // The mini course has no assessment, so no score.
        facts: ['Date'],
      });
      expect(pdfPages(await copy.pdf({ format: 'A4', preferCSSPageSize: true }))).toEqual({
        pages: 1,
        landscape: true,
      });
      expect(player.errors).toEqual([]);
    } finally {
      await player.close();
    }
  });
});
