/** Renders the player into the page. */
import { hydrate, render } from 'preact';
import { App } from './App.tsx';
import type { PlayerInput } from './player-input.ts';

/**
 * Shows the player; returns the function that gives it a new input (the runtime's, once the
 * LMS session has connected), keeping what is on screen.
 * @example const update = mountPlayer(document.getElementById('app')!, input)
 */
export function mountPlayer(root: Element, input: PlayerInput): (next: PlayerInput) => void {
  // Start pressed before player.js ran: index.html's own script made it busy (packaging/early-start.ts).
  const started = root.querySelector('.actions [aria-busy]');
  // A packaged page arrives with the intro already rendered (packaging/prerender-intro.tsx): take it over.
  if (root.firstElementChild) hydrate(<App input={input} />, root);
  else render(<App input={input} />, root);
  // Until now the pre-rendered buttons could not work; player.css kept them from taking clicks,
  // but for Start, which index.html's own script takes (packaging/early-start.ts).
  root.removeAttribute('data-static');
  if (started) input.actor.send({ type: 'course.start' });
  return (next) => render(<App input={next} />, root);
}
