/**
 * The learner's session before the LMS answers (issue 16). player.js makes the course actor
 * and shows the first screen at once; the connection to the LMS (or to this browser) comes
 * in a part of its own, session.js (connect-session.ts), loaded once that screen is live.
 * Until it connects, Start waits (the machine's `connecting` state) and the tracking
 * actions are kept, then made in order: nothing the learner does is lost.
 */
import { type Actor, createActor } from 'xstate';
import { type CourseMachine, createCourseMachine } from '../engine/course-machine.ts';
import type { PlayerInput } from '../player/player-input.ts';
import type { TrackingActions } from './connect-tracking.ts';
import type { CourseData } from './course-data.ts';
import { lmsExpected } from './launch-context.ts';

export interface SessionOptions {
  seed?: number;
}

export interface Session {
  data: CourseData;
  actor: Actor<CourseMachine>;
  /** Whether the page was launched the way an LMS launches a course (launch-context.ts). */
  lmsExpected: boolean;
  /** Hands the tracking actions over; those called before now are made at once, in order. */
  connect(actions: TrackingActions): void;
  /**
   * A new session of the same course, waiting for its own connection: for a tab that takes
   * over from another that saved newer progress. Made here, so session.js never carries a
   * second copy of the engine.
   */
  renew(): Session;
}

/** A seed for a learner who has none saved yet. */
function freshSeed(): number {
  const crypto = (globalThis as { crypto?: { getRandomValues?: (a: Uint32Array) => Uint32Array } }).crypto;
  return crypto?.getRandomValues ? crypto.getRandomValues(new Uint32Array(1))[0]! : Math.floor(Math.random() * 2 ** 32);
}

type ActionName = keyof TrackingActions;
const ACTIONS: ActionName[] = ['persist', 'reportStatus', 'reportInteraction', 'reportSurvey', 'finish'];

/** The course actor, started on the intro and waiting for its session. */
export function createSession(data: CourseData, options: SessionOptions = {}): Session {
  let target: TrackingActions | undefined;
  const kept: [ActionName, unknown, unknown][] = [];
  const call = (name: ActionName, args: unknown, params: unknown) =>
    (target![name] as (args: unknown, params: unknown) => void)(args, params);
  const relayed = Object.fromEntries(
    ACTIONS.map((name) => [
      name,
      (args: unknown, params: unknown) => (target ? call(name, args, params) : kept.push([name, args, params])),
    ]),
  ) as unknown as TrackingActions;
  const machine = createCourseMachine(data.course).provide({ actions: relayed });
  const actor = createActor(machine, { input: { seed: options.seed ?? freshSeed(), awaitingSession: true } });
  actor.start();
  return {
    data,
    actor,
    lmsExpected: lmsExpected(),
    connect(actions) {
      target = actions;
      for (const [name, args, params] of kept.splice(0)) call(name, args, params);
    },
    renew: () => createSession(data, options),
  };
}

/** What the player shows before the session has connected: nothing yet from the LMS. */
export function provisionalInput(session: Session): PlayerInput {
  const { course, organisation, standard, ui, text } = session.data;
  return {
    course,
    organisation,
    standard,
    actor: session.actor,
    learnerKey: 'local',
    lmsExpected: session.lmsExpected,
    ui,
    ...(text ? { text } : {}),
    onNotice: () => () => {},
  };
}
