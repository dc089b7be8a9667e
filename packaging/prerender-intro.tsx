/**
 * Renders the player's first screen, the course intro, into index.html at packaging time.
 * The learner sees the course title and introduction as soon as the HTML arrives, like a
 * plain web page; player.js then takes over the same markup (hydration) and makes it live.
 */
import { renderToString } from 'preact-render-to-string';
import { createActor } from 'xstate';
import type { Course, Organisation } from '../src/course/types.ts';
import { createCourseMachine } from '../src/engine/course-machine.ts';
import { App } from '../src/player/App.tsx';
import type { Dictionary } from '../src/player/i18n/en.ts';
import type { PlayerInput } from '../src/player/player-input.ts';
import type { ScormVersion } from '../src/scorm/scorm-version.ts';

/** The intro screen's HTML, exactly as the player's first render produces it. */
export function prerenderIntro(
  course: Course,
  organisation: Organisation,
  standard: ScormVersion,
  ui: Dictionary,
): string {
  const actor = createActor(createCourseMachine(course), { input: { seed: 1 } });
  const input: PlayerInput = {
    course,
    organisation,
    standard,
    actor,
    learnerKey: 'local',
    onNotice: () => () => {},
    ui,
  };
  // No storage while rendering: nothing device-only appears on the intro.
  return renderToString(<App input={input} />);
}
