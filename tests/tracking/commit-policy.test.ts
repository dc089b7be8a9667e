// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTracker } from '../../src/tracking/create-tracker.ts';
import type { TrackingStatus } from '../../src/tracking/tracker.ts';
import { record, timestampOf } from './course-script.ts';
import { fakeLms, memoryStorage } from './fake-lms.ts';

beforeEach(() => {
  vi.useFakeTimers({ now: Date.UTC(2025, 4, 6, 7, 0, 0) });
});
afterEach(() => {
  vi.useRealTimers();
  Reflect.deleteProperty(document, 'visibilityState');
});

/** A real jsdom window with the 1.2 API on it, as an LMS page would have. */
async function session(first: object = { core: { student_id: 'learner-1', entry: 'ab-initio' } }) {
  const lms = fakeLms('scorm12', first);
  const win = Object.assign(window, { API: lms.api });
  const storage = memoryStorage();
  const tracker = createTracker({ standard: 'scorm12', courseId: 'pss-basics', timestampOf, window: win, storage });
  await tracker.start();
  return { lms, tracker, storage };
}

afterEach(() => {
  Reflect.deleteProperty(window, 'API');
});

describe('commit policy', () => {
  it('merges checkpoints that come close together into one Commit', async () => {
    const { lms, tracker } = await session();
    for (let i = 0; i < 5; i++) {
      tracker.saveProgress(record(`p${i}`), `p${i}`);
      tracker.checkpoint();
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(lms.count('LMSCommit')).toBe(0);
    await vi.advanceTimersByTimeAsync(500);
    expect(lms.count('LMSCommit')).toBe(1);
    expect(lms.stored!.core.lesson_location).toBe('p4');
  });

  it('neither writes nor commits when nothing changed', async () => {
    const { lms, tracker } = await session();
    tracker.saveProgress(record('p1', 1), 'p1');
    tracker.checkpoint();
    await vi.advanceTimersByTimeAsync(1000);
    const before = lms.calls.length;
    tracker.saveProgress(record('p1', 1), 'p1');
    tracker.setStatus({ completion: 'incomplete', success: 'unknown', progress: 0 });
    tracker.setStatus({ completion: 'incomplete', success: 'unknown', progress: 0 });
    tracker.checkpoint();
    await vi.advanceTimersByTimeAsync(1000);
    expect(lms.calls.slice(before).map((c) => `${c.method} ${c.args.join(' ')}`)).toEqual([
      'LMSSetValue cmi.core.lesson_status incomplete',
      'LMSCommit ',
    ]);
    tracker.checkpoint();
    await vi.advanceTimersByTimeAsync(1000);
    expect(lms.count('LMSCommit')).toBe(2);
  });

  it('commits at once when the page is hidden, without waiting for the checkpoint, and keeps the session open', async () => {
    const { lms, tracker } = await session();
    tracker.saveProgress(record('p1'), 'p1');
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(lms.count('LMSCommit')).toBe(0);
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(lms.count('LMSCommit')).toBe(1);
    expect(lms.stored!.core.lesson_location).toBe('p1');
    expect(lms.count('LMSFinish')).toBe(0);
  });

  it('ends the session once when the page goes away: session time, exit, Commit, then LMSFinish', async () => {
    const { lms, tracker } = await session();
    tracker.saveProgress(record('p1'), 'p1');
    await vi.advanceTimersByTimeAsync(12_340);
    window.dispatchEvent(new Event('pagehide'));
    window.dispatchEvent(new Event('pagehide'));
    tracker.finish();
    const ending = lms.calls
      .filter((c) => c.method !== 'LMSGetValue')
      .map((c) => `${c.method} ${c.args.join(' ')}`.trim().replace(/(suspend_data) .*/, '$1'));
    expect(ending).toEqual([
      'LMSInitialize',
      'LMSSetValue cmi.core.exit suspend',
      'LMSSetValue cmi.suspend_data',
      'LMSSetValue cmi.core.lesson_location p1',
      'LMSSetValue cmi.core.session_time 0000:00:12.34',
      'LMSCommit',
      'LMSFinish',
    ]);
    expect(lms.count('LMSFinish')).toBe(1);
    expect(lms.errors()).toEqual([]);
    expect(lms.stored!.core).toMatchObject({ lesson_location: 'p1', exit: 'suspend' });
  });

  it('stops listening and stops writing to the LMS after finish(), but still keeps the local copy', async () => {
    const { lms, tracker, storage } = await session();
    tracker.finish();
    const calls = lms.calls.length;
    tracker.saveProgress(record('late'), 'late');
    tracker.setStatus({ completion: 'completed', success: 'passed', progress: 1 });
    tracker.checkpoint();
    window.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(5000);
    tracker.finish();
    expect(lms.calls.length).toBe(calls);
    expect(storage.getItem('pss-progress:pss-basics:learner-1')).toContain('late');
  });

  it('measures session time from start() to finish(), the wait for a late API included', async () => {
    const lms = fakeLms('scorm12', { core: { student_id: 'learner-1', entry: 'ab-initio' } });
    // The LMS frame attaches the API late; the course runs in a frame inside it.
    const lmsWindow: Record<string, unknown> = {};
    lmsWindow.parent = lmsWindow;
    const win = { parent: lmsWindow };
    setTimeout(() => (lmsWindow.API = lms.api), 900);
    const tracker = createTracker({
      standard: 'scorm12',
      courseId: 'pss-basics',
      window: win,
      storage: memoryStorage(),
    });
    const started = tracker.start();
    await vi.advanceTimersByTimeAsync(900);
    await started;
    await vi.advanceTimersByTimeAsync(61_234);
    tracker.finish();
    expect(lms.sent('cmi.core.session_time')).toBe('0000:01:02.13');
  });

  it('does nothing when finish() comes before start()', () => {
    const lms = fakeLms('scorm12');
    const tracker = createTracker({
      standard: 'scorm12',
      courseId: 'pss-basics',
      window: { API: lms.api },
      storage: memoryStorage(),
    });
    tracker.finish();
    expect(lms.calls).toEqual([]);
  });
});

describe('exit', () => {
  const cases: Array<[string, TrackingStatus | undefined, string, string]> = [
    ['no status yet', undefined, 'suspend', 'suspend'],
    ['incomplete', { completion: 'incomplete', success: 'unknown', progress: 0.5 }, 'suspend', 'suspend'],
    [
      'failed with attempts left',
      { completion: 'incomplete', success: 'unknown', progress: 1, scorePercent: 40 },
      'suspend',
      'suspend',
    ],
    // No attempts left: the course's final outcome is "failed", and the attempt is over.
    ['failed for good', { completion: 'completed', success: 'failed', progress: 1, scorePercent: 40 }, '', 'normal'],
    ['completed', { completion: 'completed', success: 'unknown', progress: 1 }, '', 'normal'],
    ['passed', { completion: 'completed', success: 'passed', progress: 1, scorePercent: 90 }, '', 'normal'],
  ];

  it.each(cases)('is right for a session that ends %s', async (_, status, exit12, exit2004) => {
    for (const [version, expected] of [
      ['scorm12', exit12],
      ['scorm2004', exit2004],
    ] as const) {
      const lms = fakeLms(
        version,
        version === 'scorm12' ? { core: { entry: 'ab-initio' } } : { entry: 'ab-initio', scaled_passing_score: '0.8' },
      );
      const key = version === 'scorm12' ? 'API' : 'API_1484_11';
      const tracker = createTracker({
        standard: version,
        courseId: 'c',
        window: { [key]: lms.api },
        storage: null,
      });
      await tracker.start();
      if (status) tracker.setStatus(status);
      tracker.finish();
      expect(lms.sent(version === 'scorm12' ? 'cmi.core.exit' : 'cmi.exit')).toBe(expected);
      expect(lms.errors()).toEqual([]);
    }
  });

  it('is already "suspend" in the first commit, so a killed tab resumes', async () => {
    const { lms, tracker } = await session();
    tracker.saveProgress(record('p1'), 'p1');
    tracker.checkpoint();
    await vi.advanceTimersByTimeAsync(1000);
    expect(lms.stored!.core.exit).toBe('suspend');
  });
});
