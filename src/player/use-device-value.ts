/** Device-only values, read live: a block and any plan that gathers it re-render together. */
import { useEffect, useReducer } from 'preact/hooks';
import type { DeviceStore } from './device-store.ts';
import { usePlayer } from './use-player.ts';

/** The device store, re-rendering the caller whenever any device value changes. */
export function useDeviceStore(): DeviceStore {
  const { store } = usePlayer();
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => store.subscribe(() => rerender(0)), [store]);
  return store;
}

/** One block's device-only value and its setter. */
export function useDeviceValue<T>(blockId: string, fallback: T): [T, (value: T) => void] {
  const store = useDeviceStore();
  return [store.get<T>(blockId) ?? fallback, (value: T) => store.set(blockId, value)];
}
