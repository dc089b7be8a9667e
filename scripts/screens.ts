/**
 * `npm run screens`: pictures of the player for the README. It packages a course with the
 * real packager, serves it, walks it in Debian's Chromium (the tests' own learner) and
 * saves the key screens as PNGs, on a 360×740 phone and a 1280×800 desktop, in English and
 * Arabic: `<language>-<device>-<n>-<screen>.png`.
 *
 *   npm run screens                                   # courses/self-care into docs/screens/
 *   npm run screens -- --out /tmp/shots --course tests/fixtures/courses/mini
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import type { Course } from '../src/course/types.ts';
import { openPlayer } from '../tests/e2e/player/support/browser.ts';
import { walkCourse } from '../tests/e2e/player/support/learner.ts';
import { extractPackages } from '../tests/e2e/support/packages.ts';
import { launchChromium } from '../tests/support/chromium.ts';
import { loadCourse } from '../tests/support/courses.ts';

const ROOT = resolve(import.meta.dirname, '..');

export const DEVICES: Record<'phone' | 'desktop', BrowserContextOptions> = {
  phone: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1280, height: 800 } },
};

/** The key screens, in the order a learner meets them; file names number them so. */
const SCREENS = ['intro', 'lesson', 'question', 'conversation', 'completion', 'certificate'] as const;

/** The name a learner types for the certificate when no LMS gives one. */
const NAMES: Record<string, string> = { ar: 'أمينة يوسف', en: 'Amina Yusuf' };

export interface ScreensOptions {
  /** A course folder, relative to the repository. */
  course: string;
  /** Where the PNGs go. */
  out: string;
  /** Course languages to picture, those the course has. */
  languages: string[];
}

/** Scrolls so `selector` sits at the top of the screen, when it is on the page. */
async function scrollTo(page: Page, selector: string): Promise<void> {
  await page.evaluate((selector) => {
    document.querySelector(selector)?.scrollIntoView({ block: 'start' });
  }, selector);
}

/** Walks one course language on one device and saves its key screens; returns the files written. */
async function picture(browser: Browser, dir: string, course: Course, device: keyof typeof DEVICES, out: string) {
  const player = await openPlayer(browser, dir, { ...DEVICES[device], reducedMotion: 'reduce' });
  const { page } = player;
  const written: string[] = [];
  const shot = async (name: (typeof SCREENS)[number]) => {
    // Lazy pictures on screen load once laid out; a picture of the page waits for them.
    await page.waitForFunction(() =>
      [...document.images].every((img) => img.complete || img.getBoundingClientRect().top > innerHeight),
    );
    const file = join(out, `${course.language}-${device}-${SCREENS.indexOf(name) + 1}-${name}.png`);
    await page.screenshot({ path: file });
    written.push(file);
  };
  const firstPage = course.lessons[0]!.pages[0]!.id;
  const checkPage = course.lessons.flatMap((l) => l.pages).find((p) => p.blocks.some((b) => 'feedback' in b))?.id;
  const talkPage = course.lessons.flatMap((l) => l.pages).find((p) => p.blocks.some((b) => b.type === 'scenario'))?.id;
  try {
    await walkCourse(
      page,
      course,
      async (stop) => {
        if (stop.label === 'intro') await shot('intro');
        else if (stop.page?.id === firstPage && !stop.page?.done) await shot('lesson');
        if (stop.page?.id === checkPage && stop.page?.done) {
          await scrollTo(page, '.block-question');
          await shot('question');
        }
        if (stop.page?.id === talkPage && stop.page?.done) {
          await scrollTo(page, '.scenario .conversation > li:last-child');
          await shot('conversation');
        }
        if (stop.screen === 'summary') {
          await page.evaluate(() => window.scrollTo(0, 0));
          await shot('completion');
        }
      },
      { stayAfterSummary: true },
    );
    await page.locator('.certificate-offer .button.primary').click();
    await page.locator('#cert-learner').fill(NAMES[course.language] ?? NAMES.en!);
    await page.locator('.cert-name-form .button.primary').click();
    await page.locator('.certificate').waitFor();
    await scrollTo(page, '.certificate-offer');
    await shot('certificate');
    if (player.errors.length) throw new Error(`The player went wrong:\n${player.errors.join('\n')}`);
  } finally {
    await player.close();
  }
  return written;
}

/** Packages the course once and pictures every language on both devices; returns the files written. */
export async function captureScreens({ course, out, languages }: ScreensOptions): Promise<string[]> {
  mkdirSync(out, { recursive: true });
  const courses = new Map(loadCourse(course).map((v) => [v.course.language, v.course]));
  const packages = await extractPackages(course, 'scorm12');
  const browser = await launchChromium();
  const written: string[] = [];
  try {
    for (const language of languages) {
      const pkg = packages.find((p) => p.language === language);
      if (!pkg) throw new Error(`${course} has no ${language} version; it has ${[...courses.keys()].join(', ')}.`);
      for (const device of ['phone', 'desktop'] as const)
        written.push(...(await picture(browser, pkg.dir, courses.get(language)!, device, out)));
    }
  } finally {
    await browser.close();
  }
  return written;
}

if (process.argv[1] === import.meta.filename) {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: join(ROOT, 'docs', 'screens') },
      course: { type: 'string', default: 'courses/self-care' },
      languages: { type: 'string', default: 'en,ar' },
    },
  });
  const written = await captureScreens({
    course: values.course,
    out: resolve(values.out),
    languages: values.languages.split(','),
  });
  console.log(`Wrote ${written.length} screenshots to ${values.out}`);
}
