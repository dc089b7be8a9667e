/** A free-text reflection. The text stays on this device and is never sent to the engine or the LMS. */
import type { BlockOf } from '../../course/types.ts';
import { Markdown } from '../Markdown.tsx';
import { useDeviceValue } from '../use-device-value.ts';
import { usePlayer } from '../use-player.ts';

export function ReflectionBlock({ block }: { block: BlockOf<'reflection'> }) {
  const { t } = usePlayer();
  const [text, setText] = useDeviceValue(block.id, '');
  const id = block.id;
  return (
    <div class="block reflection">
      <div id={`${id}-prompt`} class="prompt">
        <Markdown text={block.prompt} />
      </div>
      {block.hint && (
        <p id={`${id}-hint`} class="hint">
          {block.hint}
        </p>
      )}
      <textarea
        id={`${id}-text`}
        rows={5}
        aria-labelledby={`${id}-prompt`}
        aria-describedby={block.hint ? `${id}-hint ${id}-note` : `${id}-note`}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <p id={`${id}-note`} class="device-note">
        {t.deviceOnly}
      </p>
    </div>
  );
}
