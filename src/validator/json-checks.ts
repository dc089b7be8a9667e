/**
 * Checks on an author's JSON that a parser lets through: text that was not UTF-8,
 * nesting deep enough to exhaust a recursive reader, keys that JavaScript would swallow
 * (`__proto__`), and characters no one can read (NUL, half a surrogate pair), each at
 * the place in the file where it is written.
 */
import type { Node } from 'jsonc-parser';
import { problemAt } from './error-catalogue.ts';
import { formatPath, type Problem } from './problem.ts';

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

/** A problem for the first unreadable character of a string node, at its escape in the file. */
function unreadable(node: Node, text: string, file: string, path: string, position: Position): Problem | undefined {
  const value = String(node.value);
  const index = firstUnreadable(value);
  if (index < 0) return undefined;
  const ch = value[index]!;
  const code = hex(ch);
  const raw = text.slice(node.offset, node.offset + node.length);
  const at = raw.toLowerCase().indexOf(code) >= 0 ? raw.toLowerCase().indexOf(code) : raw.indexOf(ch);
  const character = ch === '\u0000' ? 'nul' : /[\ud800-\udfff]/.test(ch) ? 'lone-surrogate' : 'control';
  return problemAt({ file, ...position(node.offset + Math.max(at, 0)), path }, 'bad-character', { character, code });
}

/** Repeated keys, reserved keys and unreadable characters, in document order. */
export function treeProblems(root: Node, text: string, file: string, position: Position): Problem[] {
  const found: Problem[] = [];
  const walk = (node: Node, path: (string | number)[]) => {
    if (node.type === 'string') {
      const problem = unreadable(node, text, file, formatPath(path), position);
      if (problem) found.push(problem);
    } else if (node.type === 'object') {
      const seen = new Set<string>();
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (!key || !value) continue;
        const name = String(key.value);
        const at = { file, ...position(key.offset), path: formatPath([...path, name]) };
        if (RESERVED_KEYS.has(name)) found.push(problemAt(at, 'reserved-key', { key: name }));
        else if (seen.has(name)) found.push(problemAt(at, 'duplicate-key', {}));
        const keyProblem = unreadable(key, text, file, formatPath([...path, name]), position);
        if (keyProblem) found.push(keyProblem);
        seen.add(name);
        walk(value, [...path, name]);
      }
    } else if (node.type === 'array') {
      (node.children ?? []).forEach((child, i) => {
        walk(child, [...path, i]);
      });
    }
  };
  walk(root, []);
  return found;
}
