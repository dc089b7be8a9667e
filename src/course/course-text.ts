/**
 * A course's words, apart from its structure (issue 16). A package sends the first
 * screen's words and the whole structure inline, and the words of each lesson and of the
 * ending as scripts of their own; the player puts them back as they arrive. Splitting
 * keeps every id, type, answer, link and media path: only what a learner reads leaves, so
 * the engine runs on the structure alone.
 */

import type { Organisation } from './types.ts';

/** The fields whose values a learner reads, wherever they appear below a lesson or the assessment. */
const TEXT_FIELDS = new Set([
  'title',
  'body',
  'prompt',
  'feedback',
  'text',
  'caption',
  'transcript',
  'alt',
  'intro',
  'hint',
  'name',
  'role',
  'match',
  'label',
  'description',
  // Not words, but seen with them: a picture's drawing (packaging/inline-svg.ts) travels with its lesson's words.
  'svg',
]);

/**
 * The words taken out of a value, in the value's own shape: objects keep only the keys
 * that held words or lead to them, and arrays hold 0 where an item had none.
 */
export type TextOverlay = { [key: string]: unknown } | unknown[];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Splits `value` into its structure and its words. `keep` names text fields to leave in
 * place at the top level (a lesson's title stays, for the contents list).
 * @example splitText({ id: 'a', title: 'Hello' }) // { structure: { id: 'a' }, words: { title: 'Hello' } }
 */
export function splitText<T>(
  value: T,
  keep: ReadonlySet<string> = new Set(),
): { structure: T; words: TextOverlay | undefined } {
  if (Array.isArray(value)) {
    const parts = value.map((item) => splitText(item));
    const words = parts.some((p) => p.words !== undefined) ? parts.map((p) => p.words ?? 0) : undefined;
    return { structure: parts.map((p) => p.structure) as T, words };
  }
  if (!isObject(value)) return { structure: value, words: undefined };
  const structure: Record<string, unknown> = {};
  const words: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (TEXT_FIELDS.has(key) && !keep.has(key) && isWords(field)) {
      words[key] = field;
      continue;
    }
    const part = splitText(field);
    structure[key] = part.structure;
    if (part.words !== undefined) words[key] = part.words;
  }
  return { structure: structure as T, words: Object.keys(words).length ? words : undefined };
}

/** A text field's value: a string, a list of strings (a survey's scale), or feedback's strings by verdict. */
function isWords(field: unknown): boolean {
  const strings = (values: unknown[]) => values.every((v) => typeof v === 'string');
  return (
    typeof field === 'string' ||
    (Array.isArray(field) && strings(field)) ||
    (isObject(field) && strings(Object.values(field)))
  );
}

/** Puts words taken out by splitText back into `target`, in place. */
export function mergeText(target: unknown, words: TextOverlay | undefined): void {
  if (!words) return;
  if (Array.isArray(words)) {
    if (!Array.isArray(target)) return;
    words.forEach((item, i) => {
      if (item) mergeText(target[i], item as TextOverlay);
    });
    return;
  }
  if (!isObject(target)) return;
  for (const [key, field] of Object.entries(words)) {
    const inner = target[key];
    // A key the structure still has leads further down; one it lost held the words themselves.
    if (typeof inner === 'object' && inner !== null) mergeText(inner, field as TextOverlay);
    else target[key] = field;
  }
}

/**
 * Where a package keeps the words that index.html does not carry: the names of the parts
 * holding them (src/player/load-part.ts loads each from `<name>.js`).
 */
export interface TextParts {
  /** Words any screen after the first may need: every title, the organisation's contacts and services, the interface's. */
  common: string;
  /** Lesson id → the part holding that lesson's words. */
  lessons: Record<string, string>;
  /** Words only the assessment's screens and the summary show: its questions and intro, further learning. */
  ending?: string;
}

/** Every text part a package has, the common one first. */
export function textPartNames(text: TextParts): string[] {
  return [text.common, ...Object.values(text.lessons), ...(text.ending ? [text.ending] : [])];
}

/**
 * What a text part holds: words for the course, and the organisation's contacts, regions,
 * services, signatory and support, and the interface's other words when they travel apart.
 */
export interface TextPart {
  course?: TextOverlay;
  organisation?: Partial<Organisation>;
  /** Interface words beyond the first screen's, keyed as the player's dictionary. */
  ui?: Record<string, unknown>;
}

/** Text parts are named `text-<n>`: 0 for the common words, then one per lesson in order, then the ending's. */
export const textPartName = (n: number) => `text-${n}`;
export const isTextPart = (name: string) => name.startsWith('text-');

/** A text part as the classic script a package carries: it registers the words the way load-part.ts expects. */
export function textPartScript(name: string, part: TextPart): string {
  return `(window.PssParts=window.PssParts||{})[${JSON.stringify(name)}]=${scriptSafeJson(part)};\n`;
}

/** The words a text part's script registers, read back (the author preview and `npm run check` read packages). */
export function readTextPartScript(script: string): TextPart | undefined {
  const at = script.indexOf(']=');
  if (!script.startsWith('(window.PssParts=') || at < 0) return undefined;
  try {
    return JSON.parse(
      script
        .slice(at + 2)
        .trim()
        .replace(/;$/, ''),
    ) as TextPart;
  } catch {
    return undefined;
  }
}

/**
 * JSON that is safe inside a `<script>` element or a script file: "<" is escaped so no
 * "</script>" or "<!--" can appear, and U+2028 / U+2029 for old JavaScript parsers.
 * `JSON.parse` reads the result back unchanged.
 * @example scriptSafeJson({ a: '</script>' }) // '{"a":"\\u003c/script>"}'
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Puts every text part back into a package's inline course and organisation, in place; `read` gives a part by name. */
export function mergeTextParts(
  bundle: { course: object; organisation: object; ui?: object; text?: TextParts | undefined },
  read: (name: string) => TextPart | undefined,
): void {
  if (!bundle.text) return;
  for (const name of textPartNames(bundle.text)) mergeTextPart(bundle, read(name));
}

/** Puts one text part into a course, its organisation and its interface words, in place. */
export function mergeTextPart(
  bundle: { course: object; organisation: object; ui?: object },
  part: TextPart | undefined,
) {
  mergeText(bundle.course, part?.course);
  if (part?.organisation) Object.assign(bundle.organisation, part.organisation);
  // Interface words may complete a group the first screen already has part of ("certificate").
  if (part?.ui && bundle.ui) mergeText(bundle.ui, part.ui);
}
