/**
 * A 360×740 phone (issue 15): on every screen the banner and notices take at most a quarter
 * of the height, every control a finger aims at is at least 44×44 CSS px, and the first
 * screens' headings start in the top quarter, whether the course runs standalone (with its
 * notice) or in an LMS (without). Measured in Chromium while walking the longest real course.
 */
import type { BrowserContextOptions } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCourse } from '../../support/courses.ts';
import { reloadServed } from '../../support/http.ts';
import { openPlayer, useChromium, waitUntilLive } from './support/browser.ts';
import { startAll, WALKS_AT_ONCE } from './support/concurrently.ts';
import { walkCourse } from './support/learner.ts';
import { everyCourseLanguage, packageOf } from './support/packages.ts';
import { measurePhone, PHONE_VIEWPORT, QUARTER } from './support/phone-layout.ts';

const FOLDER = 'courses/self-care';
const chromium = useChromium();
const PHONE: BrowserContextOptions = { viewport: PHONE_VIEWPORT, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/** A SCORM 1.2 API on the page's own window that accepts everything: an LMS, found on the first look. */
function stubLms() {
  (window as unknown as { API: Record<string, (key?: string) => string> }).API = {
    LMSInitialize: () => 'true',
    LMSFinish: () => 'true',
    LMSCommit: () => 'true',
    LMSSetValue: () => 'true',
    LMSGetValue: (key) => ({ 'cmi.core.entry': 'ab-initio', 'cmi.core.student_id': 'phone' })[key ?? ''] ?? '',
    LMSGetLastError: () => '0',
    LMSGetErrorString: () => '',
    LMSGetDiagnostic: () => '',
  };
}

interface Walk {
  /** Each stop where the banner and notices are taller than a quarter, or a control is small. */
  problems: string[];
  /** The heading's top on the first screens: the intro and the first page. */
  firstHeadings: number[];
  notices: number;
  stops: number;
  errors: string[];
}

async function walkOnPhone(language: string): Promise<Walk> {
  const course = loadCourse(FOLDER).find((v) => v.course.language === language)!.course;
  const player = await openPlayer(chromium(), (await packageOf(FOLDER, language)).dir, PHONE);
  const { page } = player;
  const problems: string[] = [];
  const firstHeadings: number[] = [];
  let stops = 0;
  // The standalone notice comes once the session has connected (session.js, after the intro is live).
  await page.locator('.notice').first().waitFor();
  const notices = await page.locator('.notice').count();
  try {
    await walkCourse(page, course, async (stop) => {
      stops += 1;
      // The confirmation is a question shown in the banner on purpose; the resting banner is what must stay small.
      if (stop.screen === 'exit-confirm') return;
      const { chrome, heading, small } = await measurePhone(page);
      if (chrome > QUARTER) problems.push(`${stop.label}: banner and notices ${chrome.toFixed(0)}px tall`);
      problems.push(...small.map((s) => `${stop.label}: ${s}`));
      if (stop.label === 'intro' || stop.label === course.lessons[0]!.pages[0]!.id) firstHeadings.push(heading!);
    });
    return { problems, firstHeadings, notices, stops, errors: player.errors };
  } finally {
    await player.close();
  }
}

describe('on a 360×740 phone', () => {
  let walks: Map<string, Promise<Walk>>;
  beforeAll(() => {
    walks = startAll(['en', 'ar'], WALKS_AT_ONCE, walkOnPhone);
  });

  it.each(['en', 'ar'])(
    'self-care (%s), standalone: a banner of at most a quarter, 44 px controls, the first headings in the top quarter',
    async (language) => {
      const { problems, firstHeadings, notices, stops, errors } = await walks.get(language)!;
      expect(notices).toBe(1);
      expect(problems, problems.join('\n')).toEqual([]);
      expect(firstHeadings).toHaveLength(2);
      for (const top of firstHeadings) expect(top).toBeLessThanOrEqual(QUARTER);
      expect(stops).toBeGreaterThan(30);
      expect(errors).toEqual([]);
    },
    180_000,
  );

  it.each(['en', 'ar'])(
    'self-care (%s), in an LMS: the intro and first page headings in the top quarter',
    async (language) => {
      const player = await openPlayer(chromium(), (await packageOf(FOLDER, language)).dir, PHONE);
      try {
        const { page } = player;
        // The stub must be there before player.js looks: reload with it in place.
        await player.context.addInitScript(stubLms);
        await reloadServed(page);
        await waitUntilLive(page);
        expect(await page.locator('.notice').count()).toBe(0);
        const intro = await measurePhone(page);
        await page.locator('main .actions .button.primary').click();
        await page.locator('main[data-screen="page"] [data-landing]').waitFor();
        const first = await measurePhone(page);
        expect([intro.heading! <= QUARTER, first.heading! <= QUARTER]).toEqual([true, true]);
        expect([intro.chrome, first.chrome].every((h) => h <= QUARTER)).toBe(true);
        expect(player.errors).toEqual([]);
      } finally {
        await player.close();
      }
    },
  );

  it.each(everyCourseLanguage().filter((c) => c.folder.startsWith('courses/')))(
    '$name, standalone: the intro and first page headings in the top quarter, under the notice',
    async ({ folder, course }) => {
      const player = await openPlayer(chromium(), (await packageOf(folder, course.language)).dir, PHONE);
      try {
        const { page } = player;
        await page.locator('.notice').waitFor();
        const intro = await measurePhone(page);
        await page.locator('main .actions .button.primary').click();
        await page.locator('main[data-screen="page"] [data-landing]').waitFor();
        const first = await measurePhone(page);
        expect(
          { intro: intro.heading! <= QUARTER, first: first.heading! <= QUARTER },
          `${intro.heading} ${first.heading}`,
        ).toEqual({
          intro: true,
          first: true,
        });
      } finally {
        await player.close();
      }
    },
  );

  it('reports a banner taller than a quarter and a control under 44 px, so the checks above can fail', async () => {
    const player = await openPlayer(chromium(), (await packageOf('tests/fixtures/courses/mini', 'en')).dir, PHONE);
    try {
      await player.page.evaluate(() => {
        document.querySelector('header.top')!.insertAdjacentHTML('beforeend', '<div style="height:200px"></div>');
        document
          .querySelector('main')!
          .insertAdjacentHTML('afterbegin', '<button class="button" style="all:unset" id="tiny">x</button>');
      });
      const { chrome, small } = await measurePhone(player.page);
      expect(chrome).toBeGreaterThan(QUARTER);
      expect(small).toEqual([expect.stringMatching(/^button\.button "x" is [\d.]+×[\d.]+$/)]);
    } finally {
      await player.close();
    }
  });
});
