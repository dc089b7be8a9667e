import { describe, expect, it } from 'vitest';
import { lineIndex, parseJsonSource } from '../../src/validator/json-source.ts';
import { formatProblem } from '../../src/validator/problem.ts';

/** Parses text that must be valid JSON and returns its locator. */
function sourceOf(text: string) {
  const { source, problems } = parseJsonSource('c.json', text);
  expect(problems).toEqual([]);
  return source!;
}

/** The formatted problems for text that is not valid. */
const problemsOf = (text: string) => parseJsonSource('c.json', text).problems.map(formatProblem);

const COURSE = `{
  "id": "mini",
  "lessons": [
    { "id": "one", "title": "Listening" },
    {
      "id": "two",
      "tags": [1, 2]
    }
  ]
}`;

// #region Positions
describe('locate', () => {
  it('gives the line and column where a value starts', () => {
    const source = sourceOf(COURSE);
    expect(source.locate(['id'])).toEqual({ line: 2, column: 9 });
    expect(source.locate(['lessons', 0, 'title'])).toEqual({ line: 4, column: 29 });
    expect(source.locate(['lessons', 1])).toEqual({ line: 5, column: 5 });
    expect(source.locate(['lessons', 1, 'tags', 1])).toEqual({ line: 7, column: 19 });
  });

  it('gives where the key starts when asked for the key', () => {
    const source = sourceOf(COURSE);
    expect(source.locate(['lessons', 0, 'title'], 'key')).toEqual({ line: 4, column: 20 });
    expect(source.locate(['lessons'], 'key')).toEqual({ line: 3, column: 3 });
  });

  it('falls back to the nearest parent that exists', () => {
    const source = sourceOf(COURSE);
    expect(source.locate(['lessons', 1, 'title'])).toEqual({ line: 5, column: 5 });
    expect(source.locate(['lessons', 1, 'title'], 'key')).toEqual({ line: 5, column: 5 });
    expect(source.locate(['nothing', 'here'])).toEqual({ line: 1, column: 1 });
  });

  it('keeps the parsed value', () => {
    expect(sourceOf(COURSE).value).toEqual({
      id: 'mini',
      lessons: [
        { id: 'one', title: 'Listening' },
        { id: 'two', tags: [1, 2] },
      ],
    });
  });
});

describe('locateText', () => {
  it('points at text inside a string, counting escapes as written', () => {
    const source = sourceOf('{\n  "body": "Say \\"hi\\"\\n<b>then</b>"\n}');
    expect(source.locateText(['body'], '<b>')).toEqual({ line: 2, column: 24 });
  });

  it('points at the string itself when the text is not in it', () => {
    const source = sourceOf('{ "body": "plain" }');
    expect(source.locateText(['body'], '<b>')).toEqual({ line: 1, column: 11 });
    expect(source.locateText(['missing'], '<b>')).toEqual({ line: 1, column: 1 });
  });
});

describe('lineIndex', () => {
  it('turns offsets into 1-based lines and columns', () => {
    const position = lineIndex('ab\ncd\r\nef');
    expect([0, 1, 3, 4, 7].map((offset) => position(offset))).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 2 },
      { line: 2, column: 1 },
      { line: 2, column: 2 },
      { line: 3, column: 1 },
    ]);
  });
});
// #endregion

// #region Syntax errors
describe('syntax errors', () => {
  it('reports the first syntax error only, where the author must fix it', () => {
    expect(problemsOf('{\n  "a": 1\n  "b": 2\n  "c": 3\n}')).toMatchInlineSnapshot(`
      [
        "c.json:2:9 → invalid JSON: a comma is missing here, between two items. Add ",".",
      ]
    `);
  });

  it('reports a trailing comma in an object or a list at the comma', () => {
    expect([...problemsOf('{ "a": 1, }'), ...problemsOf('{ "a": [1, 2,\n] }')]).toMatchInlineSnapshot(`
      [
        "c.json:1:9 → invalid JSON: a comma before "}" has nothing after it. Remove this trailing comma.",
        "c.json:1:13 → invalid JSON: a comma before "]" has nothing after it. Remove this trailing comma.",
      ]
    `);
  });

  it('reports line and block comments', () => {
    expect([...problemsOf('{\n  // note\n  "a": 1\n}'), ...problemsOf('{ "a": 1 /* note */ }')]).toMatchInlineSnapshot(`
      [
        "c.json:2:3 → invalid JSON: comments are not allowed in JSON. Remove the comment.",
        "c.json:1:10 → invalid JSON: comments are not allowed in JSON. Remove the comment.",
      ]
    `);
  });

  it('explains quotes, unclosed brackets, bad values and text after the end', () => {
    const texts = [
      "{ 'a': 1 }",
      '{ "a": "open }',
      '{ "a": [1, 2 }',
      '[{ "a": 1 ]',
      '{ "a": { "b": 1 }',
      '{ "a": 01 }',
      '{ "a":\n}',
      '{ "a": tru }',
      '{ "a": 1 }\n}',
    ];
    expect(texts.flatMap(problemsOf)).toMatchInlineSnapshot(`
      [
        "c.json:1:3 → invalid JSON: single quotes are not JSON. Put field names and text in double quotes.",
        "c.json:1:8 → invalid JSON: a string is not closed. Add the missing double quote.",
        "c.json:1:14 → invalid JSON: a list is not closed. Add "]" before this "}".",
        "c.json:1:11 → invalid JSON: an object is not closed. Add "}" before this "]".",
        "c.json:1:18 → invalid JSON: an object is not closed. Add the missing "}".",
        "c.json:1:8 → invalid JSON: this number is not valid JSON. Write digits with an optional "." and no leading zeros.",
        "c.json:2:1 → invalid JSON: expected a value here. Add the missing value.",
        "c.json:1:8 → invalid JSON: unexpected character. Check for a missing quote or a stray character.",
        "c.json:2:1 → invalid JSON: unexpected text after the end of the JSON. Remove it, or wrap everything in one object.",
      ]
    `);
  });

  it('reports an empty or blank file, with what to do for its kind', () => {
    expect([
      ...problemsOf(''),
      ...parseJsonSource('c.json', ' \n\t\n', 'Start from a template').problems.map(formatProblem),
    ]).toEqual([
      'c.json:1:1 → the file is empty. Write its JSON, or delete the file.',
      'c.json:1:1 → the file is empty. Start from a template.',
    ]);
  });
});

describe('duplicate keys', () => {
  it('reports every repeat at its key, at any depth, and still parses the file', () => {
    const { source, problems } = parseJsonSource(
      'c.json',
      '{\n  "a": 1,\n  "list": [{ "id": "x", "id": "y" }],\n  "a": 2\n}',
    );
    expect(source?.value).toEqual({ a: 2, list: [{ id: 'y' }] });
    expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "c.json:3:25 → list[0].id: this field appears twice in the same object, and only the last one would count. Keep one.",
        "c.json:4:3 → a: this field appears twice in the same object, and only the last one would count. Keep one.",
      ]
    `);
  });
});
// #endregion
