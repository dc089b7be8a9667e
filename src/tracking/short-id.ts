/**
 * SCORM 2004 short identifiers for the ids a learner's answer is made of (choice, item,
 * pair and scale ids). Strict LMSs check short_identifier_type as `^[\w.]{1,250}$`
 * (Moodle 4.5: letters, digits, `_` and `.`), so the authored ids' hyphens are refused
 * there with error 406 and the answer is lost (issue 13).
 *
 * The mapping is a bijection on strings, so a report reads back to the course exactly:
 * - `-` becomes `_`. Authored ids are `^[a-z0-9]+(-[a-z0-9]+)*$` and never hold `_`, so
 *   `name-it` ↔ `name_it` is collision-free and stays readable.
 * - Any other character outside `[A-Za-z0-9-]` (never in an authored id today) becomes
 *   `.` and its UTF-16 code unit in 4 hex digits, `_` → `.005f`; `.` itself is `.002e`.
 */

const PLAIN = /[A-Za-z0-9]/;

/**
 * The short identifier written for an authored id.
 * @example toShortId('name-it') // 'name_it'
 */
export function toShortId(id: string): string {
  let out = '';
  for (const char of id) {
    if (char === '-') out += '_';
    else if (PLAIN.test(char)) out += char;
    else for (let i = 0; i < char.length; i++) out += `.${char.charCodeAt(i).toString(16).padStart(4, '0')}`;
  }
  return out;
}

/**
 * The authored id a short identifier stands for: the reverse of `toShortId`.
 * @example fromShortId('name_it') // 'name-it'
 */
export function fromShortId(short: string): string {
  // One pass, so a `_` decoded from `.005f` is never read again as a hyphen.
  return short.replace(/\.([0-9a-f]{4})|_/g, (_, hex?: string) =>
    hex ? String.fromCharCode(Number.parseInt(hex, 16)) : '-',
  );
}
