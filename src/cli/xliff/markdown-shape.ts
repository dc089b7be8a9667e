/**
 * Whether a translation kept the source's Markdown: the same link targets, bold and italic
 * spans, list items and paragraphs. A CAT tool can drop a "**" or break a link's
 * "](" without anyone seeing it; this says what changed, in the translator's terms.
 */

interface Shape {
  links: string[];
  bold: number;
  italic: number;
  listItems: number;
  paragraphs: number;
}

function shapeOf(text: string): Shape {
  const links = [...text.matchAll(/\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]!).sort();
  const withoutLinks = text.replace(/\]\([^)\s]+\)/g, ']');
  const bold = (withoutLinks.match(/\*\*/g) ?? []).length;
  const italic = (withoutLinks.replace(/\*\*/g, '').match(/\*/g) ?? []).length;
  const listItems = (text.match(/^(?:- |\d+\. )/gm) ?? []).length;
  const paragraphs = text.split(/\n\s*\n/).filter((part) => part.trim()).length;
  return { links, bold, italic, listItems, paragraphs };
}

const spans = (marks: number) => {
  const count = Math.floor(marks / 2);
  return `${count} span${count === 1 ? '' : 's'}${marks % 2 ? ' and an unclosed mark' : ''}`;
};

/**
 * What the translation lost or broke of the source's Markdown, one phrase each; empty when
 * it survived.
 * @example markdownChanges('Say **no**.', 'Dites non.') // ['bold: 1 span in the source, 0 here']
 */
export function markdownChanges(source: string, target: string): string[] {
  const a = shapeOf(source);
  const b = shapeOf(target);
  const changes: string[] = [];
  const missing = a.links.filter((link) => !b.links.includes(link));
  const extra = b.links.filter((link) => !a.links.includes(link));
  if (missing.length) changes.push(`the link to ${missing.join(', ')} is missing or broken`);
  if (extra.length) changes.push(`a link to ${extra.join(', ')} is not in the source`);
  if (a.bold !== b.bold) changes.push(`bold: ${spans(a.bold)} in the source, ${spans(b.bold)} here`);
  if (a.italic !== b.italic) changes.push(`italic: ${spans(a.italic)} in the source, ${spans(b.italic)} here`);
  if (a.listItems !== b.listItems)
    changes.push(
      `list items: ${a.listItems} in the source, ${b.listItems} here (each starts a line with "- " or "1. ")`,
    );
  if (a.paragraphs !== b.paragraphs)
    changes.push(`paragraphs: ${a.paragraphs} in the source, ${b.paragraphs} here (a blank line separates them)`);
  return changes;
}
