/**
 * Content to reveal: an accordion of native details/summary, or cards that turn over.
 * A card is a button (aria-expanded) whose back is a region after it, so links in the
 * back stay usable and the whole thing works by keyboard.
 */
import { useState } from 'preact/hooks';
import type { BlockOf } from '../../course/types.ts';
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
        <TurnIcon />
      </button>
      <div id={id} class="card-back" hidden={!turned}>
        <Markdown text={item.body} />
      </div>
    </li>
  );
}

/**
 * "Turn over", drawn like the icons of Icon.tsx: a symbol from the text's font (the "↻" this
 * was) sends the browser through the system's fonts for one that has it, and that made the first
 * page with cards take 60 ms more to lay out at 4x CPU. Drawn here rather than in Icon.tsx's set,
 * which player.js carries, as only page.js needs it.
 */
function TurnIcon() {
  return (
    <svg class="icon icon-turn" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M20 12a8 8 0 1 1-4-6.9m-4 .6 4-.6-1.4-3.8" />
    </svg>
  );
}
