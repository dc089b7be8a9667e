/**
 * Translations hold strings only, keyed by the source course's stable ids. The keys
 * come from walking the source course, so a translation is checked against the
 * source structure: a missing key, an extra key or a stale source version is reported.
 *
 * Keys: `course.title`, `<lesson|page|block|objective id>.<field>`, and sub-items by
 * their ids, e.g. `q-listen.choices.a.text` or `scene-1.nodes.start.choices.ask.feedback`.
 */
import type { JsonPath } from './problem.ts';

/** Fields whose text a learner reads, and so a translator translates. */
const TRANSLATABLE = new Set([
  'title',
  'description',
  'body',
  'text',
  'prompt',
  'alt',
  'caption',
  'transcript',
  'intro',
  'hint',
  'name',
  'role',
  'label',
  'match',
  'feedback',
  'correct',
  'incorrect',
  'partial',
  'scale',
  'note',
  'hours',
]);
/** Arrays whose items own course-wide ids, so keys restart at the item's id. */
const OWNERS = new Set(['lessons', 'pages', 'blocks', 'objectives', 'questions']);

export interface SourceString {
  key: string;
  value: string;
  path: JsonPath;
}

/**
 * Lists every translatable string of a raw course, in document order.
 * @example extractStrings({ title: 'Listening' })[0] // { key: 'course.title', value: 'Listening', path: ['title'] }
 */
export function extractStrings(course: unknown): SourceString[] {
  const out: SourceString[] = [];
  const walk = (value: unknown, key: string[], path: JsonPath, translatable: boolean) => {
    if (typeof value === 'string') {
      if (translatable) out.push({ key: key.join('.'), value, path });
    } else if (Array.isArray(value)) {
      const parent = path[path.length - 1];
      value.forEach((item, i) => {
        const id =
          item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string'
            ? (item as { id: string }).id
            : undefined;
        const itemKey = id && typeof parent === 'string' && OWNERS.has(parent) ? [id] : [...key, id ?? String(i)];
        walk(item, itemKey, [...path, i], translatable);
      });
    } else if (value && typeof value === 'object') {
      const isAssessment = path.length === 1 && path[0] === 'assessment';
      const base = isAssessment ? [String((value as { id?: unknown }).id ?? 'assessment')] : key;
      for (const [field, child] of Object.entries(value)) {
        if (field === 'id' || field === '$schema') continue;
        // "correct" is an answer (an id or a boolean) on questions, and text inside feedback.
        const isText = TRANSLATABLE.has(field) && !(field === 'correct' && path[path.length - 1] !== 'feedback');
        walk(child, [...base, field], [...path, field], isText || (translatable && typeof child === 'object'));
      }
    }
  };
  walk(course, ['course'], [], false);
  return out;
}

/**
 * Strings a translation may replace but need not: the `src` of each image block, for a
 * picture with text in it, such as a labelled diagram, drawn again in each language.
 * @example optionalStrings(course)[0] // { key: 'img-framework.src', value: 'media/framework.svg', path: [...] }
 */
export function optionalStrings(course: unknown): SourceString[] {
  const out: SourceString[] = [];
  const lessons = (course as { lessons?: unknown })?.lessons;
  if (!Array.isArray(lessons)) return out;
  lessons.forEach((lesson: { pages?: unknown }, l) => {
    if (!Array.isArray(lesson?.pages)) return;
    lesson.pages.forEach((page: { blocks?: unknown }, p) => {
      if (!Array.isArray(page?.blocks)) return;
      page.blocks.forEach((block: { type?: unknown; id?: unknown; src?: unknown }, b) => {
        if (block?.type === 'image' && typeof block.id === 'string' && typeof block.src === 'string')
          out.push({ key: `${block.id}.src`, value: block.src, path: ['lessons', l, 'pages', p, 'blocks', b, 'src'] });
      });
    });
  });
  return out;
}

/** Replaces each translatable string of a raw course with its translation, leaving the source untouched. */
export function applyTranslation(course: unknown, strings: Readonly<Record<string, string>>): unknown {
  const copy = structuredClone(course);
  for (const { key, path } of [...extractStrings(course), ...optionalStrings(course)]) {
    const translated = strings[key];
    if (translated === undefined) continue;
    let parent = copy as Record<string | number, unknown>;
    for (const part of path.slice(0, -1)) parent = parent[part] as Record<string | number, unknown>;
    parent[path[path.length - 1]!] = translated;
  }
  return copy;
}

/** A fresh strings object for a new translation, with the source text as placeholders. */
export function translationTemplate(course: unknown): Record<string, string> {
  return Object.fromEntries(extractStrings(course).map(({ key, value }) => [key, value]));
}
