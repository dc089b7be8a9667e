/** Renders the player into the page. */
import { hydrate, render } from 'preact';
import { App } from './App.tsx';
import type { PlayerInput } from './player-input.ts';

/** @example mountPlayer(document.getElementById('app')!, input) */
export function mountPlayer(root: Element, input: PlayerInput): void {
  // A packaged page arrives with the intro already rendered (packaging/prerender-intro.tsx): take it over.
  if (root.firstElementChild) hydrate(<App input={input} />, root);
  else render(<App input={input} />, root);
  // Until now the pre-rendered buttons could not work; player.css kept them from taking clicks.
  root.removeAttribute('data-static');
}
