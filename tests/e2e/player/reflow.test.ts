/**
 * The longest real course, every screen, on a 320 CSS px phone and on a desktop with text
 * at 200%: no sideways scrolling, and every target at least 24×24 CSS px.
 *
 * Text at 200% uses Chrome's own text size setting (CDP Page.setFontSizes, what Settings →
 * Appearance → Font size changes), not page zoom: page zoom at 200% on 1280 px is only a
 * 640 px layout, which the 320 px run (1280 px at 400%, WCAG 1.4.10) already covers. It
 * also scales `em` in media queries, as the real setting does, and pinch zoom
 * (setPageScaleFactor) or deviceScaleFactor would change no CSS layout at all.
 */
import type { BrowserContextOptions } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCourse } from '../../support/courses.ts';
import { openPlayer, useChromium } from './support/browser.ts';
import { startAll, WALKS_AT_ONCE } from './support/concurrently.ts';
import { layoutProblems } from './support/layout.ts';
import { walkCourse } from './support/learner.ts';
import { packageOf } from './support/packages.ts';

const FOLDER = 'courses/self-care';
const course = loadCourse(FOLDER).find((v) => v.course.language === 'en')!.course;
const chromium = useChromium();
const PHONE: BrowserContextOptions = {
  viewport: { width: 320, height: 640 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};
const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };

interface Measured {
  /** Every layout problem, labelled with the screen it is on. */
  problems: string[];
  stops: number;
  /** The layout width and the player's text size, to show the setting took. */
  width: number;
  fontSize: string;
  errors: string[];
}

/** Walks self-care on a phone, or on a desktop with text at 200%, measuring every stop (and, on the phone, the open contents menu). */
async function walkAndMeasure(device: 'phone' | 'desktop'): Promise<Measured> {
  const player = await openPlayer(
    chromium(),
    (await packageOf(FOLDER, 'en')).dir,
    device === 'phone' ? PHONE : DESKTOP,
  );
  const { page } = player;
  const problems: string[] = [];
  let stops = 0;
  try {
    if (device === 'desktop')
      await (await player.context.newCDPSession(page)).send('Page.setFontSizes', {
        fontSizes: { standard: 32, fixed: 26 },
      });
    const [width, fontSize] = await page.evaluate(
      () =>
        [document.documentElement.clientWidth, getComputedStyle(document.querySelector('.player')!).fontSize] as const,
    );
    await walkCourse(page, course, async (stop) => {
      stops += 1;
      problems.push(...(await layoutProblems(page)).map((p) => `${stop.label}: ${p}`));
      if (device === 'phone' && stop.label === course.lessons[0]!.pages[0]!.id) {
        // On a phone the contents are behind a toggle; measure them open, then close them again.
        const toggle = page.locator('.toc-toggle');
        await toggle.click();
        await page.locator('#toc-list[data-open="true"]').waitFor();
        problems.push(...(await layoutProblems(page)).map((p) => `contents menu: ${p}`));
        await toggle.click();
      }
    });
    return { problems, stops, width, fontSize, errors: player.errors };
  } finally {
    await player.close();
  }
}

describe('reflow and target size', () => {
  let walks: Map<'phone' | 'desktop', Promise<Measured>>;
  beforeAll(() => {
    walks = startAll(['phone', 'desktop'] as const, WALKS_AT_ONCE, walkAndMeasure);
  });

  it('fits every screen of self-care into 320 CSS px with 24 px targets, the contents menu open or not', async () => {
    const { problems, stops, width, errors } = await walks.get('phone')!;
    expect(width).toBe(320);
    expect(problems, problems.join('\n')).toEqual([]);
    expect(errors).toEqual([]);
    expect(stops).toBeGreaterThan(course.lessons.flatMap((l) => l.pages).length * 2);
  }, 120_000);

  it('fits every screen of self-care at 1280 CSS px with text at 200%, with 24 px targets', async () => {
    const { problems, width, fontSize, errors } = await walks.get('desktop')!;
    expect([width, fontSize]).toEqual([1280, '32px']);
    expect(problems, problems.join('\n')).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);

  it('reports a control narrower than 24 px and content wider than the screen', async () => {
    // The measure itself must be able to fail.
    const player = await openPlayer(chromium(), (await packageOf('tests/fixtures/courses/mini', 'en')).dir, PHONE);
    try {
      await player.page.evaluate(() => {
        const main = document.querySelector('main')!;
        main.insertAdjacentHTML(
          'beforeend',
          '<button id="tiny" style="all:unset;font-size:8px">x</button><div id="wide" style="width:400px">wide</div>',
        );
      });
      const problems = await layoutProblems(player.page);
      expect(problems).toHaveLength(2);
      expect(problems[0]).toMatch(/^scrolls sideways: \d+px of content in 320px, because of div#wide "wide"/);
      expect(problems[1]).toMatch(/^target too small: button#tiny "x" is [\d.]+×[\d.]+px$/);
    } finally {
      await player.close();
    }
  });
});
