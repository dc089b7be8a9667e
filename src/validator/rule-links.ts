/**
 * Text that looks like a link but never becomes one: Markdown link syntax in a plain-text
 * field, and link forms the Markdown subset does not read (`[x] (…)`, `[x][ref]`,
 * `[ref]: …`). Either shows the learner brackets and an address as typed, so each is a
 * warning; one whose target is a script, a data: URL or an encoded scheme is an error,
 * since no course has a reason to write it.
 */
import { isSafeLink, LINK } from '../course/markdown.ts';
import { fieldFormat } from './field-format.ts';
import type { Rule } from './rule-context.ts';
import { extractStrings } from './translations.ts';

/** Anything shaped like a link: inline with loose spacing, a reference, or a definition. */
const LINK_LIKE =
  /\[([^\]\n]+)\][ \t]*\(((?:[^()\n]|\([^()\n]*\))*)\)|\[[^\]\n]+\]\[[^\]\n]*\]|^[ \t]*\[[^\]\n]+\]:[ \t]*(\S+)/gm;

const ENTITIES: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', sol: '/', lpar: '(', rpar: ')' };

/** A target as a browser would read it: entities decoded, invisible characters gone, lower case. */
function readTarget(target: string): string {
  const read = target
    .replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16) % 0x110000))
    .replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(Number(d) % 0x110000))
    .replace(/&([a-z]+);/gi, (whole, name: string) => ENTITIES[name.toLowerCase()] ?? whole)
    .replace(/\s/g, '')
    .toLowerCase();
  // Browsers skip control characters inside a scheme, so "java\u0001script:" still runs.
  return [...read].filter((ch) => ch.charCodeAt(0) >= 0x20).join('');
}

/** True when a target would run code or smuggle content if it ever became a link. */
export function isDangerousTarget(target: string): boolean {
  return /^(?:javascript|vbscript|data|file):/.test(readTarget(target));
}

interface LinkLike {
  /** The text as written, to point at it. */
  text: string;
  target: string;
}

/** The link-like pieces of a string that the Markdown subset would not turn into links (all of them for plain text). */
export function unreadLinks(value: string, markdown: boolean): LinkLike[] {
  const found: LinkLike[] = [];
  for (const match of value.matchAll(LINK_LIKE)) {
    // "\[" is the author asking for a bracket, not a link.
    if (value[match.index - 1] === '\\') continue;
    // What the parser reads as a link is checked by the parser itself (unsafe-link in the schema).
    if (markdown && LINK.test(value.slice(match.index))) continue;
    found.push({ text: match[0].trim(), target: (match[2] ?? match[3] ?? '').trim() });
  }
  return found;
}

export const linkText: Rule = ({ course, report }) => {
  for (const { path, value } of extractStrings(course)) {
    const format = fieldFormat(course, path);
    if (!format) continue;
    for (const { text, target } of unreadLinks(value, format.markdown)) {
      if (isDangerousTarget(target)) report(path, 'unsafe-link', { target }, text);
      else if (format.markdown) report(path, 'link-not-read', { text, safe: isSafeLink(target) }, text);
      else report(path, 'link-in-plain-text', { text }, text);
    }
  }
};
