/**
 * The package's index.html: the page the LMS launches. The course's structure and its first
 * screen's words travel inline as JSON, so the player needs no fetch (which file:// and some
 * LMS frames refuse); the rest of its words are classic scripts beside it (course-text.ts),
 * and player.js is a classic deferred script for the same reason. The player's stylesheet is
 * inline too: linked, it cost a slow phone a second request before the pre-rendered heading
 * could paint (issue 16: 1.54× the plain page's heading linked, 1.29× inline).
 */
import { readFileSync } from 'node:fs';
import { scriptSafeJson } from '../src/course/course-text.ts';
import { textDirection } from '../src/course/language.ts';
import type { Course, Organisation } from '../src/course/types.ts';
import { packagedNumbers } from '../src/player/format.ts';
import { dictionaryFor } from '../src/player/i18n/index.ts';
import { languageNames } from '../src/player/referrals/language-names.ts';
import { lessonMinutes } from '../src/player/screens/LessonOpening.tsx';
import { partsForStart } from '../src/player/use-parts.ts';
import type { CourseData } from '../src/runtime/course-data.ts';
import type { ScormVersion } from '../src/scorm/scorm-version.ts';
import { splitCourseText } from './course-text.ts';
import { earlyStartScript } from './early-start.ts';
import { prerenderIntro } from './prerender-intro.tsx';

export { scriptSafeJson };

const TEMPLATE = readFileSync(new URL('./index.template.html', import.meta.url), 'utf8');

/** Escapes text for HTML content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// "$schema" points at an editor's schema file that is not in the package; learners never need it.
function withoutSchema<T extends { $schema?: string | undefined }>(value: T): Omit<T, '$schema'> {
  const { $schema: _schema, ...rest } = value;
  return rest;
}

// The colours become the player root's style attribute: only custom properties holding #rrggbb get there.
function safeColours({ colours, ...organisation }: Organisation): Organisation {
  const safe = Object.entries(colours ?? {}).filter(
    ([name, value]) => /^--org-[a-z-]+$/.test(name) && /^#[0-9a-f]{6}$/i.test(value),
  );
  return safe.length ? { ...organisation, colours: Object.fromEntries(safe) } : organisation;
}

// Each service's languages, named here so that no learner's page makes an Intl.DisplayNames.
function namedLanguages(organisation: Organisation, language: string): Organisation {
  const services = organisation.services.map((service) => ({
    ...service,
    languageNames: languageNames(language, service.languages),
  }));
  return { ...organisation, services };
}

/** The inline course bundle, as the player will read it, and the text parts' scripts by file name. */
export function courseData(
  course: Course,
  organisation: Organisation,
  standard: ScormVersion,
): { data: CourseData; files: Map<string, string> } {
  const ui = dictionaryFor(course.language);
  const named = namedLanguages(safeColours(organisation), course.language);
  const split = splitCourseText(withoutSchema(course) as Course, named, ui);
  return {
    data: {
      course: split.course,
      organisation: split.organisation,
      standard,
      ui: split.ui,
      text: split.text,
      numbers: packagedNumbers(
        course.language,
        course,
        course.lessons.map((lesson) => lessonMinutes(course, lesson)),
      ),
    },
    files: split.files,
  };
}

/**
 * The built player.css as the content of index.html's style element. It is the player's own
 * build, never author text, but a `</style` in it would end the element early, so it is refused.
 */
function inlineStylesheet(css: string): string {
  if (/<\/style/i.test(css))
    throw new Error('player.css contains "</style", which would end its inline style element.');
  return css.trim();
}

/**
 * Renders index.html for one course language, one organisation and one standard, with the
 * player's stylesheet (the built player.css) inline, and the text parts that go beside it.
 */
export function renderLaunchPage(
  course: Course,
  organisation: Organisation,
  standard: ScormVersion,
  stylesheet: string,
): { html: string; files: Map<string, string> } {
  const { data, files } = courseData(course, organisation, standard);
  const values: Record<string, string> = {
    stylesheet: inlineStylesheet(stylesheet),
    lang: escapeHtml(course.language),
    dir: textDirection(course.language, course.direction),
    standard,
    title: escapeHtml(course.title),
    courseData: scriptSafeJson(data),
    // What Start needs, asked for the moment it is pressed, even before player.js has arrived: as src/runtime/main.tsx asks.
    earlyStart: earlyStartScript(partsForStart(data)),
    // Rendered from the whole course with the first screen's words; the intro shows only what stays inline, so hydration matches.
    // Preact escapes every text and attribute it renders, so course text cannot become markup here.
    intro: prerenderIntro(course, safeColours(organisation), standard, data.ui),
  };
  // A function replacement, so "$&" and friends inside course text are taken literally.
  return { html: TEMPLATE.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? ''), files };
}
