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

// What an LMS sends on a first launch of a package whose manifest sets minNormalizedMeasure 0.75.
const first = { learner_id: 'learner-1', learner_name: 'Jane Doe', entry: 'ab-initio', scaled_passing_score: '0.75' };

function open(lms: ReturnType<typeof fakeLms>, storage = memoryStorage()): Tracker {
  return createTracker({
    standard: 'scorm2004',
    courseId: 'pss-basics',
    timestampOf,
    window: { API_1484_11: lms.api },
    storage,
  });
}

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
  // A second try at the first question updates its record instead of adding one.
  tracker.recordInteraction({ ...answers.single!, response: ['look'], result: 'correct', latencyMs: 3000 });
  tracker.setObjectives(objectives(true));
  tracker.setStatus(
    pass
      ? { completion: 'completed', success: 'passed', progress: 1, scorePercent: 83.33333 }
      : { completion: 'incomplete', success: 'unknown', progress: 0.6 },
  );
  tracker.saveProgress(record('assessment/result'), 'assessment/result');
  tracker.checkpoint();
  await vi.advanceTimersByTimeAsync(25_456);
}

describe('SCORM 2004 session', () => {
  it('writes a whole passed session with valid values and no LMS error', async () => {
    const lms = fakeLms('scorm2004', first);
    const tracker = open(lms);
    expect(await tracker.start()).toEqual({
      entry: 'ab-initio',
      mode: 'normal',
      masteryScore: 75,
      learnerName: 'Jane Doe',
      learnerId: 'learner-1',
    });
    expect(tracker.limits).toEqual({ suspendData: 64000, location: 1000 });

    await runCourse(tracker, true);
    tracker.finish();
    tracker.finish();

    expect(lms.errors()).toEqual([]);
    const cmi = lms.stored!;
    expect([cmi.completion_status, cmi.success_status, cmi.progress_measure]).toEqual(['completed', 'passed', '1']);
    expect(cmi.score).toEqual({ scaled: '0.8333', raw: '83.33', min: '0', max: '100' });
    expect(cmi.location).toBe('assessment/result');
    expect(JSON.parse(cmi.suspend_data).page).toBe('assessment/result');
    expect(lms.sent('cmi.exit')).toBe('normal');
    expect(lms.sent('cmi.session_time')).toBe('PT1M5.46S');

    const rows = Object.values(cmi.interactions).map((i: any) => [
      i.id,
      i.type,
      i.learner_response,
      i.correct_responses[0]?.pattern,
      i.result,
    ]);
    expect(rows).toEqual([
      ['final.1.q-first-step', 'choice', 'look', 'look', 'correct'],
      ['final.3.q-fix', 'true-false', 'false', 'false', 'correct'],
      [
        'final.2.q-signs',
        'choice',
        'sleep_problems[,]withdrawal[,]anger',
        'sleep_problems[,]anger[,]withdrawal',
        'correct',
      ],
      [
        'final.4.q-match',
        'matching',
        'look[.]look[,]listen[.]link[,]link[.]listen',
        'look[.]look[,]listen[.]listen[,]link[.]link',
        'incorrect',
      ],
      ['final.5.q-order', 'sequencing', 'prepare[,]look[,]listen[,]link', 'prepare[,]look[,]listen[,]link', 'correct'],
      ['survey.1.confidence', 'likert', '3', undefined, 'neutral'],
    ]);
    expect(cmi.interactions[0]).toMatchObject({
      timestamp: '2025-05-06T07:08:09.0Z',
      description: 'What is the first step of psychological first aid?',
      weighting: '1',
      objectives: { 0: { id: 'recognise-distress' } },
    });
    expect(lms.sent('cmi.interactions.0.latency')).toBe('PT3S');
    expect(lms.sent('cmi.interactions.2.latency')).toBe('PT12.34S');
    expect(cmi.objectives[1]).toMatchObject({
      id: 'self-care',
      success_status: 'failed',
      completion_status: 'incomplete',
      score: { scaled: '0.3333', raw: '33.33', min: '0', max: '100' },
    });
  });

  it('reads no pass mark from a package without one, at the cost of the spec\'s one "not initialized" answer', async () => {
    const lms = fakeLms('scorm2004', { learner_id: 'learner-1', entry: 'ab-initio' });
    const tracker = open(lms);
    expect((await tracker.start()).masteryScore).toBeUndefined();
    await runCourse(tracker, true);
    tracker.finish();
    expect(lms.errors().map((c) => `${c.method} ${c.args[0]} ${c.code}`)).toEqual([
      'GetValue cmi.scaled_passing_score 403',
    ]);
  });

  it('sets id, then type, before every other field of an interaction, with consecutive indexes', async () => {
    const lms = fakeLms('scorm2004', first);
    const tracker = open(lms);
    await tracker.start();
    await runCourse(tracker, true);
    tracker.finish();

    const fields = lms.sets().filter(([e]) => e.startsWith('cmi.interactions.'));
    const indexes = [...new Set(fields.map(([e]) => Number(e.split('.')[2])))];
    expect(indexes).toEqual([0, 1, 2, 3, 4, 5]);
    for (const n of indexes) {
      const own = fields
        .filter(([e]) => e.startsWith(`cmi.interactions.${n}.`))
        .map(([e]) => e.split('.').slice(3).join('.'));
      expect(own.slice(0, 2)).toEqual(['id', 'type']);
    }
  });

  it('terminates once, never right after a Commit, and writes only what changed', async () => {
    const lms = fakeLms('scorm2004', first);
    const tracker = open(lms);
    await tracker.start();
    await runCourse(tracker, true);
    tracker.finish();
    tracker.finish();

    const methods = lms.calls.map((c) => c.method);
    expect(lms.count('Terminate')).toBe(1);
    expect(methods.at(-1)).toBe('Terminate');
    expect(methods.at(-2)).not.toBe('Commit');
    expect(lms.count('Commit')).toBe(3);
    const sets = lms.sets().map(([element, value]) => `${element}=${value}`);
    expect(new Set(sets).size).toBe(sets.length);
    expect(lms.count('SetValue')).toMatchInlineSnapshot(`99`);
  });

  it('resumes from the LMS copy, updates known answers in place and suspends when not done', async () => {
    const lms = fakeLms('scorm2004', first);
    const tracker = open(lms);
    await tracker.start();
    await runCourse(tracker, false);
    tracker.finish();
    expect(lms.sent('cmi.exit')).toBe('suspend');

    const again = fakeLms('scorm2004', relaunchCmi('scorm2004', lms.stored!));
    const resumed = open(again);
    const started = await resumed.start();
    expect(started).toMatchObject({ entry: 'resume', location: 'assessment/result', masteryScore: 75 });
    expect(JSON.parse(started.suspendData!).page).toBe('assessment/result');

    resumed.recordInteraction({ ...answers.trueFalse!, response: ['true'], result: 'incorrect' });
    resumed.recordInteraction({ ...answers.single!, id: 'final.6.q-new' });
    resumed.setObjectives(objectives(true));
    resumed.setStatus({ completion: 'completed', success: 'passed', progress: 1, scorePercent: 100 });
    resumed.finish();
    expect(again.errors()).toEqual([]);
    const interactions = again.stored!.interactions;
    expect(Object.keys(interactions)).toHaveLength(7);
    expect(interactions[1]).toMatchObject({ id: 'final.3.q-fix', learner_response: 'true', result: 'incorrect' });
    expect(interactions[6]).toMatchObject({ id: 'final.6.q-new' });
    expect(Object.keys(again.stored!.objectives)).toEqual(['0', '1']);
    expect(again.stored!.success_status).toBe('passed');
  });
});
