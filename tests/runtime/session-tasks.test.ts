/**
 * Connecting the LMS session and rendering the screen it leads to are two tasks, not one:
 * together they were a task of up to 170 ms on a slow phone (issue 16). The tracker starts
 * in the first; the saved progress reaches the course in the next.
 */
import { describe, expect, it } from 'vitest';
import { recordTimestamp } from '../../src/engine/record-decode.ts';
import { dictionaryFor } from '../../src/player/i18n/index.ts';
import { connectSession } from '../../src/runtime/connect-session.ts';
import { createSession } from '../../src/runtime/session.ts';
import { createTracker } from '../../src/tracking/create-tracker.ts';
import { loadCourse } from '../support/courses.ts';
import { organisationFor } from '../support/organisations.ts';
import { fakeLms, memoryStorage } from '../tracking/fake-lms.ts';

const { course } = loadCourse('courses/listening')[0]!;

/** Runs every microtask queued so far, and those they queue, without letting a task pass. */
async function drainMicrotasks(): Promise<void> {
  for (let i = 0; i < 50; i++) await Promise.resolve();
}

describe('connecting the session', () => {
  it('starts the LMS session in one task and restores progress in the next', async () => {
    const lms = fakeLms('scorm12', {
      core: { student_id: 'learner-7', student_name: 'Doe, Jane', entry: 'ab-initio' },
    });
    const tracker = createTracker({
      standard: 'scorm12',
      courseId: course.id,
      graded: !!course.assessment,
      timestampOf: recordTimestamp,
      window: { API: lms.api },
      storage: memoryStorage(),
    });
    const session = createSession(
      {
        course,
        organisation: organisationFor(course.language, 'demo'),
        standard: 'scorm12',
        ui: dictionaryFor(course.language),
      },
      { seed: 3 },
    );
    session.actor.send({ type: 'course.start' });
    expect(session.actor.getSnapshot().value).toBe('starting');

    const connected = connectSession(session, { tracker });
    await drainMicrotasks();
    expect(lms.count('LMSInitialize')).toBe(1);
    expect(session.actor.getSnapshot().value).toBe('starting');

    await connected;
    expect(session.actor.getSnapshot().value).toBe('page');
  });
});
