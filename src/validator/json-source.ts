/**
 * Parses an author's JSON file and remembers where every value is, so problems can be
 * reported at `line:column` of the file the author has open.
 */
import {
  findNodeAtLocation,
  getNodeValue,
  type Node,
  type ParseError,
  parseTree,
  printParseErrorCode,
} from 'jsonc-parser';
import { formatPath, type JsonPath, type Problem } from './problem.ts';

/** Larger files are refused: no course needs them, and they would stall editors and the preview. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface JsonSource {
  file: string;
  value: unknown;
  /** Line and column (1-based) of the value at `path`, or of the nearest parent that exists. */
  locate(path: JsonPath, at?: 'key' | 'value'): { line: number; column: number };
  /** Where `text` is written inside the string at `path`, or where the string starts. */
  locateText(path: JsonPath, text: string): { line: number; column: number };
}

const SYNTAX_HINTS: Record<string, string> = {
  InvalidSymbol: 'unexpected character. Check for a missing quote or a stray character',
  InvalidNumberFormat: 'this number is not valid JSON. Write digits with an optional "." and no leading zeros',
  PropertyNameExpected: 'expected a field name in double quotes. Quote the name, or remove the stray text',
  ValueExpected: 'expected a value here. Add the missing value',
  ColonExpected: 'expected ":" after the field name',
  CommaExpected: 'expected a comma between these two items',
  CloseBraceExpected: 'an object is not closed. Add the missing "}"',
  CloseBracketExpected: 'a list is not closed. Add the missing "]"',
  EndOfFileExpected: 'unexpected text after the end of the JSON. Remove it, or wrap everything in one object',
  InvalidCommentToken: 'comments are not allowed in JSON. Remove the comment',
  UnexpectedEndOfComment: 'comments are not allowed in JSON. Remove the comment',
  UnexpectedEndOfString: 'a string is not closed. Add the missing double quote',
  UnexpectedEndOfNumber: 'a number is cut short',
  InvalidUnicode: 'invalid \\u escape. Use four hex digits, such as \\u00e9',
  InvalidEscapeCharacter: 'invalid escape. Inside strings, write \\" for a quote and \\\\ for a backslash',
  InvalidCharacter: 'a control character such as a tab or newline is inside a string. Use \\n or \\t instead',
};

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
 * `whenEmpty` tells the author what to do with an empty file of this kind.
 */
export function parseJsonSource(
  file: string,
  text: string,
  whenEmpty = 'Write its JSON, or delete the file',
): { source?: JsonSource; problems: Problem[] } {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_FILE_BYTES) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    return {
      problems: [
        {
          file,
          line: 1,
          column: 1,
          path: '',
          rule: 'file-too-large',
          message: `the file is ${mb(bytes)}, above the ${mb(MAX_FILE_BYTES)} limit. Move media into files of their own and keep only text in the JSON`,
        },
      ],
    };
  }
  const position = lineIndex(text);
  if (!text.trim()) {
    return {
      problems: [
        { file, line: 1, column: 1, path: '', rule: 'empty-file', message: `the file is empty. ${whenEmpty}` },
      ],
    };
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  // Only the first syntax error is reliable: the parser's later errors are mostly echoes of it.
  if (errors[0]) return { problems: [syntaxProblem(file, text, errors[0], position)] };
  if (!root) return { problems: [] };

  const problems = duplicateKeys(root, [], file, position);
  const nodeAt = (path: JsonPath) => {
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
        ? text.slice(node.offset, node.offset + node.length).indexOf(JSON.stringify(needle).slice(1, -1))
        : -1;
    return position(node.offset + Math.max(found, 0));
  };
  return { source: { file, value: getNodeValue(root), locate, locateText }, problems };
}

function syntaxProblem(
  file: string,
  text: string,
  error: ParseError,
  position: (o: number) => { line: number; column: number },
): Problem {
  const code = printParseErrorCode(error.error);
  let offset = error.offset;
  let hint = SYNTAX_HINTS[code] ?? code;
  // The parser notices a comma problem at the next token; the author's mistake is before it.
  let before = offset - 1;
  while (before >= 0 && /\s/.test(text[before]!)) before--;
  if (
    (code === 'PropertyNameExpected' || code === 'ValueExpected') &&
    text[before] === ',' &&
    /[}\]]/.test(text[offset] ?? '')
  ) {
    offset = before;
    hint = `a comma before "${text[error.offset]}" has nothing after it. Remove this trailing comma`;
  } else if (code === 'CommaExpected' && /[}\]]/.test(text[offset] ?? '')) {
    // A "}" where the parser wanted "," is inside a list, so the list was never closed; and the other way round.
    const [missing, what] = text[offset] === '}' ? [']', 'a list'] : ['}', 'an object'];
    hint = `${what} is not closed. Add "${missing}" before this "${text[offset]}"`;
  } else if (
    code === 'CommaExpected' &&
    text[before] === '0' &&
    before === offset - 1 &&
    /\d/.test(text[offset] ?? '')
  ) {
    // "01" reads as two numbers without a comma; the mistake is the leading zero.
    offset = before;
    hint = SYNTAX_HINTS.InvalidNumberFormat!;
  } else if (code === 'CommaExpected' && before >= 0 && before < offset - 1) {
    offset = before + 1;
    hint = 'a comma is missing here, between two items. Add ","';
  } else if (code === 'InvalidSymbol' && text[offset] === "'") {
    hint = 'single quotes are not JSON. Put field names and text in double quotes';
  }
  return { file, ...position(offset), path: '', rule: 'json-syntax', message: `invalid JSON: ${hint}` };
}

function duplicateKeys(
  node: Node,
  path: (string | number)[],
  file: string,
  position: (o: number) => { line: number; column: number },
): Problem[] {
  const found: Problem[] = [];
  if (node.type === 'object') {
    const seen = new Set<string>();
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? [];
      if (!key || !value) continue;
      const name = String(key.value);
      if (seen.has(name)) {
        found.push({
          file,
          ...position(key.offset),
          path: formatPath([...path, name]),
          rule: 'duplicate-key',
          message: `this field appears twice in the same object, and only the last one would count. Keep one`,
        });
      }
      seen.add(name);
      found.push(...duplicateKeys(value, [...path, name], file, position));
    }
  } else if (node.type === 'array') {
    (node.children ?? []).forEach((child, i) => {
      found.push(...duplicateKeys(child, [...path, i], file, position));
    });
  }
  return found;
}
