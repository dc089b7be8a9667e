/**
 * Author Markdown as Preact nodes. The parser gives a tiny tree; text becomes text nodes,
 * so nothing an author (or a translator) writes can become markup. Links are checked
 * again here, whatever the validator said, and open in a new tab so the LMS frame stays.
 */
import type { ComponentChildren } from 'preact';
import { type Inline, isSafeLink, parseMarkdown } from '../course/markdown.ts';
import { usePlayer } from './use-player.ts';

interface Props {
  text: string;
  /** Render paragraphs as inline text (joined by line breaks), for labels and legends where <p> is not allowed. */
  inline?: boolean;
  class?: string;
}

export function Markdown({ text, inline, class: className }: Props) {
  const { t } = usePlayer();
  const blocks = parseMarkdown(text).blocks;
  const nodes = (list: Inline[]) => renderInline(list, t.opensInNewTab);
  if (inline) {
    const parts: ComponentChildren[] = [];
    blocks.forEach((block, i) => {
      if (i) parts.push(<br />);
      if (block.t === 'p') parts.push(nodes(block.c));
      else
        block.items.forEach((item, j) => {
          parts.push(j ? <br /> : null, '• ', nodes(item));
        });
    });
    return <span class={className}>{parts}</span>;
  }
  return (
    <div class={className ? `md ${className}` : 'md'}>
      {blocks.map((block) => {
        if (block.t === 'p') return <p>{nodes(block.c)}</p>;
        const items = block.items.map((item) => <li>{nodes(item)}</li>);
        return block.t === 'ul' ? <ul>{items}</ul> : <ol>{items}</ol>;
      })}
    </div>
  );
}

function renderInline(list: Inline[], newTab: string): ComponentChildren[] {
  return list.map((node) => {
    if (typeof node === 'string') return node;
    const children = renderInline(node.c, newTab);
    if (node.t === 'link')
      return (
        <SafeLink href={node.href} newTab={newTab}>
          {children}
        </SafeLink>
      );
    return node.t === 'strong' ? <strong>{children}</strong> : <em>{children}</em>;
  });
}

interface LinkProps {
  href: string;
  newTab: string;
  children: ComponentChildren;
}

/** A link to an http(s), mailto: or tel: address; anything else is shown as its words only. */
export function SafeLink({ href, newTab, children }: LinkProps) {
  if (!isSafeLink(href)) return <>{children}</>;
  // mailto: and tel: hand over to another app and never replace the course, so they need no new tab.
  const web = /^https?:/i.test(href.trim());
  return (
    <a href={href.trim()} rel="noopener noreferrer" target={web ? '_blank' : undefined}>
      {children}
      {web && <span class="sr-only"> {newTab}</span>}
    </a>
  );
}
