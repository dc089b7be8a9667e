/**
 * Audio or video with the browser's own controls (keyboard and screen reader ready),
 * caption tracks, and the full transcript in a disclosure. preload="metadata" keeps
 * slow connections from downloading media nobody plays.
 */
import type { BlockOf } from '../../course/types.ts';
import { Markdown } from '../Markdown.tsx';
import { usePlayer } from '../use-player.ts';

export function MediaBlock({ block }: { block: BlockOf<'audio'> | BlockOf<'video'> }) {
  const { t } = usePlayer();
  const tracks = block.captions.map((track, i) => (
    <track
      key={track.src}
      kind="captions"
      src={track.src}
      srclang={track.language}
      label={track.label}
      default={i === 0}
    />
  ));
  return (
    <div class={`block block-${block.type}`}>
      <h3>{block.title}</h3>
      {block.type === 'video' ? (
        <video controls preload="metadata" poster={block.poster} src={block.src} aria-label={block.title}>
          {tracks}
        </video>
      ) : (
        <audio controls preload="metadata" src={block.src} aria-label={block.title}>
          {tracks}
        </audio>
      )}
      <details class="transcript">
        <summary>{t.transcript}</summary>
        <Markdown text={block.transcript} />
      </details>
    </div>
  );
}
