/**
 * The player's context and the one hook components read the machine through. Components
 * select a slice of the snapshot and re-render only when that slice changes; they never
 * copy machine state into their own flags.
 */
import { createContext } from 'preact';
import { useContext, useEffect, useReducer, useRef } from 'preact/hooks';
import type { EngineEvent } from '../engine/engine-events.ts';
import type { DeviceStore } from './device-store.ts';
import type { Formats } from './format.ts';
import type { Dictionary } from './i18n/en.ts';
import type { CourseSnapshot, PlayerInput } from './player-input.ts';

export interface Player {
  input: PlayerInput;
  t: Dictionary;
  fmt: Formats;
  store: DeviceStore;
  send: (event: EngineEvent) => void;
}

export const PlayerContext = createContext<Player | null>(null);

/** The player input, the interface text and the formatters. */
export function usePlayer(): Player {
  const player = useContext(PlayerContext);
  if (!player) throw new Error('usePlayer() needs <PlayerContext.Provider>: render components inside <App>.');
  return player;
}

/**
 * A slice of the current snapshot, like @xstate/react's useSelector. The value is always
 * computed from the latest snapshot during render, so a selector that closes over draft
 * state (the response being built) is never stale.
 * @example const canNext = useSelector((s) => s.can({ type: 'nav.next' }));
 */
export function useSelector<T>(select: (snapshot: CourseSnapshot) => T, equal: (a: T, b: T) => boolean = Object.is): T {
  const { actor } = usePlayer().input;
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const value = select(actor.getSnapshot());
  const latest = useRef({ select, value, equal });
  latest.current = { select, value, equal };
  useEffect(() => {
    const check = (snapshot: CourseSnapshot) => {
      const { select, value, equal } = latest.current;
      if (!equal(value, select(snapshot))) rerender(0);
    };
    const subscription = actor.subscribe(check);
    // The snapshot may have moved on between render and this effect.
    check(actor.getSnapshot());
    return () => subscription.unsubscribe();
  }, [actor]);
  return value;
}

/** Equality for selectors that return a fresh array or object of primitives. */
export function shallowEqual<T>(a: T, b: T): boolean {
  if (Object.is(a, b)) return true;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false;
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => Object.is((a as never)[k], (b as never)[k]));
}
