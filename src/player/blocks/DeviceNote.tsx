/**
 * Under a block whose answers stay on this device: that they stay here, or, when the
 * browser refused to store them (full, or storage turned off), that they were not saved
 * and are kept only until the window closes, said where the learner is writing.
 */
import { usePlayer } from '../use-player.ts';

export function DeviceNote({ id, kept }: { id: string; kept: boolean }) {
  const { t } = usePlayer();
  return (
    <p id={`${id}-note`} class={kept ? 'device-note not-kept' : 'device-note'} role={kept ? 'alert' : undefined}>
      {kept ? t.notKept : t.deviceOnly}
    </p>
  );
}
