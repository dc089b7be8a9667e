/** Renders the player into the page. */
import { hydrate, render } from 'preact';
import { App } from './App.tsx';
import type { Session } from './session-types.ts';

/** @example mountPlayer(document.getElementById('app')!, session) */
export function mountPlayer(root: Element, session: Session): void {
  // A packaged page arrives with the intro already rendered (packaging/prerender-intro.tsx): take it over.
  if (root.firstElementChild) hydrate(<App session={session} />, root);
  else render(<App session={session} />, root);
  // Until now the pre-rendered buttons could not work; player.css kept them from taking clicks.
  root.removeAttribute('data-static');
}
