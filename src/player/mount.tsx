/** Renders the player into the page. */
import { render } from 'preact';
import { App } from './App.tsx';
import type { Session } from './session-types.ts';

/** @example mountPlayer(document.getElementById('app')!, session) */
export function mountPlayer(root: Element, session: Session): void {
  render(<App session={session} />, root);
}
