/**
 * The learner's player, mounted through its public entry point (mountPlayer) into a node
 * Preact here never renders into, so the two trees never fight over the same DOM. Each new
 * player input gets a fresh node: nothing visual from the last one lingers.
 */
import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { mountPlayer } from '../player/mount.tsx';
import type { PlayerInput } from '../player/player-input.ts';

export function PlayerHost({ input }: { input: PlayerInput }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = document.createElement('div');
    host.current!.append(root);
    mountPlayer(root, input);
    return () => {
      render(null, root);
      root.remove();
    };
  }, [input]);
  return <div class="player-host" ref={host} />;
}
