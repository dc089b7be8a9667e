/**
 * Content to reveal: an accordion of native details/summary, or cards that turn over.
 * A card is a button (aria-expanded) whose back is a region after it, so links in the
 * back stay usable and the whole thing works by keyboard.
 */
import { useState } from 'preact/hooks';
import type { BlockOf } from '../../course/types.ts';
import { Icon } from '../Icon.tsx';
import { Markdown } from '../Markdown.tsx';

type Item = BlockOf<'reveal'>['items'][number];

export function RevealBlock({ block }: { block: BlockOf<'reveal'> }) {
  return (
    <div class={`block reveal reveal-${block.style}`}>
      {block.title && <h3>{block.title}</h3>}
      {block.style === 'accordion' ? (
        block.items.map((item) => (
          <details key={item.id}>
            <summary>{item.title}</summary>
            <Markdown text={item.body} />
          </details>
        ))
      ) : (
        <ul class="cards">
          {block.items.map((item) => (
            <FlipCard key={item.id} id={`${block.id}-${item.id}`} item={item} />
          ))}
        </ul>
      )}
    </div>
  );
}

function FlipCard({ id, item }: { id: string; item: Item }) {
  // Which side is up is purely visual, so it is the card's own state.
  const [turned, setTurned] = useState(false);
  return (
    <li class="card" data-turned={turned}>
      <button
        type="button"
        class="card-face"
        aria-expanded={turned}
        aria-controls={id}
        onClick={() => setTurned(!turned)}
      >
        {item.title}
        {/* Drawn, not a "↻" from the text's font: a symbol the font lacks sends the browser through
            the system's fonts for one that has it, which made the first page with cards take 60 ms
            more to lay out at 4x CPU (issue 16). */}
        <Icon name="turn" d="M20 12a8 8 0 1 1-4-6.9m-4 .6 4-.6-1.4-3.8" />
      </button>
      <div id={id} class="card-back" hidden={!turned}>
        <Markdown text={item.body} />
      </div>
    </li>
  );
}
