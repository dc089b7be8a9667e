import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTracker } from '../../src/tracking/create-tracker.ts';
import type { Tracker } from '../../src/tracking/tracker.ts';
import { answers, objectives, record, timestampOf } from './course-script.ts';
import { fakeLms, memoryStorage, relaunchCmi } from './fake-lms.ts';

beforeEach(() => {
  vi.useFakeTimers({ now: Date.UTC(2025, 4, 6, 7, 0, 0) });
});
afterEach(() => {
  vi.useRealTimers();
});

const first = {
  core: { student_id: 'learner-1', student_name: 'Doe, Jane', entry: 'ab-initio' },
  student_data: { mastery_score: '80' },
};

function open(lms: ReturnType<typeof fakeLms>, storage = memoryStorage()): Tracker {
  return createTracker({ standard: 'scorm12', courseId: 'pss-basics', timestampOf, window: { API: lms.api }, storage });
}

/** Runs the course the way an engine would: save, answer, checkpoint, again and again. */
async function runCourse(tracker: Tracker, pass: boolean) {
  tracker.saveProgress(record('lesson-1/page-1'), 'lesson-1/page-1');
  tracker.setStatus({ completion: 'incomplete', success: 'unknown', progress: 0.2 });
  tracker.checkpoint();
  await vi.advanceTimersByTimeAsync(20_000);
  tracker.recordInteraction(answers.single!);
  tracker.recordInteraction(answers.trueFalse!);
  tracker.setObjectives(objectives(false));
  tracker.saveProgress(record('lesson-2/page-1'), 'lesson-2/page-1');
  tracker.checkpoint();
  tracker.checkpoint();
  await vi.advanceTimersByTimeAsync(20_000);
  for (const a of [answers.multiple!, answers.matching!, answers.sequencing!, answers.likert!])
    tracker.recordInteraction(a);
  tracker.setObjectives(objectives(true));
  tracker.setStatus(
    pass
      ? { completion: 'completed', success: 'passed', progress: 1, scorePercent: 83.33333 }
      : { completion: 'incomplete', success: 'unknown', progress: 0.6 },
  );
  tracker.saveProgress(record('assessment/result'), 'assessment/result');
  tracker.checkpoint();
  await vi.advanceTimersByTimeAsync(25_450);
}

describe('SCORM 1.2 session', () => {
  it('writes a whole passed session with valid values and no LMS error', async () => {
    const lms = fakeLms('scorm12', first);
    const tracker = open(lms);
    const started = await tracker.start();
    expect(started).toEqual({
      entry: 'ab-initio',
      mode: 'normal',
      masteryScore: 80,
      learnerName: 'Doe, Jane',
      learnerId: 'learner-1',
    });
    expect(tracker.standard).toBe('scorm12');
    expect(tracker.limits).toEqual({ suspendData: 4096, location: 255 });

    await runCourse(tracker, true);
    tracker.finish();
    tracker.finish();

    expect(lms.errors()).toEqual([]);
    const cmi = lms.stored!;
    expect(cmi.core.lesson_status).toBe('passed');
    expect(cmi.core.score).toEqual({ raw: '83.33', min: '0', max: '100' });
    expect(cmi.core.lesson_location).toBe('assessment/result');
    expect(JSON.parse(cmi.suspend_data).page).toBe('assessment/result');
    expect(lms.sent('cmi.core.exit')).toBe('');
    expect(lms.sent('cmi.core.session_time')).toBe('0000:01:05.45');

    expect(
      Object.values(cmi.interactions).map((i: any) => [
        i.id,
        i.type,
        i.student_response,
        i.correct_responses[0]?.pattern,
        i.result,
      ]),
    ).toEqual([
      ['final_1_q-first-step', 'choice', 'b', 'a', 'wrong'],
      ['final_3_q-fix', 'true-false', 'f', 'f', 'correct'],
      ['final_2_q-signs', 'choice', 'a,d,b', 'a,b,d', 'correct'],
      ['final_4_q-match', 'matching', 'a.a,b.c,c.b', 'a.a,b.b,c.c', 'wrong'],
      ['final_5_q-order', 'sequencing', 'a,b,c,d', 'a,b,c,d', 'correct'],
      ['survey_1_confidence', 'likert', '3', undefined, 'neutral'],
    ]);
    expect(cmi.interactions[0]).toMatchObject({
      time: '07:08:09',
      weighting: '1',
      objectives: { 0: { id: 'recognise-distress' } },
    });
    expect(lms.sent('cmi.interactions.0.latency')).toBe('0000:00:12.34');
    expect(cmi.objectives).toEqual({
      0: { id: 'recognise-distress', status: 'passed', score: { raw: '100', min: '0', max: '100' } },
      1: { id: 'self-care', status: 'failed', score: { raw: '33.33', min: '0', max: '100' } },
    });
  });

  it('commits, then finishes once, and writes only what changed', async () => {
    const lms = fakeLms('scorm12', first);
    const tracker = open(lms);
    await tracker.start();
    await runCourse(tracker, true);
    tracker.finish();
    tracker.finish();

    const methods = lms.calls.map((c) => c.method);
    expect(lms.count('LMSFinish')).toBe(1);
    expect(methods.at(-1)).toBe('LMSFinish');
    // SCORM 1.2 LMSs that persist on LMSCommit alone get the session time and exit committed first.
    expect(methods.at(-2)).toBe('LMSCommit');
    // Three checkpoints, the second one asked for twice, then the ending's own: four commits.
    expect(lms.count('LMSCommit')).toBe(4);
    const sets = lms.sets().map(([element, value]) => `${element}=${value}`);
    expect(new Set(sets).size).toBe(sets.length);
    expect(lms.count('LMSSetValue')).toMatchInlineSnapshot(`80`);
  });

  it('starts a new attempt afresh after one that ended, though this browser kept a copy', async () => {
    const storage = memoryStorage();
    const lms = fakeLms('scorm12', first);
    const tracker = open(lms, storage);
    await tracker.start();
    await runCourse(tracker, true);
    tracker.finish();

    const next = fakeLms('scorm12', relaunchCmi('scorm12', lms.stored!));
    expect(await open(next, storage).start()).toEqual({ entry: 'ab-initio', mode: 'normal', learnerId: 'learner-1' });
  });

  it('resumes from the LMS copy and appends new answers after the old ones', async () => {
    const storage = memoryStorage();
    const lms = fakeLms('scorm12', first);
    const tracker = open(lms, storage);
    await tracker.start();
    await runCourse(tracker, false);
    tracker.finish();
    expect(lms.sent('cmi.core.exit')).toBe('suspend');

    // A new device: no local copy, so everything comes from the LMS.
    const again = fakeLms('scorm12', relaunchCmi('scorm12', lms.stored!));
    const resumed = open(again);
    const started = await resumed.start();
    expect(started).toMatchObject({ entry: 'resume', location: 'assessment/result' });
    expect(JSON.parse(started.suspendData!).page).toBe('assessment/result');

    resumed.recordInteraction({ ...answers.single!, response: ['look'], result: 'correct' });
    resumed.setObjectives(objectives(true));
    resumed.setStatus({ completion: 'completed', success: 'passed', progress: 1, scorePercent: 100 });
    resumed.finish();
    expect(again.errors()).toEqual([]);
    expect(again.stored!.interactions[6]).toMatchObject({
      id: 'final_1_q-first-step',
      student_response: 'a',
      result: 'correct',
    });
    expect(Object.keys(again.stored!.objectives)).toEqual(['0', '1']);
    expect(again.stored!.core.lesson_status).toBe('passed');
  });
});
