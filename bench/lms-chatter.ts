/**
 * Section 5: how often a full run talks to the LMS. Every SetValue and Commit is a round
 * trip to the LMS server on many platforms, so on a slow line they are what the learner
 * waits on. Runs the real session wiring against scorm-again, in Node.
 */

import type { Actor } from 'xstate';
import type { CourseMachine } from '../src/engine/course-machine.ts';
import type { EngineEvent } from '../src/engine/engine-events.ts';
import { recordTimestamp } from '../src/engine/record-decode.ts';
import { dictionaryFor } from '../src/player/i18n/index.ts';
import { startRuntime } from '../src/runtime/start-runtime.ts';
import type { ScormVersion } from '../src/scorm/scorm-version.ts';
import { createTracker } from '../src/tracking/create-tracker.ts';
import type { ValidatedCourse } from '../src/validator/validate-course.ts';
import { organisationFor } from '../tests/support/organisations.ts';
import { walkCourse } from '../tests/support/walkthrough.ts';
import { fakeLms, memoryStorage } from '../tests/tracking/fake-lms.ts';
import { installVirtualClock } from './virtual-clock.ts';

/**
 * How long the learner takes over each action: reading, choosing, pressing a button. Any
 * real person is slower than the tracker's 500 ms commit delay, so no two actions share a
 * commit; this is the most commits a run can cause.
 */
export const THINK_MS = 5_000;

export interface Chatter {
  name: string;
  standard: 'scorm12' | 'scorm2004';
  /** Screens the learner moved to: Start, each next page, each assessment question, the result, the summary. */
  pageTurns: number;
  /** Everything the learner did, page turns included: answers, scenario choices, survey ratings. */
  actions: number;
  setValues: number;
  commits: number;
  /** Terminate (LMSFinish in 1.2): the exit, which commits on its own. */
  terminates: number;
  lmsErrors: number;
}

/** What an LMS hands a first launch, with the manifest's pass mark as mastery, as full-run.test.ts does. */
function firstLaunch(version: ScormVersion, course: ValidatedCourse['course']): object {
  const pass = course.assessment?.passMark;
  if (version === 'scorm12')
    return {
      core: { student_id: 'learner-1', entry: 'ab-initio' },
      ...(pass !== undefined ? { student_data: { mastery_score: String(Math.ceil(pass)) } } : {}),
    };
  return {
    learner_id: 'learner-1',
    entry: 'ab-initio',
    ...(pass !== undefined ? { scaled_passing_score: String(pass / 100) } : {}),
  };
}

// The same key start-session uses to notice that a new question or page is on screen.
const screenOf = (actor: Actor<CourseMachine>) => {
  const { value, context } = actor.getSnapshot();
  return JSON.stringify([value, context.pageId, context.attempt?.responses.length]);
};

/** One full run, from launch to exit, counting what reached the LMS. */
export async function measureChatter(
  name: string,
  validated: ValidatedCourse,
  version: ScormVersion,
  thinkMs = THINK_MS,
): Promise<Chatter> {
  const { course } = validated;
  const standard = version;
  const clock = installVirtualClock(Date.UTC(2026, 10, 22, 9, 0, 0));
  try {
    const lms = fakeLms(version, firstLaunch(version, course));
    const window = version === 'scorm12' ? { API: lms.api } : { API_1484_11: lms.api };
    const tracker = createTracker({
      standard,
      courseId: course.id,
      graded: !!course.assessment,
      timestampOf: recordTimestamp,
      window,
      storage: memoryStorage(),
      now: clock.now,
    });
    const session = await startRuntime(
      { course, organisation: organisationFor(course.language, 'demo'), standard, ui: dictionaryFor(course.language) },
      { tracker, seed: 3, now: clock.now },
    );

    let pageTurns = 0;
    let actions = 0;
    // The walk sends events back to back; the learner in front of it pauses before each one.
    const send = (event: EngineEvent) => {
      clock.advance(thinkMs);
      const before = screenOf(session.actor);
      session.actor.send(event);
      actions += 1;
      if (screenOf(session.actor) !== before) pageTurns += 1;
    };
    const learner = new Proxy(session.actor, {
      get(target, key) {
        if (key === 'send') return send;
        const value = Reflect.get(target, key, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    walkCourse(learner, course);
    clock.advance(thinkMs);
    session.actor.send({ type: 'course.exit' });
    // Long enough for any pending commit or retry to have fired.
    clock.advance(60_000);

    return {
      name,
      standard,
      pageTurns,
      actions,
      setValues: lms.count(lms.names.set),
      commits: lms.count(lms.names.commit),
      terminates: lms.count(lms.names.end),
      lmsErrors: lms.errors().length,
    };
  } finally {
    clock.restore();
  }
}
