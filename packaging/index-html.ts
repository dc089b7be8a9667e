/**
 * The package's index.html: the page the LMS launches. The course travels inline as JSON,
 * so the player needs no fetch (which file:// and some LMS frames refuse), and player.js
 * is a classic deferred script for the same reason.
 */
import { readFileSync } from 'node:fs';
import { textDirection } from '../src/course/language.ts';
import type { Course, Organisation } from '../src/course/types.ts';
import { dictionaryFor } from '../src/player/i18n/index.ts';
import type { CourseData } from '../src/runtime/course-data.ts';
import type { ScormVersion } from '../src/scorm/scorm-version.ts';
import { prerenderIntro } from './prerender-intro.tsx';

const TEMPLATE = readFileSync(new URL('./index.template.html', import.meta.url), 'utf8');

/** Escapes text for HTML content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * JSON that is safe inside a `<script>` element: "<" is escaped so no "</script>" or
 * "<!--" can appear, and U+2028 / U+2029 are escaped for old JavaScript parsers.
 * `JSON.parse` reads the result back unchanged.
 * @example scriptSafeJson({ a: '</script>' }) // '{"a":"\\u003c/script>"}'
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
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

/** The inline course bundle, as the player will read it. */
export function courseData(course: Course, organisation: Organisation, standard: ScormVersion): CourseData {
  const ui = dictionaryFor(course.language);
  return { course: withoutSchema(course), organisation: safeColours(organisation), standard, ui };
}

/** Renders index.html for one course language, one organisation and one standard. */
export function renderIndexHtml(course: Course, organisation: Organisation, standard: ScormVersion): string {
  const data = courseData(course, organisation, standard);
  const values: Record<string, string> = {
    lang: escapeHtml(course.language),
    dir: textDirection(course.language, course.direction),
    standard,
    title: escapeHtml(course.title),
    courseData: scriptSafeJson(data),
    // Preact escapes every text and attribute it renders, so course text cannot become markup here.
    intro: prerenderIntro(course, data.organisation, standard, data.ui),
  };
  // A function replacement, so "$&" and friends inside course text are taken literally.
  return TEMPLATE.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');
}
