/**
 * What the LMS ends up showing after failed and passed attempts, with the LMS's own
 * judgement applied at every LMSFinish/Terminate (Moodle's SCORM 1.2 mastery override,
 * SCORM 2004's success from score.scaled): a failed attempt with retakes left is never
 * "failed", a pass is "passed", and the last failed attempt shows the course's onFailure.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Course } from '../../src/course/types.ts';
import { recordTimestamp } from '../../src/engine/record-decode.ts';
import { dictionaryFor } from '../../src/player/i18n/index.ts';
import { startRuntime } from '../../src/runtime/start-runtime.ts';
import type { ScormVersion } from '../../src/scorm/scorm-version.ts';
import { createTracker } from '../../src/tracking/create-tracker.ts';
import { loadCourse } from '../support/courses.ts';
import { organisationFor } from '../support/organisations.ts';
import { walkCourse } from '../support/walkthrough.ts';
import { fakeLms, memoryStorage, relaunchCmi } from '../tracking/fake-lms.ts';

beforeEach(() => void vi.useFakeTimers({ now: Date.UTC(2026, 10, 22, 9, 0, 0) }));
afterEach(() => void vi.useRealTimers());

const sample = loadCourse('tests/fixtures/courses/sample')[0]!;

/** The sample course (pass mark 80, two attempts), with the given onFailure. */
const withOnFailure = (onFailure: 'failed' | 'incomplete'): Course => ({
  ...sample.course,
  completion: { ...sample.course.completion, onFailure },
});

function firstLaunch(version: ScormVersion) {
  return version === 'scorm12'
    ? { core: { student_id: 'learner-7', entry: 'ab-initio' }, student_data: { mastery_score: '80' } }
    : { learner_id: 'learner-7', entry: 'ab-initio', scaled_passing_score: '0.8' };
}

/** One session: launch with `cmi`, walk with `take`, Pause and exit; returns what the LMS stored. */
async function session(version: ScormVersion, course: Course, cmi: object, take: Parameters<typeof walkCourse>[2]) {
  const lms = fakeLms(version, cmi, { judge: true });
  const tracker = createTracker({
    standard: version,
    courseId: course.id,
    timestampOf: recordTimestamp,
    window: version === 'scorm12' ? { API: lms.api } : { API_1484_11: lms.api },
    storage: memoryStorage(),
    tabStorage: null,
  });
  const runtime = await startRuntime(
    { course, organisation: organisationFor('en'), standard: version, ui: dictionaryFor(course.language) },
    { tracker, seed: 5 },
  );
  const { actor } = runtime;
  if (actor.getSnapshot().context.visited.length) {
    // A returning learner, whose first session ended after the assessment: back to it.
    actor.send({ type: 'course.start' });
    actor.send({ type: 'course.resume' });
    actor.send({ type: 'assessment.open' });
    expect(actor.getSnapshot().matches('assessment')).toBe(true);
  }
  walkCourse(actor, course, take);
  await vi.advanceTimersByTimeAsync(60_000);
  actor.send({ type: 'course.exit' });
  expect(lms.errors()).toEqual([]);
  return lms.stored!;
}

/** What the LMS shows: 1.2 lesson_status and score.raw; 2004 completion/success and score.scaled. */
const shown = (version: ScormVersion, cmi: Record<string, any>) =>
  version === 'scorm12'
    ? { status: cmi.core.lesson_status, score: cmi.core.score.raw }
    : { status: `${cmi.completion_status}/${cmi.success_status}`, score: cmi.score.scaled };

describe.each(['scorm12', 'scorm2004'] as const)('%s, with the LMS judging at every ending', (version) => {
  it('never shows a failed attempt with a retake left as failed, then shows the last failure as failed', async () => {
    const course = withOnFailure('failed');
    const first = await session(version, course, firstLaunch(version), { assessment: 'fail', attempts: 1 });
    expect(shown(version, first)).toEqual(
      version === 'scorm12' ? { status: 'incomplete', score: '' } : { status: 'incomplete/unknown', score: '' },
    );
    const objectives = Object.values(first.objectives as object).map((o) => o.status ?? o.success_status);
    expect(objectives).not.toContain('failed');

    const last = await session(version, course, relaunchCmi(version, first, 'learner-7'), { assessment: 'fail' });
    expect(shown(version, last)).toEqual(
      version === 'scorm12' ? { status: 'failed', score: '0' } : { status: 'completed/failed', score: '0' },
    );
  });

  it('leaves the attempt open when the course says so, however the LMS judges', async () => {
    const course = withOnFailure('incomplete');
    const first = await session(version, course, firstLaunch(version), { assessment: 'fail', attempts: 1 });
    const last = await session(version, course, relaunchCmi(version, first, 'learner-7'), { assessment: 'fail' });
    expect(shown(version, last)).toEqual(
      version === 'scorm12' ? { status: 'incomplete', score: '' } : { status: 'incomplete/unknown', score: '' },
    );
  });

  it('shows a pass after a failed attempt as passed, with the score', async () => {
    const course = withOnFailure('failed');
    const first = await session(version, course, firstLaunch(version), { assessment: 'fail', attempts: 1 });
    const passed = await session(version, course, relaunchCmi(version, first, 'learner-7'), {});
    expect(shown(version, passed)).toEqual(
      version === 'scorm12' ? { status: 'passed', score: '100' } : { status: 'completed/passed', score: '1' },
    );
  });
});
