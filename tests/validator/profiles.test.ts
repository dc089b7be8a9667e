/**
 * Organisation profiles, validated as `npm run validate -- organisations/<id>` validates
 * them: the repo's demo and the two test profiles pass, and each kind of mistake a learning
 * team can make is reported at its place in profile.json, worded as the author reads it.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AA, BACKGROUNDS, brandProperties, contrastFailures } from '../../src/validator/brand-palette.ts';
import { contrast } from '../../src/validator/colour.ts';
import { DEMO_PHONE_NUMBERS, digitsOf, isExampleAddress } from '../../src/validator/example-addresses.ts';
import { nodeCourseFolder } from '../../src/validator/node-folder.ts';
import { formatProblemLine } from '../../src/validator/problem.ts';
import { validateProfileFolder } from '../../src/validator/validate-profile.ts';
import { REPO_ROOT, tempDir } from '../packaging/helpers.ts';

const temp = tempDir();
let copies = 0;

/** The problem lines for a copy of a test profile with `edit` applied, in a folder named `name`. */
function problemsOf(from: 'lakeside' | 'oasis' | 'demo', edit: (profile: any) => void, name: string = from): string[] {
  const dir = join(temp, `copy-${++copies}`, 'organisations', name);
  const source = from === 'demo' ? 'organisations/demo' : `tests/fixtures/organisations/${from}`;
  cpSync(join(REPO_ROOT, source), dir, { recursive: true });
  const profile = JSON.parse(readFileSync(join(dir, 'profile.json'), 'utf8'));
  edit(profile);
  writeFileSync(join(dir, 'profile.json'), `${JSON.stringify(profile, null, 2)}\n`);
  const { problems } = validateProfileFolder(nodeCourseFolder(dir, join(temp, `copy-${copies}`)));
  return problems.map(formatProblemLine);
}

describe('the profiles in the repo', () => {
  it.each(['organisations/demo', 'tests/fixtures/organisations/lakeside', 'tests/fixtures/organisations/oasis'])(
    '%s is valid',
    (dir) => {
      const { problems, profile } = validateProfileFolder(nodeCourseFolder(dir, REPO_ROOT));
      expect(problems.map(formatProblemLine)).toEqual([]);
      expect(profile).toBeDefined();
    },
  );

  it('marks the demo as the demo, with a warning that says how to make a real profile', () => {
    const { warnings } = validateProfileFolder(nodeCourseFolder('organisations/demo', REPO_ROOT));
    expect(warnings.map(formatProblemLine)).toMatchInlineSnapshot(`
      [
        "organisations/demo/profile.json:4:11 → demo: is true: "demo" is a fictional organisation, and its packages say "Demo contacts: replace before publishing" on every contacts block. To publish, copy organisations/demo to organisations/<your id>, put in your organisation's names, contacts and services, remove "demo", then \`npm run validate -- organisations/<your id>\` and \`npm run package -- --org <your id>\`. [demo-profile]",
      ]
    `);
  });

  it("lists the demo's own numbers, so a real profile that keeps one is refused", () => {
    const demo = readFileSync(join(REPO_ROOT, 'organisations/demo/profile.json'), 'utf8');
    const phones = [...demo.matchAll(/"phone": "([^"]+)"/g)].map((m) => digitsOf(m[1]!));
    expect([...new Set(phones)].sort()).toEqual([...DEMO_PHONE_NUMBERS].sort());
  });
});

describe('a profile that is not the demo', () => {
  it('is refused while any contact, service or support line is an example, each at its place', () => {
    const lines = problemsOf('lakeside', (p) => {
      p.contacts.en.contacts[1].email = 'wellbeing@example.org';
      p.contacts.en.contacts[2].url = 'https://help.example/line';
      p.services[0].phone = '+000 100 3000';
      p.technicalSupport.email = 'lms@support.test';
    });
    expect(lines).toMatchInlineSnapshot(`
      [
        "organisations/lakeside/profile.json:37:20 → contacts.en.contacts[1].email: "wellbeing@example.org" is on a domain reserved for examples, so whoever turns to it would reach nobody. Put your organisation's real contact here. [example-contact]",
        "organisations/lakeside/profile.json:44:18 → contacts.en.contacts[2].url: "https://help.example/line" is on a domain reserved for examples, so whoever turns to it would reach nobody. Put your organisation's real contact here. [example-contact]",
        "organisations/lakeside/profile.json:88:16 → services[0].phone: "+000 100 3000" is one of the demo profile's fictional numbers, so whoever turns to it would reach nobody. Put your organisation's real contact here. [example-contact]",
        "organisations/lakeside/profile.json:143:14 → technicalSupport.email: "lms@support.test" is on a domain reserved for examples, so whoever turns to it would reach nobody. Put your organisation's real contact here. [example-contact]",
      ]
    `);
  });

  it('tells example domains from real ones that merely contain the word', () => {
    expect(
      ['help@example.org', 'https://www.example.com/x', 'https://a.example', 'https://x.invalid/', 'me@b.test'].map(
        isExampleAddress,
      ),
    ).toEqual([true, true, true, true, true]);
    expect(['https://example.org.uk/', 'me@myexample.org', 'https://www.ifrc.org/'].map(isExampleAddress)).toEqual([
      false,
      false,
      false,
    ]);
  });
});

describe('languages', () => {
  it('needs every text in each language the profile has contacts in', () => {
    const lines = problemsOf('oasis', (p) => {
      delete p.services[0].offers.ar;
      delete p.signatory.role.en;
    });
    expect(lines).toMatchInlineSnapshot(`
      [
        "organisations/oasis/profile.json:100:17 → services[0].offers: has no "ar" text, but the profile has contacts in "ar", so its "ar" packages would show nothing here. Add "ar": "…". [profile-text-missing]",
        "organisations/oasis/profile.json:160:13 → signatory.role: has no "en" text, but the profile has contacts in "en", so its "en" packages would show nothing here. Add "en": "…". [profile-text-missing]",
      ]
    `);
  });

  it('needs an emergency contact in every language, and contacts for every language it builds', () => {
    const lines = problemsOf('oasis', (p) => {
      p.contacts.ar.contacts.shift();
      p.build.languages.push('fr');
    });
    expect(lines).toMatchInlineSnapshot(`
      [
        "organisations/oasis/profile.json:28:19 → contacts.ar.contacts: the "ar" contacts have none of kind "emergency". Add one first in the list: a learner who meets someone in danger must know where to turn at once. [no-emergency-contact]",
        "organisations/oasis/profile.json:144:7 → build.languages[2]: "fr" has no contacts in this profile, so no "fr" package can be made. Add "contacts": { "fr": … } (and "fr" to the profile's other texts), or remove it here. [no-contacts-in-language]",
      ]
    `);
  });
});

describe('regions, services and ids', () => {
  it('refuses a region that does not exist, a service with no way in, and an id used twice', () => {
    const lines = problemsOf('lakeside', (p) => {
      p.services[0].region = 'eats';
      delete p.services[1].access;
      p.contacts.en.contacts[2].id = 'wellbeing-line';
    });
    expect(lines).toMatchInlineSnapshot(`
      [
        "organisations/lakeside/profile.json:39:17 → contacts.en.contacts[2].id: "wellbeing-line" is used twice in the "en" contacts. Give each an id of its own. [duplicate-id]",
        "organisations/lakeside/profile.json:71:17 → services[0].region: "eats" is not a region of this profile (east, west). Did you mean "east"? Use the id of a region in "regions". [unknown-region]",
        "organisations/lakeside/profile.json:88:5 → services[1]: gives no way to reach it. Add a "phone", "email", "url", or "access" saying how to get there. [unreachable-service]",
      ]
    `);
  });

  it('wants the id to be the folder name', () => {
    expect(problemsOf('lakeside', () => {}, 'lakeside-rs')).toMatchInlineSnapshot(`
      [
        "organisations/lakeside-rs/profile.json:3:9 → id: is "lakeside", but the profile is in organisations/lakeside-rs/. Make them the same: \`npm run package -- --org <id>\` finds a profile by its folder. [profile-id-mismatch]",
      ]
    `);
  });
});

describe('the logo', () => {
  it('must be an SVG or PNG inside the profile folder, and exist', () => {
    expect([
      ...problemsOf('lakeside', (p) => (p.logo.src = '../logo.svg')),
      ...problemsOf('lakeside', (p) => (p.logo.src = 'logo.gif')),
      ...problemsOf('lakeside', (p) => (p.logo.src = 'Logo.svg')),
    ]).toMatchInlineSnapshot(`
      [
        "organisations/lakeside/profile.json:11:12 → logo.src: "../logo.svg" leaves the profile folder with "..". Copy the file into the profile folder and use a path inside it. [unsafe-path]",
        "organisations/lakeside/profile.json:11:12 → logo.src: "logo.gif" is not an image file. Use a file ending in .svg, .png. [wrong-file-type]",
        "organisations/lakeside/profile.json:11:12 → logo.src: "Logo.svg" is spelt "logo.svg" on disk. Write it exactly as the file is named, letter case included. [letter-case]",
      ]
    `);
  });
});

describe('brand colours', () => {
  it('are refused below WCAG AA, with the ratio and the nearest shade that passes', () => {
    const lines = problemsOf('lakeside', (p) => {
      p.colours = { brand: '#e4002b', darkAccent: '#1d4f91' };
    });
    expect(lines).toMatchInlineSnapshot(`
      [
        "organisations/lakeside/profile.json:19:14 → colours.brand: "#e4002b" reaches only 4.1:1 against --soft (#f1eee8) in the player's light colours, below the 4.5:1 WCAG AA asks of text. Use "#da0029", the nearest shade that passes everywhere, or another colour. [low-contrast]",
        "organisations/lakeside/profile.json:20:19 → colours.darkAccent: "#1d4f91" reaches only 1.6:1 against --warn-bg (#3a2c17) in the player's dark colours, below the 4.5:1 WCAG AA asks of text. Use "#6097df", the nearest shade that passes everywhere, or another colour. [low-contrast]",
      ]
    `);
  });

  it('suggest a shade that really passes, and find no fault with it', () => {
    for (const brand of ['#e4002b', '#ff6600', '#33cc99', '#9999ff', '#f5c400']) {
      const [failure] = contrastFailures({ brand });
      expect(failure?.field, brand).toBe('brand');
      expect(contrastFailures({ brand: failure!.suggestion! }), `${brand} → ${failure!.suggestion}`).toEqual([]);
    }
  });

  it('give the player readable custom properties, a dark accent included when the profile has none', () => {
    const properties = brandProperties({ brand: '#1d4f91' });
    expect(Object.keys(properties)).toEqual([
      '--org-brand',
      '--org-on-brand',
      '--org-brand-bg',
      '--org-accent-dark',
      '--org-brand-bg-dark',
    ]);
    // The derived dark accent reads on every dark background, as the validator demands of one a profile gives.
    expect(contrastFailures({ brand: '#1d4f91', darkAccent: properties['--org-accent-dark'] })).toEqual([]);
    expect(contrast(properties['--org-on-brand']!, properties['--org-brand']!)).toBeGreaterThanOrEqual(AA);
    expect(BACKGROUNDS).toContain('paper');
  });
});
