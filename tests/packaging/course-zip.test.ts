/**
 * One course packaged in memory: the zip's files, manifest, dates, media and schemas, in both
 * standards. Long because each property of the zip is asserted on its own.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { structureProblems } from '../../packaging/check/structure.ts';
import { withDrawings } from '../../packaging/course-drawings.ts';
import { packageCourse, packageFileName } from '../../packaging/course-zip.ts';
import { earlyStartScript } from '../../packaging/early-start.ts';
import { renderLaunchPage } from '../../packaging/index-html.ts';
import { inlineSvg } from '../../packaging/inline-svg.ts';
import { SCHEMA_FILES, schemaFolder } from '../../packaging/scorm-xsd-files.ts';
import { ZIP_DATE } from '../../packaging/zip-writer.ts';
import { hasActivities } from '../../src/course/kinds.ts';
import type { Course, Organisation, Picture } from '../../src/course/types.ts';
import { packagedNumbers } from '../../src/player/format.ts';
import { ar } from '../../src/player/i18n/ar.ts';
import { dictionaryFor } from '../../src/player/i18n/index.ts';
import { languageNames } from '../../src/player/referrals/language-names.ts';
import { lessonMinutes } from '../../src/player/screens/LessonOpening.tsx';
import { partsForStart } from '../../src/player/use-parts.ts';
import type { CourseData } from '../../src/runtime/course-data.ts';
import { SCORM_VERSIONS, type ScormVersion } from '../../src/scorm/scorm-version.ts';
import { packageInputFor } from '../support/organisations.ts';
import { parseHtml } from './dom.ts';
import {
  copyFixture,
  fakePlayer,
  fixtureDir,
  inlineCourseData,
  tempDir,
  text,
  unzip,
  validate,
  wholeCourseData,
  withoutSchema,
} from './helpers.ts';

const temp = tempDir();
const playerDir = fakePlayer(temp);
const COURSES = (['sample', 'mini'] as const).flatMap((name) =>
  validate(fixtureDir(name)).map((validated) => ({ name, validated })),
);
const built: {
  name: string;
  language: string;
  standard: ScormVersion;
  bytes: Uint8Array;
  files: Map<string, Uint8Array>;
  validated: (typeof COURSES)[number]['validated'];
}[] = [];

beforeAll(async () => {
  for (const { name, validated } of COURSES) {
    for (const standard of SCORM_VERSIONS) {
      const bytes = await packageCourse(packageInputFor(validated), {
        standard,
        courseDir: fixtureDir(name),
        playerDir,
      });
      built.push({ name, language: validated.course.language, standard, bytes, files: await unzip(bytes), validated });
    }
  }
});
const find = (name: string, language: string, standard: ScormVersion) =>
  built.find((b) => b.name === name && b.language === language && b.standard === standard)!;

// #region Layout
describe('zip layout', () => {
  it('puts everything at the root or below it, with the manifest at the root', () => {
    expect([...find('sample', 'en', 'scorm12').files.keys()]).toMatchInlineSnapshot(`
      [
        "activities.js",
        "adlcp_rootv1p2.xsd",
        "certificate.js",
        "ending.js",
        "ims_xml.xsd",
        "imscp_rootv1p1p2.xsd",
        "imsmanifest.xml",
        "imsmd_rootv1p2p1.xsd",
        "index.html",
        "media/cover.svg",
        "media/listening.svg",
        "media/listening.vtt",
        "media/listening.webm",
        "media/welcome.ogg",
        "media/welcome.vtt",
        "organisation/logo.svg",
        "page.js",
        "plan-page.js",
        "player.js",
        "referrals.js",
        "session.js",
        "text-0.js",
        "text-1.js",
        "text-2.js",
        "text-3.js",
      ]
    `);
  });

  it('carries every SCORM 2004 4th Edition schema file, and the DTDs xml.xsd names', () => {
    const names = [...find('mini', 'en', 'scorm2004').files.keys()].filter((n) => /\.(xsd|dtd)$/.test(n));
    expect(names).toEqual([...SCHEMA_FILES.scorm2004]);
    expect(names.filter((n) => n.startsWith('imsss_v1p0'))).toHaveLength(10);
  });

  it('ships the schema files unchanged, and every file they import or include', () => {
    for (const standard of SCORM_VERSIONS) {
      const files = find('sample', 'en', standard).files;
      for (const name of SCHEMA_FILES[standard]) {
        const content = files.get(name)!;
        expect(Buffer.from(content).equals(readFileSync(join(schemaFolder(standard), name)))).toBe(true);
        // schemaLocation="x.xsd", and DTD references such as "XMLSchema.dtd" or 'datatypes.dtd'.
        const references = [...text(content).matchAll(/schemaLocation\s*=\s*"([^"]+)"|["']([\w.-]+\.dtd)["']/g)].map(
          (m) => m[1] ?? m[2]!,
        );
        for (const ref of references.filter((r) => !/^https?:/.test(r)))
          expect(files.has(ref), `${name} needs ${ref}`).toBe(true);
      }
    }
  });

  it('copies player.js unchanged, and puts player.css inline in index.html rather than beside it', () => {
    const files = find('mini', 'en', 'scorm12').files;
    expect(text(files.get('player.js'))).toBe(readFileSync(join(playerDir, 'player.js'), 'utf8'));
    expect(files.has('player.css')).toBe(false);
    const style = parseHtml(text(files.get('index.html'))).querySelector('head style#pss-player-style');
    expect(style?.textContent).toBe(readFileSync(join(playerDir, 'player.css'), 'utf8').trim());
  });

  it('refuses a stylesheet that would end its inline style element early', () => {
    const { course } = find('mini', 'en', 'scorm12').validated;
    expect(() =>
      renderLaunchPage(
        course,
        packageInputFor(find('mini', 'en', 'scorm12').validated).organisation,
        'scorm12',
        'a{}</STYLE><script>',
      ),
    ).toThrow('player.css contains "</style"');
  });

  it('copies only the media the course uses', async () => {
    const dir = copyFixture('mini', temp);
    writeFileSync(join(dir, 'media', 'draft.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(join(dir, 'notes.txt'), 'not for learners');
    const files = await unzip(
      await packageCourse(packageInputFor(validate(dir)[0]!), { standard: 'scorm12', courseDir: dir, playerDir }),
    );
    // Beside the media: the player and its parts, the course's words in text parts, and the organisation's logo.
    expect([...files.keys()].filter((n) => !/\.(xsd|dtd)$/.test(n) && !/^text-\d+\.js$/.test(n))).toEqual([
      'activities.js',
      'certificate.js',
      'ending.js',
      'imsmanifest.xml',
      'index.html',
      'media/listening.svg',
      'organisation/logo.svg',
      'page.js',
      'plan-page.js',
      'player.js',
      'referrals.js',
      'session.js',
    ]);
  });

  it("packages the organisation's logo as a file of its own, drawn in the banner when it is a tiny SVG", () => {
    // oasis's PNG logo is 1.9 KB: a file, fetched beside the page, never base64 inside index.html.
    const oasis = find('mini', 'ar', 'scorm2004').files;
    expect([...oasis.keys()].filter((n) => n.startsWith('organisation/'))).toEqual(['organisation/logo.png']);
    const html = text(oasis.get('index.html'));
    expect(html).not.toContain('data:image/png');
    expect(parseHtml(html).querySelector('.org img')?.getAttribute('src')).toBe('organisation/logo.png');
    // lakeside's SVG logo is 247 bytes: drawn in the banner, named by its alt text, so no
    // <img>, no request and no SVG document; its file still goes along, so `src` names a file that is there.
    const lakeside = find('mini', 'en', 'scorm2004').files;
    expect([...lakeside.keys()].filter((n) => n.startsWith('organisation/'))).toEqual(['organisation/logo.svg']);
    const banner = parseHtml(text(lakeside.get('index.html'))).querySelector('.org')!;
    expect(banner.querySelector('img')).toBeNull();
    const logo = banner.querySelector('.logo')!;
    expect(logo.getAttribute('role')).toBe('img');
    expect(logo.getAttribute('aria-label')).toMatch(/\S/);
    expect(logo.querySelector('svg')?.getAttribute('viewBox')).toMatch(/^0 0 /);
  });

  it('names packages by course, language and standard', () => {
    expect(packageFileName(find('mini', 'ar', 'scorm2004').validated.course, 'scorm2004')).toBe(
      'mini-ar-scorm2004.zip',
    );
  });
});
// #endregion

// #region Structure the schemas cannot check
describe('package structure', () => {
  it('resolves every reference and lists every file, in every package', () => {
    expect(built).toHaveLength(6);
    for (const { name, language, standard, files } of built)
      expect(structureProblems(files), `${name}-${language}-${standard}`).toEqual([]);
  });

  it('catches a missing file, an unlisted file, a dangling reference and an unsafe path', () => {
    const files = new Map(find('mini', 'en', 'scorm2004').files);
    files.delete('page.js');
    files.set('media/extra.png', new Uint8Array());
    files.set('../evil.js', new Uint8Array());
    files.set(
      'imsmanifest.xml',
      new TextEncoder().encode(
        text(files.get('imsmanifest.xml')).replace('identifierref="sco-1"', 'identifierref="sco-2"'),
      ),
    );
    expect(structureProblems(files)).toMatchInlineSnapshot(`
      [
        "../evil.js: contains ".."",
        "item "item-1" refers to "sco-2", which is no resource",
        "href "page.js" is not in the zip",
        "media/extra.png is in the zip but not listed in the manifest",
        "../evil.js is in the zip but not listed in the manifest",
      ]
    `);
  });
});
// #endregion

// #region index.html and the inline course
/** The organisation as a package carries it: each service's languages named in the course's language. */
function packagedOrganisation(organisation: Organisation, language: string): Organisation {
  const services = organisation.services.map((s) => ({ ...s, languageNames: languageNames(language, s.languages) }));
  return { ...organisation, services };
}

describe('index.html', () => {
  it('carries the validated course, its organisation, the standard and the interface text, inline and in text parts', () => {
    for (const { files, validated, standard } of built) {
      // Every language's interface text travels with the course, English too: player.js carries none.
      expect(wholeCourseData(files)).toEqual({
        // Each lesson picture and image block drawn from its file in the zip; tested below.
        course: withDrawings(withoutSchema(validated.course), (path) => files.get(path) as Uint8Array),
        organisation: packagedOrganisation(packageInputFor(validated).organisation, validated.course.language),
        standard,
        ui: dictionaryFor(validated.course.language),
        text: {
          common: 'text-0',
          lessons: expect.any(Object),
          // The assessment's and further learning's words, after every lesson's.
          ...(validated.course.assessment || validated.course.furtherLearning?.length
            ? { ending: `text-${validated.course.lessons.length + 1}` }
            : {}),
        },
        // The language's number shapes and the minutes shown, so no page loads locale data.
        numbers: packagedNumbers(
          validated.course.language,
          validated.course,
          validated.course.lessons.map((lesson) => lessonMinutes(validated.course, lesson)),
        ),
      });
    }
    expect(wholeCourseData(find('mini', 'ar', 'scorm12').files)).toMatchObject({ ui: { next: ar.next } });
  });

  it('draws lesson pictures and image blocks inline, with their words, and keeps the cover an <img>', () => {
    const { files } = find('sample', 'en', 'scorm12');
    const course = wholeCourseData(files).course as Course;
    const picture: Picture = course.lessons[0]!.image!;
    const block = course.lessons[0]!.pages[0]!.blocks.find((b) => b.type === 'image')!;
    const drawn = inlineSvg(text(files.get(picture.src)), picture.width, picture.height);
    expect(drawn).toEqual({ svg: expect.stringMatching(/^<svg direction='ltr' viewBox='0 0 320 180' /) });
    expect(picture.svg).toBe((drawn as { svg: string }).svg);
    expect(block).toMatchObject({ src: 'media/listening.svg', svg: expect.stringMatching(/^<svg /) });
    // The drawings travel with the lesson's words, not in index.html; the cover is the first
    // screen's, and its drawing would cost the first screen's bytes twice.
    const html = text(files.get('index.html'));
    expect(html).not.toContain("viewBox='0 0 320 180'");
    expect(text(files.get('text-1.js'))).toContain("viewBox='0 0 320 180'");
    expect(course.cover).toBeDefined();
    expect((course.cover as Picture).svg).toBeUndefined();
    expect(parseHtml(html).querySelector('img.cover')?.getAttribute('src')).toBe(course.cover!.src);
  });

  it("keeps inline only the course's structure and its first screen's words (issue 16)", () => {
    const { files, validated } = find('sample', 'en', 'scorm12');
    const inline = inlineCourseData(text(files.get('index.html'))) as {
      course: Course;
      organisation: Organisation;
      ui: Record<string, unknown>;
      text: { lessons: Record<string, string>; ending: string };
    };
    const { course } = validated;
    const firstText = course.lessons[0]!.pages[0]!.blocks.find((b) => b.type === 'text')!;
    const json = JSON.stringify(inline);
    // The intro's words and the organisation's banner are inline; a lesson's, its titles and the contacts are in text parts.
    expect(json).toContain(JSON.stringify(course.description));
    expect(json).not.toContain(JSON.stringify((firstText as { body: string }).body));
    expect(json).not.toContain(JSON.stringify(course.lessons[0]!.pages[0]!.title));
    const {
      contacts: _contacts,
      services: _services,
      technicalSupport: _support,
      ...banner
    } = packageInputFor(validated).organisation;
    const { organisation } = packageInputFor(validated);
    expect(inline.organisation).toEqual({ ...banner, contacts: { contacts: [] }, regions: [], services: [] });
    expect(wholeCourseData(files).organisation).toEqual(packagedOrganisation(organisation, 'en'));
    expect(inline.ui.start).toBe('Start');
    expect(inline.ui.next).toBeUndefined();
    expect(text(files.get(`${inline.text.lessons[course.lessons[0]!.id]}.js`))).toContain(
      JSON.stringify((firstText as { body: string }).body).slice(1, -1),
    );
    // The assessment's questions wait for its screens; its title is with the others, for the contents list.
    const assessment = course.assessment!;
    const prompt = JSON.stringify(assessment.questions[0]!.prompt).slice(1, -1);
    expect(text(files.get('text-0.js'))).toContain(JSON.stringify(assessment.title).slice(1, -1));
    expect(text(files.get('text-0.js'))).not.toContain(prompt);
    expect(text(files.get(`${inline.text.ending}.js`))).toContain(prompt);
    // What the engine runs on stays: every page, question, answer and scenario node.
    expect(inline.course.lessons.flatMap((l) => l.pages.map((p) => p.id))).toEqual(
      course.lessons.flatMap((l) => l.pages.map((p) => p.id)),
    );
  });

  it("names each service's languages in the course's language, so the directory makes no Intl object (issue 16)", () => {
    const named = (language: string) =>
      (wholeCourseData(find('mini', language, 'scorm12').files).organisation as Organisation).services.map((s) => [
        s.languages.join(' '),
        s.languageNames,
      ]);
    expect(named('en')).toContainEqual(['en fr', 'English and French']);
    expect(named('ar')).toContainEqual(['ar en', 'العربية والإنجليزية']);
    for (const language of ['en', 'ar']) for (const [, names] of named(language)) expect(names).toMatch(/\p{L}{3}/u);
  });

  it('sets language, direction and standard on <html>, and loads the player as a classic deferred script', () => {
    const document = parseHtml(text(find('mini', 'ar', 'scorm12').files.get('index.html')));
    const html = document.documentElement;
    expect([html.lang, html.dir, html.dataset.standard]).toEqual(['ar', 'rtl', 'scorm12']);
    expect(document.querySelector('meta[name=viewport]')?.getAttribute('content')).toContain('width=device-width');
    expect(document.querySelector('noscript')?.textContent).toContain('needs JavaScript');
    // The stylesheet is inline, so the heading paints without a second request.
    expect(document.querySelector('link[rel=stylesheet]')).toBeNull();
    expect(document.head.querySelector('style#pss-player-style')?.textContent).toBe(
      readFileSync(join(playerDir, 'player.css'), 'utf8').trim(),
    );
    const scripts = [...document.querySelectorAll('script')];
    // player.js in the head, deferred: it downloads while the page arrives and runs once it is parsed.
    // Before it, the one inline script: a Start pressed before player.js runs (packaging/early-start.ts).
    expect(scripts.map((s) => [s.id, s.type, s.getAttribute('src'), s.defer])).toEqual([
      ['', '', null, false],
      ['', '', 'player.js', true],
      ['course-data', 'application/json', null, false],
    ]);
    expect(document.head.querySelector('script[src="player.js"]')).not.toBeNull();
    expect(scripts[0]!.parentElement).toBe(document.head);
    expect(document.title).toBe('دقيقة من الإصغاء');
  });

  it('renders the intro into index.html, so the course shows before player.js runs', () => {
    const document = parseHtml(text(find('mini', 'ar', 'scorm12').files.get('index.html')));
    const main = document.querySelector('#app main');
    expect(main?.getAttribute('data-screen')).toBe('intro');
    expect(document.querySelector('#app h1')?.textContent).toBe('دقيقة من الإصغاء');
    expect(document.querySelector('#app .player')?.getAttribute('dir')).toBe('rtl');
    // The intro in the course's interface language, not English.
    expect(document.querySelector('#app main button')?.textContent).toBe(ar.start);
  });

  it('asks, when Start is pressed before player.js runs, for what the first page needs and nothing else', () => {
    const named = (id: string) => {
      const html = text(find(id, 'en', 'scorm12').files.get('index.html'));
      const early = parseHtml(html).querySelector('script:not([src]):not([type])')!.textContent!;
      const data = JSON.parse(/id="course-data">([\s\S]*?)<\/script>/.exec(html)![1]!) as CourseData;
      return { asked: JSON.parse(/of (\[[^\]]*\])/.exec(early)![1]!) as string[], data };
    };
    const mini = named('mini');
    expect(mini.asked).toEqual(partsForStart(mini.data));
    expect(mini.asked).toEqual(['session', 'page', 'text-0', 'text-1']);
    // A first page with a question needs the activities too.
    const { validated } = find('sample', 'en', 'scorm12');
    const lessons = validated.course.lessons;
    const active = lessons.flatMap((lesson) => lesson.pages).find(hasActivities)!;
    const first = { ...lessons[0]!, pages: [active, ...lessons[0]!.pages.filter((page) => page !== active)] };
    const course = { ...validated.course, lessons: [first, ...lessons.slice(1)] } as Course;
    const html = renderLaunchPage(course, packageInputFor(validated).organisation, 'scorm12', '').html;
    expect(/of (\[[^\]]*\])/.exec(html)![1]).toBe('["session","page","activities","text-0","text-1"]');
  });

  it('refuses a part name the early Start script could not ask for as a file', () => {
    expect(earlyStartScript(['session', 'text-0'])).toContain('["session","text-0"]');
    expect(() => earlyStartScript(['session', '../x'])).toThrow('"../x" is not a part name');
    expect(() => earlyStartScript(['a"+alert(1)+"'])).toThrow('is not a part name');
  });

  it('keeps course text that looks like HTML from closing the script', async () => {
    const [validated] = validate(fixtureDir('mini'));
    const title = 'Listen </script><script>alert(1)</script> <!-- \u2028\u2029 & more';
    const course = { ...validated!.course, title } as Course;
    const files = await unzip(
      await packageCourse(
        { ...packageInputFor(validated!), course },
        { standard: 'scorm2004', courseDir: fixtureDir('mini'), playerDir },
      ),
    );
    const html = text(files.get('index.html'));
    const raw = /id="course-data">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(raw).not.toMatch(/[\u2028\u2029<]/);
    const document = parseHtml(html);
    expect(document.querySelectorAll('script')).toHaveLength(3);
    expect(JSON.parse(document.getElementById('course-data')!.textContent!).course.title).toBe(title);
    expect(document.title).toBe(title);
  });
});
// #endregion

// #region Determinism
describe('deterministic output', () => {
  afterEach(() => vi.useRealTimers());

  it('gives byte-identical zips for the same input, whatever the clock says', async () => {
    const [validated] = validate(fixtureDir('sample'));
    const options = { standard: 'scorm2004' as const, courseDir: fixtureDir('sample'), playerDir };
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-05-06T07:08:09Z'));
    const first = await packageCourse(packageInputFor(validated!), options);
    vi.setSystemTime(new Date('2042-11-12T13:14:15Z'));
    const second = await packageCourse(packageInputFor(validated!), options);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect(Buffer.from(first).equals(Buffer.from(find('sample', 'en', 'scorm2004').bytes))).toBe(true);
  });

  it('stores entries sorted, with one fixed date', async () => {
    const zip = await JSZip.loadAsync(find('sample', 'en', 'scorm12').bytes);
    const entries = Object.values(zip.files);
    expect(entries.map((e) => e.name)).toEqual(entries.map((e) => e.name).sort());
    expect(new Set(entries.map((e) => e.date.toISOString()))).toEqual(new Set([ZIP_DATE.toISOString()]));
  });
});
// #endregion
