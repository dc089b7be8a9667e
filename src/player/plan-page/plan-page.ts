/**
 * The learner's plan as a page of its own, to keep or print: the plan's title and intro,
 * each section's heading and the learner's own lines, then the support contacts. Built as
 * elements and serialised, so nothing the learner typed can become markup.
 */
import { markdownToPlainText } from '../../course/markdown.ts';
import { el } from '../dom.ts';
import type { PlanPageInput } from './plan-page-part.ts';

const STYLE =
  'body{font:1rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic",sans-serif;color:#1f2933;max-inline-size:40rem;margin:2rem auto;padding:0 1rem}h1{font-size:1.75rem;line-height:1.2}h2{font-size:1.2rem;margin-block:1.75rem .5rem;border-block-end:2px solid #c8d1d6}h3{font-size:1rem;margin-block:1rem .25rem}p,ul{margin-block:0 .75rem}.empty{color:#52606d}@page{margin:15mm}';

/** The whole HTML page, ready to save. */
export function planPage({ lang, dir, title, intro, sections, contacts, t }: PlanPageInput): string {
  const body = el(
    'body',
    {},
    el('h1', {}, title),
    intro && el('p', {}, markdownToPlainText(intro)),
    ...sections.flatMap((section) => [
      el('h2', {}, section.heading),
      !section.lines.length
        ? el('p', { class: 'empty' }, t.nothingYet)
        : section.kind === 'checklist'
          ? el('ul', {}, ...section.lines.map((line) => el('li', {}, line)))
          : el('div', {}, ...section.lines.map((line) => el('p', {}, line))),
    ]),
    el('h2', {}, t.supportTitle),
    contacts.note && el('p', {}, markdownToPlainText(contacts.note)),
    ...contacts.contacts.flatMap((contact) => [
      el('h3', {}, contact.name),
      el(
        'ul',
        {},
        contact.phone && el('li', {}, `${t.phone}: ${contact.phone}`),
        contact.email && el('li', {}, `${t.email}: ${contact.email}`),
        contact.url && el('li', {}, `${t.website}: ${contact.url}`),
        contact.hours && el('li', {}, `${t.hours}: ${contact.hours}`),
      ),
    ]),
  );
  const page = el('html', { lang, dir });
  page.append(el('head', {}, el('meta', { charset: 'utf-8' }), el('title', {}, title), el('style', {}, STYLE)), body);
  return `<!doctype html>\n${page.outerHTML}\n`;
}
