/**
 * Checks on an author's JSON that a parser lets through: text that was not UTF-8,
 * nesting deep enough to exhaust a recursive reader, keys that JavaScript would swallow
 * (`__proto__`), and characters no one can read (NUL, half a surrogate pair), each at
 * the place in the file where it is written.
 */
import { visit } from 'jsonc-parser';
import { problemAt } from './error-catalogue.ts';
import { formatPath, type JsonPath, type Problem } from './problem.ts';

/** Deeper than any course, contacts or translation file; far short of exhausting the stack. */
export const MAX_DEPTH = 32;

type Position = (offset: number) => { line: number; column: number };

/**
 * Where the text first goes deeper than `limit` brackets, counting only brackets outside
 * strings, or undefined. Runs before parsing, which would recurse once per level.
 */
export function tooDeepAt(text: string, limit = MAX_DEPTH): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92)
        i++; // a backslash escapes the next character
      else if (ch === 34) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 91 || ch === 123) {
      if (++depth > limit) return i;
    } else if (ch === 93 || ch === 125) depth--;
  }
  return undefined;
}

/**
 * Where the first character that could not be read as UTF-8 is (decoders turn each into
 * U+FFFD), and whether the file looks like UTF-16, or undefined when all of it was read.
 */
export function undecodableAt(text: string): { offset: number; encoding: 'utf-16' | 'other' } | undefined {
  const offset = text.indexOf('\ufffd');
  if (offset < 0) return undefined;
  // UTF-16 starts with a byte order mark that UTF-8 cannot read, and puts a zero byte beside every ASCII letter.
  const utf16 = text.startsWith('\ufffd\ufffd') && text.includes('\u0000');
  return { offset, encoding: utf16 ? 'utf-16' : 'other' };
}

const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** The index of the first character no reader can use: a control character, or half a surrogate pair. */
function firstUnreadable(value: string): number {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13) || c === 0x7f) return i;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return i;
    } else if (c >= 0xdc00 && c <= 0xdfff) return i;
  }
  return -1;
}

const hex = (ch: string) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** A string as written in the file: its value, and where it starts and how long it is, quotes included. */
interface WrittenString {
  value: string;
  offset: number;
  length: number;
}

/** A problem for the first unreadable character of a string, at its escape in the file. */
function unreadable(
  node: WrittenString,
  text: string,
  file: string,
  path: () => JsonPath,
  position: Position,
): Problem | undefined {
  const { value } = node;
  const index = firstUnreadable(value);
  if (index < 0) return undefined;
  const ch = value[index]!;
  const code = hex(ch);
  const raw = text.slice(node.offset, node.offset + node.length);
  const at = raw.toLowerCase().indexOf(code) >= 0 ? raw.toLowerCase().indexOf(code) : raw.indexOf(ch);
  const character = ch === '\u0000' ? 'nul' : /[\ud800-\udfff]/.test(ch) ? 'lone-surrogate' : 'control';
  const place = { file, ...position(node.offset + Math.max(at, 0)), path: formatPath(path()) };
  return problemAt(place, 'bad-character', { character, code });
}

/**
 * Repeated keys, reserved keys and unreadable characters, in document order. It reads the
 * text as it goes, building no tree, and works out a place only for a problem: a course of
 * thousands of pages has hundreds of thousands of values, and a tree of them with a path for
 * each was most of packaging's memory (issue 16). Run on text that parses.
 */
export function textProblems(text: string, file: string, position: Position): Problem[] {
  const found: Problem[] = [];
  const keys: Set<string>[] = [];
  const place = (offset: number, path: JsonPath) => ({ file, ...position(offset), path: formatPath(path) });
  visit(
    text,
    {
      onObjectBegin: () => {
        keys.push(new Set());
      },
      onObjectEnd: () => {
        keys.pop();
      },
      // The path given for a property is its object's; the property's own adds its name.
      onObjectProperty: (name, offset, length, _line, _column, objectPath) => {
        const seen = keys[keys.length - 1]!;
        const path = () => [...objectPath(), name];
        if (RESERVED_KEYS.has(name)) found.push(problemAt(place(offset, path()), 'reserved-key', { key: name }));
        else if (seen.has(name)) found.push(problemAt(place(offset, path()), 'duplicate-key', {}));
        const keyProblem = unreadable({ value: name, offset, length }, text, file, path, position);
        if (keyProblem) found.push(keyProblem);
        seen.add(name);
      },
      onLiteralValue: (value, offset, length, _line, _column, path) => {
        if (typeof value !== 'string') return;
        const problem = unreadable({ value, offset, length }, text, file, path, position);
        if (problem) found.push(problem);
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );
  return found;
}
