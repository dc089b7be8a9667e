/**
 * The safe Markdown subset authors write course text in.
 *
 * Paragraphs, bullet (`- `) and numbered (`1. `) lists, `**strong**`, `*emphasis*`,
 * `[links](https://…)` and backslash escapes. Nothing else: no headings (block titles
 * give the heading order), no images, and never raw HTML. The parser returns a tiny
 * tree that the player renders as Preact nodes, so author text never reaches innerHTML.
 * The same parser reports problems to the validator, so authors and learners see the
 * same interpretation of every string.
 */

export type Inline = string | { t: 'strong' | 'em'; c: Inline[] } | { t: 'link'; href: string; c: Inline[] };

export type MarkdownBlock = { t: 'p'; c: Inline[] } | { t: 'ul' | 'ol'; items: Inline[][] };

export interface MarkdownProblem {
  kind: 'raw-html' | 'unsafe-link';
  /** The tag found, or the link target refused. */
  detail: string;
  /** The text as the author wrote it, so the validator can point at it. */
  text: string;
}

/**
 * An inline link. Balanced brackets may appear in a target, as in
 * https://en.wikipedia.org/wiki/Grief_(disambiguation); spaces around it are allowed, as
 * in CommonMark, so `[x]( javascript:… )` is read as the link it is, and refused.
 */
export const LINK = /^\[([^\]]+)\]\([ \t]*((?:[^()\s]|\([^()\s]*\))*)[ \t]*\)/;
const SAFE_LINK = /^(https?:\/\/[^\s]+|mailto:[^\s]+|tel:\+?[0-9 ()-]+)$/i;
// A tag, a closing tag, a comment or a doctype: anything a browser would treat as markup.
const RAW_HTML = /<\/?[a-z][^>]*>|<!--|<![a-z]/i;
const BULLET = /^[-*] +/;
const NUMBERED = /^\d{1,3}[.)] +/;
const WORD = /[\p{L}\p{N}]/u;

/** True when a link target is one the player will render as a link. */
export function isSafeLink(href: string): boolean {
  return SAFE_LINK.test(href.trim());
}

/**
 * Parses author Markdown into blocks, collecting problems instead of throwing.
 * @example parseMarkdown('Call **112** now').blocks // [{ t: 'p', c: ['Call ', { t: 'strong', c: ['112'] }, ' now'] }]
 */
export function parseMarkdown(source: string): { blocks: MarkdownBlock[]; problems: MarkdownProblem[] } {
  const problems: MarkdownProblem[] = [];
  const html = RAW_HTML.exec(source);
  if (html) problems.push({ kind: 'raw-html', detail: html[0], text: html[0] });
  const blocks: MarkdownBlock[] = [];
  let paragraph: string[] = [];
  let list: { t: 'ul' | 'ol'; items: string[] } | null = null;

  const flush = () => {
    if (paragraph.length) blocks.push({ t: 'p', c: parseInline(paragraph.join(' '), problems) });
    if (list) blocks.push({ t: list.t, items: list.items.map((item) => parseInline(item, problems)) });
    paragraph = [];
    list = null;
  };

  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    const marker = BULLET.exec(line) ?? NUMBERED.exec(line);
    if (!line) {
      flush();
    } else if (marker) {
      const t = BULLET.test(line) ? 'ul' : 'ol';
      if (paragraph.length || (list && list.t !== t)) flush();
      list ??= { t, items: [] };
      list.items.push(line.slice(marker[0].length));
    } else if (list?.items.length) {
      // A continuation line belongs to the last list item.
      list.items[list.items.length - 1] += ` ${line}`;
    } else {
      paragraph.push(line);
    }
  }
  flush();
  return { blocks, problems };
}

/** Parses inline Markdown (emphasis, links, escapes) into nodes. */
export function parseInline(text: string, problems: MarkdownProblem[] = []): Inline[] {
  const out: Inline[] = [];
  let buffer = '';
  let i = 0;
  const push = (node: Inline) => {
    if (buffer) out.push(buffer);
    buffer = '';
    out.push(node);
  };

  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '\\' && i + 1 < text.length && /[\\*_[\]()`#>-]/.test(text[i + 1]!)) {
      buffer += text[i + 1];
      i += 2;
      continue;
    }
    if (ch === '*' && text[i + 1] === '*') {
      const end = text.indexOf('**', i + 2);
      if (end > i + 2) {
        push({ t: 'strong', c: parseInline(text.slice(i + 2, end), problems) });
        i = end + 2;
        continue;
      }
    }
    if ((ch === '*' || ch === '_') && text[i + 1] !== ch && text[i + 1] !== ' ') {
      const end = text.indexOf(ch, i + 1);
      // As in CommonMark, "_" inside a word is a letter, not emphasis: snake_case_name, first_last@example.org.
      const intraword = ch === '_' && (WORD.test(text[i - 1] ?? '') || WORD.test(text[end + 1] ?? ''));
      if (end > i + 1 && text[end - 1] !== ' ' && !intraword) {
        push({ t: 'em', c: parseInline(text.slice(i + 1, end), problems) });
        i = end + 1;
        continue;
      }
    }
    if (ch === '[') {
      const link = LINK.exec(text.slice(i));
      if (link) {
        const href = link[2]!;
        const label = parseInline(link[1]!, problems);
        if (isSafeLink(href)) {
          push({ t: 'link', href, c: label });
        } else {
          problems.push({ kind: 'unsafe-link', detail: href, text: link[0] });
          // Unsafe targets lose their link and keep their words.
          for (const node of label) push(node);
        }
        i += link[0].length;
        continue;
      }
    }
    buffer += ch;
    i += 1;
  }
  if (buffer) out.push(buffer);
  return out;
}

/** The plain words of a Markdown string, for word counts and accessible names. */
export function markdownToPlainText(source: string): string {
  const text = (nodes: Inline[]): string => nodes.map((n) => (typeof n === 'string' ? n : text(n.c))).join('');
  return parseMarkdown(source)
    .blocks.map((b) => (b.t === 'p' ? text(b.c) : b.items.map(text).join('\n')))
    .join('\n\n');
}
