import { describe, expect, it } from 'vitest';
import { isSafeLink, markdownToPlainText, parseInline, parseMarkdown } from '../../src/course/markdown.ts';

const blocksOf = (source: string) => parseMarkdown(source).blocks;

// #region Blocks
describe('paragraphs and lists', () => {
  it('joins lines into one paragraph and splits paragraphs at blank lines', () => {
    expect(blocksOf('One line\nthe same paragraph\n\n\nSecond paragraph')).toEqual([
      { t: 'p', c: ['One line the same paragraph'] },
      { t: 'p', c: ['Second paragraph'] },
    ]);
  });

  it('reads "- " and "* " as bullets and "1. " or "1) " as numbers', () => {
    expect(blocksOf('- a\n* b\n\n1. one\n2) two')).toEqual([
      { t: 'ul', items: [['a'], ['b']] },
      { t: 'ol', items: [['one'], ['two']] },
    ]);
  });

  it('ends a paragraph where a list starts, without a blank line', () => {
    expect(blocksOf('You will:\n- listen\n- link')).toEqual([
      { t: 'p', c: ['You will:'] },
      { t: 'ul', items: [['listen'], ['link']] },
    ]);
  });

  it('adds a continuation line to the last list item', () => {
    expect(blocksOf('- first\n- second\n  goes on')).toEqual([{ t: 'ul', items: [['first'], ['second goes on']] }]);
  });

  it('starts a new list when bullets change to numbers', () => {
    expect(blocksOf('- a\n1. b')).toEqual([
      { t: 'ul', items: [['a']] },
      { t: 'ol', items: [['b']] },
    ]);
  });

  it('treats Windows line endings like Unix ones', () => {
    expect(blocksOf('a\r\nb\r\n\r\nc')).toEqual(blocksOf('a\nb\n\nc'));
  });
});
// #endregion

// #region Inline
describe('emphasis and escapes', () => {
  it('reads **strong** and *emphasis*, nested', () => {
    expect(parseInline('**Call** *now* and **stay *with* them**')).toEqual([
      { t: 'strong', c: ['Call'] },
      ' ',
      { t: 'em', c: ['now'] },
      ' and ',
      { t: 'strong', c: ['stay ', { t: 'em', c: ['with'] }, ' them'] },
    ]);
  });

  it('reads _emphasis_ but leaves underscores inside words alone', () => {
    expect(parseInline('_gently_ write to first_last@example.org')).toEqual([
      { t: 'em', c: ['gently'] },
      ' write to first_last@example.org',
    ]);
  });

  it('leaves unclosed and spaced markers as text', () => {
    expect(parseInline('**unclosed and a * b * c')).toEqual(['**unclosed and a * b * c']);
  });

  it('turns backslash escapes into the plain character', () => {
    expect(parseInline('\\*not emphasis\\* and \\[not a link\\] and \\\\')).toEqual([
      '*not emphasis* and [not a link] and \\',
    ]);
  });

  it('keeps a backslash before an ordinary character', () => {
    expect(parseInline('C:\\temp')).toEqual(['C:\\temp']);
  });
});

describe('links', () => {
  it('links to https, http, mailto and tel addresses', () => {
    expect(
      parseInline('[PS Centre](https://pscentre.org), [mail](mailto:help@example.org) or [call](tel:+41227304222)'),
    ).toEqual([
      { t: 'link', href: 'https://pscentre.org', c: ['PS Centre'] },
      ', ',
      { t: 'link', href: 'mailto:help@example.org', c: ['mail'] },
      ' or ',
      { t: 'link', href: 'tel:+41227304222', c: ['call'] },
    ]);
  });

  it('keeps balanced brackets in a link target', () => {
    expect(parseInline('[grief](https://en.wikipedia.org/wiki/Grief_(disambiguation))')).toEqual([
      { t: 'link', href: 'https://en.wikipedia.org/wiki/Grief_(disambiguation)', c: ['grief'] },
    ]);
  });

  it('parses emphasis inside a link label', () => {
    expect(parseInline('[**help**](https://example.org)')).toEqual([
      { t: 'link', href: 'https://example.org', c: [{ t: 'strong', c: ['help'] }] },
    ]);
  });

  it('drops an unsafe link to its words and reports the whole link', () => {
    const problems: Parameters<typeof parseInline>[1] = [];
    expect(parseInline('Press [here](javascript:alert(1)) now', problems)).toEqual(['Press ', 'here', ' now']);
    expect(problems).toEqual([
      { kind: 'unsafe-link', detail: 'javascript:alert(1)', text: '[here](javascript:alert(1))' },
    ]);
  });

  it('reports relative and data: links as unsafe', () => {
    expect(parseMarkdown('[a](/local) [b](data:text/html,hi)').problems.map((p) => p.detail)).toEqual([
      '/local',
      'data:text/html,hi',
    ]);
  });

  it('accepts only the link schemes the player renders', () => {
    expect(
      ['https://example.org', ' HTTP://EXAMPLE.ORG ', 'mailto:a@example.org', 'tel:+41 22 730'].filter(isSafeLink),
    ).toHaveLength(4);
    expect(
      ['javascript:alert(1)', 'data:text/html,x', 'vbscript:x', '//example.org', 'mailto:', 'https://a b'].filter(
        isSafeLink,
      ),
    ).toEqual([]);
  });
});
// #endregion

// #region HTML and plain text
describe('raw HTML', () => {
  it('reports a tag and keeps it as text, never as markup', () => {
    const { blocks, problems } = parseMarkdown('Hello <img src=x onerror=alert(1)> there');
    expect(blocks).toEqual([{ t: 'p', c: ['Hello <img src=x onerror=alert(1)> there'] }]);
    expect(problems).toEqual([
      { kind: 'raw-html', detail: '<img src=x onerror=alert(1)>', text: '<img src=x onerror=alert(1)>' },
    ]);
  });

  it('reports script tags, closing tags and comments', () => {
    expect(
      ['<script>alert(1)</script>', 'a </p> b', 'a <!-- note --> b'].map((s) => parseMarkdown(s).problems[0]?.detail),
    ).toEqual(['<script>', '</p>', '<!--']);
  });

  it('does not mistake comparisons for tags', () => {
    expect(parseMarkdown('2 < 3, 4 > 1 and <3').problems).toEqual([]);
  });
});

describe('markdownToPlainText', () => {
  it('keeps the words and drops the markup', () => {
    expect(markdownToPlainText('Call **112** *now*.\n\n- one\n- [two](https://example.org)')).toBe(
      'Call 112 now.\n\none\ntwo',
    );
  });
});
// #endregion
