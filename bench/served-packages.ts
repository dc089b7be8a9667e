/**
 * The packages the browser sections load: the zips the package command just wrote,
 * extracted as an LMS would, plus a plain HTML page with the same intro text as a floor
 * for what any page costs on this machine and network.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import { escapeHtml } from '../packaging/index-html.ts';
import { textDirection } from '../src/course/language.ts';
import type { Course } from '../src/course/types.ts';
import { createFormats } from '../src/player/format.ts';
import { fill } from '../src/player/i18n/fill.ts';
import { dictionaryFor } from '../src/player/i18n/index.ts';

export interface ServedPackage {
  /** "communication/en", as the tables show it. */
  name: string;
  course: Course;
  /** The folder holding index.html. */
  dir: string;
}

/** Extracts one zip into `dir`. */
export async function extractZip(zipPath: string, dir: string): Promise<void> {
  const archive = await JSZip.loadAsync(readFileSync(zipPath));
  for (const [name, entry] of Object.entries(archive.files)) {
    if (entry.dir) continue;
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), await entry.async('uint8array'));
  }
}

/**
 * The intro screen's text as one static page in the course's language and direction, with
 * the same `main[data-screen]` and `[data-landing]` hooks, so the same probe times it. No
 * script, no stylesheet.
 */
export function writePlainPage(dir: string, course: Course): void {
  const items = course.objectives.map((o) => `<li>${escapeHtml(o.text)}</li>`).join('');
  const t = dictionaryFor(course.language);
  const minutes = fill(t.duration, createFormats(course.language).minutes(course.estimatedMinutes));
  const html = `<!doctype html>
<html lang="${escapeHtml(course.language)}" dir="${textDirection(course.language, course.direction)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(course.title)}</title></head>
<body>
<header><h1>${escapeHtml(course.title)}</h1></header>
<main data-screen="intro"><h2 data-landing>${escapeHtml(t.aboutCourse)}</h2><p>${escapeHtml(course.description)}</p>
<p>${escapeHtml(minutes)}</p><h3>${escapeHtml(t.objectives)}</h3><ul>${items}</ul>
<button type="button">${escapeHtml(t.start)}</button></main>
</body>
</html>
`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), html);
}

/** Keys whose strings are names, addresses or choices of form, not words a learner reads. */
const NOT_WORDS = new Set(['id', 'type', 'src', 'url', 'href', 'poster', 'captions', 'variant', 'icon', 'svg', 'next']);

/** Every string a learner reads in `value` (a block), in order: its words, none of its ids or addresses. */
function wordsOf(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return NOT_WORDS.has(key) || !value.includes(' ') ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((item) => wordsOf(item, key));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => (NOT_WORDS.has(k) ? [] : wordsOf(v, k)));
  return [];
}

/**
 * Every page of `course` as plain HTML in one document, for the floor of a page turn (as
 * the plain page is the floor of the first screen): each page's lesson, heading and the
 * words of its blocks as paragraphs, in the course's language and direction, no
 * stylesheet. Next swaps `<main>`'s content for the next page's, kept in a `<template>`,
 * and focus moves to its heading in the frame that shows it: the least a turn can do.
 */
export function writePlainCourse(dir: string, course: Course): number {
  const t = dictionaryFor(course.language);
  const pages = course.lessons.flatMap((lesson) =>
    lesson.pages.map(
      (page) =>
        `<p>${escapeHtml(lesson.title)}</p><h2 data-landing tabindex="-1">${escapeHtml(page.title)}</h2>${page.blocks
          .flatMap((block) => wordsOf(block))
          .map((words) => `<p>${escapeHtml(words)}</p>`)
          .join('')}<button type="button" data-next>${escapeHtml(t.next)}</button>`,
    ),
  );
  const html = `<!doctype html>
<html lang="${escapeHtml(course.language)}" dir="${textDirection(course.language, course.direction)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(course.title)}</title></head>
<body>
<header><h1>${escapeHtml(course.title)}</h1></header>
<main data-screen="page">${pages[0]}</main>
${pages.map((page, i) => `<template id="page-${i}">${page}</template>`).join('\n')}
<script>
let shown = 0;
document.addEventListener('click', (event) => {
  const next = document.getElementById('page-' + (shown + 1));
  if (!event.target.closest('[data-next]') || !next) return;
  shown += 1;
  const main = document.querySelector('main');
  main.replaceChildren(next.content.cloneNode(true));
  requestAnimationFrame(() => main.querySelector('[data-landing]').focus());
});
</script>
</body>
</html>
`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), html);
  return pages.length;
}
