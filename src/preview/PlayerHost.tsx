/**
 * The learner's player, mounted through its public entry point (mountPlayer) into a node
 * Preact here never renders into, so the two trees never fight over the same DOM. Each new
 * session gets a fresh node: nothing visual from the last session lingers.
 */
import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { mountPlayer } from '../player/mount.tsx';
import type { Session } from '../player/session-types.ts';

export function PlayerHost({ session }: { session: Session }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = document.createElement('div');
    host.current!.append(root);
    mountPlayer(root, session);
    return () => {
      render(null, root);
      root.remove();
    };
  }, [session]);
  return <div class="player-host" ref={host} />;
}
