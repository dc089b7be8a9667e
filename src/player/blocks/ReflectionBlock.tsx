/** A free-text reflection. The text stays on this device and is never sent to the engine or the LMS. */
import type { BlockOf } from '../../course/types.ts';
import { DEVICE_LIMITS } from '../device-store.ts';
import { fill } from '../i18n/fill.ts';
import { Markdown } from '../Markdown.tsx';
import { useDeviceValue } from '../use-device-value.ts';
import { usePlayer } from '../use-player.ts';
import { DeviceNote } from './DeviceNote.tsx';

export function ReflectionBlock({ block }: { block: BlockOf<'reflection'> }) {
  const { t, fmt, store } = usePlayer();
  const [text, setText] = useDeviceValue(block.id, '');
  const id = block.id;
  const limit = DEVICE_LIMITS.reflection;
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
        maxLength={limit}
        aria-labelledby={`${id}-prompt`}
        aria-describedby={`${block.hint ? `${id}-hint ` : ''}${id}-count ${id}-note`}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <p id={`${id}-count`} class="hint">
        {fill(t.characters, fmt.number(text.length), fmt.number(limit))}
      </p>
      <DeviceNote id={id} kept={store.kept(id)} />
    </div>
  );
}
