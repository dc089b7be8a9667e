/**
 * Each organisation's packages in real Chromium, made by the real `npm run package -- --org`:
 * the two test profiles (lakeside, left to right; oasis, right to left with Arabic) and the
 * demo. Each shows its logo and name, wears its colours, lists its own contacts in the
 * package's language and none of another's, offers its referral services once a region is
 * picked and remembers the region, and axe finds nothing, in light and dark.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPackage } from '../../../packaging/package-command.ts';
import { mergeTextParts, readTextPartScript } from '../../../src/course/course-text.ts';
import type { Course, Profile } from '../../../src/course/types.ts';
import { ROOT } from '../../support/courses.ts';
import { organisationDir, type TestOrganisation } from '../../support/organisations.ts';
import { builtPlayer } from '../support/packages.ts';
import { axeFindings, formatFindings } from './support/axe.ts';
import { openPlayer, useChromium } from './support/browser.ts';
import { walkCourse } from './support/learner.ts';

const chromium = useChromium();
const project = mkdtempSync(join(tmpdir(), 'pss-organisations-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

interface Case {
  org: TestOrganisation;
  course: 'sample' | 'mini';
  language: 'en' | 'ar';
  /** The region to pick, and the services it must then show. */
  region: string;
  services: string[];
}

const CASES: Case[] = [
  {
    org: 'lakeside',
    course: 'sample',
    language: 'en',
    region: 'east',
    services: ['East shore counselling', 'Lakeside mental health service'],
  },
  { org: 'oasis', course: 'mini', language: 'ar', region: 'coast', services: ['مركز الدعم في الساحل'] },
  { org: 'oasis', course: 'mini', language: 'en', region: 'valley', services: ['Valley mental health clinic'] },
  {
    org: 'demo',
    course: 'sample',
    language: 'en',
    region: 'capital',
    services: ['Restoring Family Links', 'Counselling service'],
  },
];

/**
 * The course a package carries, whole: index.html has its structure and first screen's
 * words, the text parts beside it the rest (issue 16), put back as the player puts them.
 */
function packagedCourse(dir: string): Course {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const inline = /<script type="application\/json" id="course-data">([\s\S]*?)<\/script>/.exec(html)![1]!;
  const data = JSON.parse(inline) as Parameters<typeof mergeTextParts>[0] & { course: Course };
  mergeTextParts(data, (name) => readTextPartScript(readFileSync(join(dir, `${name}.js`), 'utf8')));
  return data.course;
}

const profileOf = (org: TestOrganisation): Profile =>
  JSON.parse(readFileSync(join(ROOT, organisationDir(org), 'profile.json'), 'utf8'));

/** Each case's package, unzipped: packaged for the organisation by the command a learning team runs. */
const folders = new Map<string, string>();
const key = ({ org, course, language }: Case) => `${org}/${course}-${language}`;

beforeAll(async () => {
  for (const org of ['lakeside', 'oasis', 'demo'] as const)
    cpSync(join(ROOT, organisationDir(org)), join(project, 'organisations', org), { recursive: true });
  for (const course of ['sample', 'mini'])
    cpSync(join(ROOT, 'tests/fixtures/courses', course), join(project, 'courses', course), { recursive: true });
  const playerDir = await builtPlayer();
  const quiet = { cwd: project, log: () => {}, error: () => {}, progress: () => {} };
  for (const org of ['lakeside', 'oasis', 'demo'] as const) {
    const code = await runPackage(['--org', org, '--standard', 'scorm12', '--player-dir', playerDir], quiet);
    // The demo packages every course and language it can; the test profiles what they list.
    expect(code, org).toBe(0);
  }
  for (const c of CASES) {
    const zip = await JSZip.loadAsync(
      readFileSync(join(project, 'dist/packages', c.org, `${c.course}-${c.language}-scorm12.zip`)),
    );
    const dir = join(project, 'unzipped', key(c));
    for (const entry of Object.values(zip.files)) {
      if (entry.dir) continue;
      mkdirSync(dirname(join(dir, entry.name)), { recursive: true });
      writeFileSync(join(dir, entry.name), await entry.async('uint8array'));
    }
    folders.set(key(c), dir);
  }
}, 240_000);

/**
 * What the banner and the primary button show: the organisation's logo (an <img>, or a tiny
 * SVG drawn in the page and named like one), name, and colour.
 */
function banner(page: Page) {
  return page.evaluate(() => {
    const logo = document.querySelector('.org .logo')!;
    const shown = [...document.querySelectorAll('.org span:not(.logo)')].filter(
      (s) => getComputedStyle(s).display !== 'none',
    );
    const drawn = logo.querySelector('svg')?.getBoundingClientRect();
    return {
      logo:
        logo instanceof HTMLImageElement
          ? { alt: logo.alt, loaded: logo.complete && logo.naturalWidth > 0 }
          : { alt: logo.getAttribute('role') === 'img' && logo.getAttribute('aria-label'), loaded: drawn!.width > 0 },
      name: shown.map((s) => s.textContent),
      button: getComputedStyle(document.querySelector('main .button.primary')!).backgroundColor,
    };
  });
}

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

/** The contacts block's contact names, and the directory's services, as shown. */
function contactsShown(page: Page) {
  return page.evaluate(() => {
    // The block with the directory: a plan's printed copy of the contacts has none.
    const block = document.querySelector('main .contacts:has(.referrals-host)')!;
    return {
      contacts: [...block.querySelectorAll('.contact :is(h3, h4)')].map((h) => h.textContent),
      services: [...block.querySelectorAll('.referrals .service :is(h4, h5)')].map((h) => h.textContent),
      label: block.querySelector('.demo-label')?.textContent ?? null,
    };
  });
}

describe.each(CASES)('$org: $course in $language', (c) => {
  it('shows the organisation, its colours, its contacts in this language and its services for the region picked, with no axe finding', async () => {
    const profile = profileOf(c.org);
    const player = await openPlayer(chromium(), folders.get(key(c))!, { viewport: { width: 1280, height: 800 } });
    const { page } = player;
    const course = { course: packagedCourse(folders.get(key(c))!) };
    const problems: string[] = [];
    let seen: Awaited<ReturnType<typeof contactsShown>> | undefined;
    let remembered: string | null | undefined;
    try {
      expect(await banner(page)).toEqual({
        logo: { alt: profile.logo!.alt[c.language], loaded: true },
        name: [profile.name[c.language]],
        button: rgb(profile.colours!.brand),
      });
      await walkCourse(
        page,
        course.course,
        async (stop) => {
          const here = await page.locator('main .contacts').count();
          if (!here || !(stop.page?.done || stop.screen === 'summary')) return;
          const picker = page.locator('main .referrals select').first();
          await picker.waitFor();
          if (stop.screen === 'summary' && c.course === 'sample') {
            // Picked on the plan page, the region is already there at the end of the course.
            remembered = await picker.inputValue();
          } else await picker.selectOption(c.region);
          await page.locator('main .referrals .service').first().waitFor();
          seen = await contactsShown(page);
          for (const scheme of ['light', 'dark'] as const) {
            await page.emulateMedia({ colorScheme: scheme });
            problems.push(...formatFindings(`${stop.label} (${scheme})`, await axeFindings(page)));
          }
          await page.emulateMedia({ colorScheme: 'light' });
        },
        { stayAfterSummary: true },
      );
      const region = await page.evaluate(
        (k) => localStorage.getItem(k),
        `pss-device:${c.org}.${c.course}.${c.language}:local:#region`,
      );
      expect(region).toBe(JSON.stringify(c.region));
    } finally {
      await player.close();
    }
    expect(problems, problems.join('\n')).toEqual([]);
    expect(player.errors).toEqual([]);
    // Its own contacts in this language, and no other language's.
    const own = profile.contacts[c.language]!.contacts.map((contact) => contact.name);
    expect(seen!.contacts).toEqual(own);
    for (const [language, set] of Object.entries(profile.contacts))
      if (language !== c.language)
        for (const contact of set.contacts)
          if (!own.includes(contact.name)) expect(seen!.contacts).not.toContain(contact.name);
    expect(seen!.services).toEqual(c.services);
    expect(seen!.label).toBe(c.org === 'demo' ? 'Demo contacts: replace before publishing' : null);
    if (c.course === 'sample') expect(remembered).toBe(c.region);
  }, 180_000);
});

describe('the certificate of an organisation whose logo is a file of the package', () => {
  it('downloads with the logo inside it, the signatory and the brand colour', async () => {
    const c = CASES.find((x) => x.org === 'oasis' && x.language === 'en')!;
    const player = await openPlayer(chromium(), folders.get(key(c))!);
    try {
      const { page } = player;
      const data = { course: packagedCourse(folders.get(key(c))!) };
      await walkCourse(page, data.course, async () => {}, { stayAfterSummary: true });
      await page.locator('.certificate-offer .button.primary').click();
      await page.locator('#cert-learner').fill('Amina Yusuf');
      await page.locator('.cert-name-form .button.primary').click();
      await page.locator('.certificate').waitFor();
      expect(await page.locator('.certificate .cert-org img').getAttribute('src')).toBe('organisation/logo.png');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('.certificate-host .actions .button').nth(1).click(),
      ]);
      const file = readFileSync((await download.path())!, 'utf8');
      // The logo was a file beside the page; the downloaded page carries it, so it shows wherever it is opened.
      expect(file).toMatch(/<img src="data:image\/png;base64,[A-Za-z0-9+/=]+" alt="Oasis Relief Society logo/);
      expect(file).toContain('.certificate{--brand:#1e6b5a}');
      expect(file).toContain('<dt>Head of Volunteering</dt><dd>Layla Haddad</dd>');
      expect(player.errors).toEqual([]);
    } finally {
      await player.close();
    }
  }, 120_000);
});
