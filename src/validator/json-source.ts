/**
 * Parses an author's JSON file and remembers where every value is, so problems can be
 * reported at `line:column` of the file the author has open.
 */
import { findNodeAtLocation, type Node, type ParseError, parse, parseTree, printParseErrorCode } from 'jsonc-parser';
import { type EmptyFile, type JsonSyntax, problemAt } from './error-catalogue.ts';
import { MAX_DEPTH, textProblems, tooDeepAt, undecodableAt } from './json-checks.ts';
import type { JsonPath, Problem } from './problem.ts';

/** Larger files are refused: no course needs them, and they would stall editors and the preview. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

const PARSE_OPTIONS = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

export interface JsonSource {
  file: string;
  value: unknown;
  /** Line and column (1-based) of the value at `path`, or of the nearest parent that exists. */
  locate(path: JsonPath, at?: 'key' | 'value'): { line: number; column: number };
  /** Where `text` is written inside the string at `path`, or where the string starts. */
  locateText(path: JsonPath, text: string): { line: number; column: number };
}

/** Turns character offsets into 1-based line and column numbers. */
export function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

/**
 * Parses JSON text, returning the value with a locator, or the first syntax problem.
 * Comments, trailing commas and duplicate keys are reported: plain JSON only.
 * `whenEmpty` says what kind of file this is, so an empty one gets the right advice (or gives that advice).
 */
export function parseJsonSource(
  file: string,
  text: string,
  whenEmpty: EmptyFile | string = { kind: 'json' },
): { source?: JsonSource; problems: Problem[] } {
  const atStart = { file, line: 1, column: 1, path: '' };
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_FILE_BYTES) {
    return { problems: [problemAt(atStart, 'file-too-large', { bytes, limit: MAX_FILE_BYTES })] };
  }
  // A byte order mark is no part of the JSON, and editors do not count it as a column.
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  const position = lineIndex(body);
  if (!body.trim()) {
    const empty: EmptyFile = typeof whenEmpty === 'string' ? { kind: 'other', advice: whenEmpty } : whenEmpty;
    return { problems: [problemAt(atStart, 'empty-file', empty)] };
  }
  const undecodable = undecodableAt(body);
  if (undecodable)
    return {
      problems: [problemAt({ ...atStart, ...position(undecodable.offset) }, 'wrong-encoding', undecodable)],
    };
  // Checked before parsing: the parser recurses once per level, and a stack overflow has no location.
  const deep = tooDeepAt(body);
  if (deep !== undefined)
    return { problems: [problemAt({ ...atStart, ...position(deep) }, 'too-deep', { limit: MAX_DEPTH })] };
  const errors: ParseError[] = [];
  // The value alone, with no tree: a tree takes several times the file's size, and is
  // needed only to place a problem, so it is parsed again then (issue 16).
  const value: unknown = parse(body, errors, PARSE_OPTIONS);
  // Only the first syntax error is reliable: the parser's later errors are mostly echoes of it.
  if (errors[0]) return { problems: [syntaxProblem(file, body, errors[0], position)] };

  const problems = textProblems(body, file, position);
  let tree: Node | undefined;
  const nodeAt = (path: JsonPath) => {
    tree ??= parseTree(body, [], PARSE_OPTIONS)!;
    const root = tree;
    for (let depth = path.length; depth >= 0; depth--) {
      const node = findNodeAtLocation(root, [...path.slice(0, depth)]);
      if (node) return { node, exact: depth === path.length };
    }
    return { node: root, exact: path.length === 0 };
  };
  const locate: JsonSource['locate'] = (path, at = 'value') => {
    const { node, exact } = nodeAt(path);
    return position(at === 'key' && exact && node.parent?.type === 'property' ? node.parent.offset : node.offset);
  };
  const locateText: JsonSource['locateText'] = (path, needle) => {
    const { node, exact } = nodeAt(path);
    // Search the string as written, escapes and all, so the column matches the editor's.
    const found =
      exact && node.type === 'string'
        ? body.slice(node.offset, node.offset + node.length).indexOf(JSON.stringify(needle).slice(1, -1))
        : -1;
    return position(node.offset + Math.max(found, 0));
  };
  return { source: { file, value, locate, locateText }, problems };
}

function syntaxProblem(
  file: string,
  text: string,
  error: ParseError,
  position: (o: number) => { line: number; column: number },
): Problem {
  const { offset, syntax } = syntaxMistake(text, error);
  return problemAt({ file, ...position(offset), path: '' }, 'json-syntax', syntax);
}

/** The author's mistake behind a parser error, and where it is: often before where the parser noticed. */
function syntaxMistake(text: string, error: ParseError): { offset: number; syntax: JsonSyntax } {
  const code = printParseErrorCode(error.error);
  const offset = error.offset;
  const next = text[offset] ?? '';
  let before = offset - 1;
  while (before >= 0 && /\s/.test(text[before]!)) before--;
  if ((code === 'PropertyNameExpected' || code === 'ValueExpected') && text[before] === ',' && /[}\]]/.test(next))
    return { offset: before, syntax: { mistake: 'trailing-comma', next } };
  if (code === 'CommaExpected' && (next === '}' || next === ']'))
    return { offset, syntax: { mistake: 'unclosed', found: next } };
  // "01" reads as two numbers without a comma; the mistake is the leading zero.
  if (code === 'CommaExpected' && text[before] === '0' && before === offset - 1 && /\d/.test(next))
    return { offset: before, syntax: { mistake: 'parser', code: 'InvalidNumberFormat' } };
  if (code === 'CommaExpected' && before >= 0 && before < offset - 1)
    return { offset: before + 1, syntax: { mistake: 'missing-comma' } };
  if (code === 'InvalidSymbol' && next === "'") return { offset, syntax: { mistake: 'single-quotes' } };
  return { offset, syntax: { mistake: 'parser', code } };
}
