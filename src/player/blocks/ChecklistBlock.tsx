/** A checklist, optionally with the learner's own items. Ticks and own items stay on this device. */
import { useRef, useState } from 'preact/hooks';
import type { BlockOf } from '../../course/types.ts';
import { type ChecklistAnswer, NO_CHECKS } from '../device-answers.ts';
import { DEVICE_LIMITS } from '../device-store.ts';
import { fill } from '../i18n/fill.ts';
import { Markdown } from '../Markdown.tsx';
import { useDeviceValue } from '../use-device-value.ts';
import { usePlayer } from '../use-player.ts';
import { DeviceNote } from './DeviceNote.tsx';

export function ChecklistBlock({ block }: { block: BlockOf<'checklist'> }) {
  const { t, fmt, store } = usePlayer();
  const [answer, save] = useDeviceValue<ChecklistAnswer>(block.id, NO_CHECKS);
  const [draft, setDraft] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const id = block.id;

  const toggle = (itemId: string, on: boolean) =>
    save({
      ...answer,
      checked: on
        ? [...answer.checked.filter((c) => c !== itemId), itemId]
        : answer.checked.filter((c) => c !== itemId),
    });
  const add = () => {
    const text = draft.trim();
    if (text) save({ ...answer, own: [...answer.own, text] });
    setDraft('');
  };

  return (
    <div class="block checklist" role="group" aria-labelledby={`${id}-prompt`} aria-describedby={`${id}-note`}>
      <div id={`${id}-prompt`} class="prompt">
        <Markdown text={block.prompt} />
      </div>
      <ul class="checks">
        {block.items.map((item) => (
          <li key={item.id}>
            <label class="choice">
              <input
                type="checkbox"
                checked={answer.checked.includes(item.id)}
                onChange={(e) => toggle(item.id, e.currentTarget.checked)}
              />
              <span>{item.text}</span>
            </label>
          </li>
        ))}
        {answer.own.map((text, i) => (
          <li key={`own-${i}`} class="own-item">
            <span>{text}</span>
            <button
              type="button"
              class="button small"
              onClick={() => {
                save({ ...answer, own: answer.own.filter((_, j) => j !== i) });
                input.current?.focus();
              }}
            >
              {t.remove}
              <span class="sr-only">: {text}</span>
            </button>
          </li>
        ))}
      </ul>
      {block.allowOwn && answer.own.length < DEVICE_LIMITS.ownItems && (
        <form
          class="own-add"
          onSubmit={(e) => {
            e.preventDefault();
            add();
          }}
        >
          <label for={`${id}-own`}>{t.ownItem}</label>
          <input
            id={`${id}-own`}
            ref={input}
            type="text"
            maxLength={DEVICE_LIMITS.ownItem}
            aria-describedby={`${id}-own-count`}
            value={draft}
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
          <button type="submit" class="button secondary">
            {t.add}
          </button>
        </form>
      )}
      {block.allowOwn && answer.own.length < DEVICE_LIMITS.ownItems && (
        <p id={`${id}-own-count`} class="hint">
          {fill(t.characters, fmt.number(draft.length), fmt.number(DEVICE_LIMITS.ownItem))}
        </p>
      )}
      <DeviceNote id={id} kept={store.kept(id)} />
    </div>
  );
}
