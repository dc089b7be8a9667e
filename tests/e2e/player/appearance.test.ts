/**
 * The learner's own display settings, in Chromium: a dark colour scheme (every screen of the
 * sample course, the certificate included, still passes axe, contrast included), and forced
 * colours (Windows high contrast), where the system's colours replace the player's and marks,
 * progress and buttons must still show. Reduced motion has its own test (reduced-motion.test.ts).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../support/courses.ts';
import { axeFindings, formatFindings } from './support/axe.ts';
import { openPlayer, useChromium } from './support/browser.ts';
import { submitAnswer, walkCourse } from './support/learner.ts';
import { packageOf } from './support/packages.ts';
import { waitForScreen } from './support/screens.ts';

const FOLDER = 'tests/fixtures/courses/sample';
const course = loadCourse(FOLDER)[0]!.course;
const chromium = useChromium();

/** Relative luminance of a computed rgb() colour. */
const luminanceOf = (page: Page, selector: string, property: 'color' | 'background-color') =>
  page.evaluate(
    ([selector, property]) => {
      const [r, g, b] = getComputedStyle(document.querySelector(selector)!)
        .getPropertyValue(property)
        .match(/[\d.]+/g)!
        .slice(0, 3)
        .map((c) => Number(c) / 255)
        .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    },
    [selector, property] as const,
  );

describe('a dark colour scheme', () => {
  it('turns the page dark and keeps every screen, the certificate included, free of axe findings', async () => {
    const player = await openPlayer(chromium(), (await packageOf(FOLDER, 'en')).dir, { colorScheme: 'dark' });
    const findings: string[] = [];
    const seen: string[] = [];
    try {
      const { page } = player;
      expect(await luminanceOf(page, 'body', 'background-color')).toBeLessThan(0.05);
      expect(await luminanceOf(page, 'main', 'color')).toBeGreaterThan(0.6);
      await walkCourse(page, course, async (stop) => {
        if (stop.page && !stop.page.done) return;
        seen.push(stop.label);
        findings.push(...formatFindings(stop.label, await axeFindings(page)));
      });
    } finally {
      await player.close();
    }
    expect(findings, findings.join('\n')).toEqual([]);
    expect(seen).toEqual(expect.arrayContaining(['intro', 'page-check after its activities', 'certificate', 'resume']));
    expect(player.errors).toEqual([]);
  }, 120_000);
});

describe('forced colours', () => {
  it('shows progress, answer marks, buttons and icons in the system colours', async () => {
    const player = await openPlayer(chromium(), (await packageOf(FOLDER, 'en')).dir, { forcedColors: 'active' });
    try {
      const { page } = player;
      await page.locator('main .actions .button.primary').click();
      await waitForScreen(page, 'page', 'Welcome');
      await page.locator('.page-nav .button.primary').click();
      await waitForScreen(page, 'page', 'Hear and see it');
      await page.locator('.page-nav .button.primary').click();
      await waitForScreen(page, 'page', 'Check your understanding');
      await submitAnswer(page, course.lessons[0]!.pages[2]!.blocks[0] as never);
      await page.locator('.choice[data-mark="right"]').waitFor();
      const looks = await page.evaluate(() => {
        // What the system colours resolve to here, from an element that uses them outright.
        const probe = document.body.appendChild(document.createElement('i'));
        probe.style.cssText = 'background: Highlight; color: CanvasText';
        const system = getComputedStyle(probe);
        const [highlight, text] = [system.backgroundColor, system.color];
        probe.remove();
        const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
        const mark = style('.choice[data-mark="right"]');
        const icon = style('.mark .icon');
        return {
          progressIsHighlight: style('.progress-fill').backgroundColor === highlight,
          markBorderIsText: mark.borderTopColor === text && mark.borderTopStyle === 'solid',
          markSaysSo: document.querySelector('.choice[data-mark="right"] .mark')!.textContent,
          iconFollowsText: icon.stroke === icon.color,
          buttonsHaveBorders: [...document.querySelectorAll('.button')].every(
            (b) =>
              getComputedStyle(b).borderTopStyle === 'solid' && parseFloat(getComputedStyle(b).borderTopWidth) >= 1,
          ),
        };
      });
      expect(looks).toEqual({
        progressIsHighlight: true,
        markBorderIsText: true,
        markSaysSo: 'Your answer: correct',
        iconFollowsText: true,
        buttonsHaveBorders: true,
      });
      expect(player.errors).toEqual([]);
    } finally {
      await player.close();
    }
  });
});
