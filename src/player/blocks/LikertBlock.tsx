/** A short survey: one radio group per statement. Each answer goes to the engine (survey.answer), which reports it. */
import type { BlockOf } from '../../course/types.ts';
import { Markdown } from '../Markdown.tsx';
import { usePlayer, useSelector } from '../use-player.ts';

export function LikertBlock({ block }: { block: BlockOf<'likert'> }) {
  const { send } = usePlayer();
  const answers = useSelector((s) => s.context.surveys.get(block.id));
  const promptId = `${block.id}-prompt`;
  return (
    <div class="block likert" role="group" aria-labelledby={promptId}>
      <div id={promptId} class="prompt">
        <Markdown text={block.prompt} />
      </div>
      {block.statements.map((statement) => (
        <fieldset key={statement.id} class="likert-statement">
          <legend>{statement.text}</legend>
          <div class="scale">
            {block.scale.map((label, value) => (
              <label class="choice" key={value}>
                <input
                  type="radio"
                  name={`${block.id}-${statement.id}`}
                  checked={answers?.[statement.id] === value}
                  onChange={() => send({ type: 'survey.answer', blockId: block.id, statementId: statement.id, value })}
                />
                <span>{label}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </div>
  );
}
