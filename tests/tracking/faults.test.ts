/**
 * Fault injection against a fake LMS: failing commits, a throwing or vanishing API, a killed tab,
 * garbage suspend_data, a full storage. Long because each fault is its own small script.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTracker } from '../../src/tracking/create-tracker.ts';
import type { Tracker, TrackingNotice } from '../../src/tracking/tracker.ts';
import { answers, record, timestampOf } from './course-script.ts';
import { fakeLms, memoryStorage, relaunchCmi } from './fake-lms.ts';

beforeEach(() => {
  vi.useFakeTimers({ now: Date.UTC(2025, 4, 6, 7, 0, 0) });
});
afterEach(() => {
  vi.useRealTimers();
});

const VERSIONS = [
  {
    version: 'scorm12',
    standard: 'scorm12',
    key: 'API',
    suspend: (cmi: any) => cmi.suspend_data,
    first: { core: { student_id: 'learner-1', entry: 'ab-initio' } },
  },
  {
    version: 'scorm2004',
    standard: 'scorm2004',
    key: 'API_1484_11',
    suspend: (cmi: any) => cmi.suspend_data,
    first: { learner_id: 'learner-1', entry: 'ab-initio', scaled_passing_score: '0.8' },
  },
] as const;

const page = (r: string | undefined) => (r ? (JSON.parse(r) as { page: string }).page : undefined);

// #region Failures every LMS can have
describe.each(VERSIONS)('SCORM $version under faults', ({ version, standard, key, first }) => {
  function open(lms: ReturnType<typeof fakeLms>, storage: ReturnType<typeof memoryStorage>) {
    const tracker = createTracker({
      standard,
      courseId: 'pss-basics',
      timestampOf,
      window: { [key]: lms.api },
      storage,
      retryDelaysMs: [1000, 2000, 4000],
    });
    const notices: TrackingNotice['kind'][] = [];
    tracker.notices.subscribe((n) => notices.push(n.kind));
    return { tracker, notices };
  }

  /** Saves a page, asks for a commit and lets time pass. */
  async function visit(tracker: Tracker, name: string, ms = 5000) {
    tracker.saveProgress(record(name), name);
    tracker.checkpoint();
    await vi.advanceTimersByTimeAsync(ms);
  }

  it('retries a Commit that fails the first 3 times, says so once, and loses nothing', async () => {
    const lms = fakeLms(version, first);
    const storage = memoryStorage();
    const { tracker, notices } = open(lms, storage);
    await tracker.start();
    lms.faults.commitFailures = 3;
    await visit(tracker, 'p1', 600);
    expect(notices).toEqual(['save-failed']);
    expect(lms.stored).toBeUndefined();
    await visit(tracker, 'p2', 10_000);
    expect(notices).toEqual(['save-failed', 'save-recovered']);
    expect(page(lms.stored?.suspend_data)).toBe('p2');
    expect(lms.errors().map((c) => c.code)).toEqual(['391', '391', '391']);
  });

  it('retries SetValues that fail, in their original order', async () => {
    const lms = fakeLms(version, first);
    const { tracker, notices } = open(lms, memoryStorage());
    await tracker.start();
    lms.faults.setFailures = 2;
    await visit(tracker, 'p1', 8000);
    expect(notices).toEqual(['save-failed', 'save-recovered']);
    expect(page(lms.stored?.suspend_data)).toBe('p1');
    expect(lms.errors().map((c) => c.code)).toEqual(['101', '101']);
  });

  it('catches an API that throws, and recovers when it stops', async () => {
    const lms = fakeLms(version, first);
    const { tracker, notices } = open(lms, memoryStorage());
    await tracker.start();
    lms.faults.throwing = true;
    await expect(visit(tracker, 'p1', 600)).resolves.toBeUndefined();
    expect(() => tracker.setStatus({ completion: 'incomplete', success: 'unknown', progress: 0.5 })).not.toThrow();
    expect(notices).toEqual(['lms-unavailable']);
    lms.faults.throwing = false;
    await vi.advanceTimersByTimeAsync(4000);
    expect(notices).toEqual(['lms-unavailable', 'save-recovered']);
    expect(page(lms.stored?.suspend_data)).toBe('p1');
  });

  it('keeps saving in this browser when the API disappears, and resumes from that copy', async () => {
    const lms = fakeLms(version, first);
    const storage = memoryStorage();
    const { tracker, notices } = open(lms, storage);
    await tracker.start();
    await visit(tracker, 'p1');
    lms.faults.gone = true;
    await visit(tracker, 'p2');
    await visit(tracker, 'p3', 60_000);
    expect(() => tracker.finish()).not.toThrow();
    expect(notices).toEqual(['lms-unavailable']);
    expect(page(lms.stored!.suspend_data)).toBe('p1');

    const again = fakeLms(version, relaunchCmi(version, lms.stored!));
    const { tracker: resumed } = open(again, storage);
    const started = await resumed.start();
    expect(page(started.suspendData)).toBe('p3');
    expect(started).toMatchObject({ entry: 'resume', location: 'p3' });
    // The newer local copy goes back to the LMS at the first commit.
    resumed.checkpoint();
    await vi.advanceTimersByTimeAsync(1000);
    expect(page(again.stored!.suspend_data)).toBe('p3');
    expect(again.errors()).toEqual([]);
  });

  it('resumes from the newer local copy after the tab was killed without finish()', async () => {
    const lms = fakeLms(version, first);
    const storage = memoryStorage();
    const { tracker } = open(lms, storage);
    await tracker.start();
    await visit(tracker, 'p1');
    tracker.saveProgress(record('p2'), 'p2'); // killed before the checkpoint's commit

    const again = fakeLms(version, relaunchCmi(version, lms.stored!));
    const started = await open(again, storage).tracker.start();
    expect(page(started.suspendData)).toBe('p2');
  });

  it('prefers the LMS copy when it is newer, or when either copy has no time', async () => {
    const lms = fakeLms(version, first);
    const storage = memoryStorage();
    await open(lms, storage).tracker.start();
    const older = fakeLms(version, first);
    const { tracker: elsewhere } = open(older, memoryStorage());
    await elsewhere.start();
    await visit(elsewhere, 'p9');
    elsewhere.finish();

    // This device saved p1 earlier than the other device saved p9.
    storage.setItem(
      `pss-progress:pss-basics:learner-1`,
      JSON.stringify({ record: record('p1', Date.UTC(2025, 0, 1)), location: 'p1' }),
    );
    const cmi = relaunchCmi(version, older.stored!);
    expect(page((await open(fakeLms(version, cmi), storage).tracker.start()).suspendData)).toBe('p9');

    storage.setItem(`pss-progress:pss-basics:learner-1`, JSON.stringify({ record: '{"page":"p1"}', location: 'p1' }));
    expect(page((await open(fakeLms(version, cmi), storage).tracker.start()).suspendData)).toBe('p9');
  });

  it('passes garbage suspend_data from the LMS on to the engine without crashing', async () => {
    const cmi =
      version === 'scorm12'
        ? { core: { student_id: 'learner-1', entry: 'resume' }, suspend_data: '\u0000{not json' }
        : { learner_id: 'learner-1', entry: 'resume', suspend_data: '\u0000{not json' };
    const lms = fakeLms(version, cmi);
    const storage = memoryStorage();
    storage.setItem('pss-progress:pss-basics:learner-1', '{broken');
    const { tracker } = open(lms, storage);
    const started = await tracker.start();
    expect(started.suspendData).toBe('\u0000{not json');
    await visit(tracker, 'p1');
    expect(page(lms.stored!.suspend_data)).toBe('p1');
  });

  it('never lets one learner resume another learner’s progress on a shared device', async () => {
    const storage = memoryStorage();
    const lms = fakeLms(version, first);
    const { tracker } = open(lms, storage);
    await tracker.start();
    tracker.saveProgress(record('p7'), 'p7');

    const other =
      version === 'scorm12'
        ? { core: { student_id: 'learner-2', entry: 'ab-initio' } }
        : { learner_id: 'learner-2', entry: 'ab-initio' };
    const started = await open(fakeLms(version, other), storage).tracker.start();
    expect(started.suspendData).toBeUndefined();
    expect([...storage.data.keys()].sort()).toEqual(['pss-progress:pss-basics:learner-1']);
  });

  it('falls back to this browser when Initialize fails', async () => {
    const lms = fakeLms(version, first);
    lms.faults.initFailure = true;
    const { tracker, notices } = open(lms, memoryStorage());
    await tracker.start();
    expect(tracker.standard).toBe('standalone');
    expect(notices).toEqual(['lms-unavailable', 'standalone']);
  });

  it('carries on when the page reloads inside an LMS session that is already initialised', async () => {
    const lms = fakeLms(version, first);
    lms.real[lms.names.init]!('');
    const { tracker, notices } = open(lms, memoryStorage());
    await tracker.start();
    expect(tracker.standard).toBe(standard);
    await visit(tracker, 'p1');
    expect(page(lms.stored!.suspend_data)).toBe('p1');
    expect(notices).toEqual([]);
  });
});

// #endregion

// #region LMS-specific refusals and limits
describe('an LMS with rules of its own', () => {
  const first = { learner_id: 'learner-1', entry: 'ab-initio', scaled_passing_score: '0.8' };
  const open = (lms: ReturnType<typeof fakeLms>) => {
    const tracker = createTracker({
      standard: 'scorm2004',
      courseId: 'pss-basics',
      timestampOf,
      window: { API_1484_11: lms.api },
      storage: memoryStorage(),
    });
    const notices: TrackingNotice[] = [];
    tracker.notices.subscribe((n) => notices.push(n));
    return { tracker, notices };
  };

  it('says once that it refused the progress record, keeps it locally and saves the rest', async () => {
    const lms = fakeLms('scorm2004', first);
    // A 2nd-edition LMS that still allows only 4000 characters.
    lms.faults.refuse = (element, value) => (element === 'cmi.suspend_data' && value.length > 4000 ? '406' : undefined);
    const { tracker, notices } = open(lms);
    await tracker.start();
    for (const name of ['p1', 'p2']) {
      tracker.saveProgress(record(name, Date.now(), 'x'.repeat(5000)), name);
      tracker.setStatus({ completion: 'incomplete', success: 'unknown', progress: 0.5 });
      tracker.checkpoint();
      await vi.advanceTimersByTimeAsync(30_000);
    }
    expect(notices.map((n) => n.detail)).toEqual([
      'The LMS refused cmi.suspend_data (error 406); it is kept in this browser only.',
    ]);
    expect(lms.stored).toMatchObject({ location: 'p2', completion_status: 'incomplete' });
    // Refused values are not retried: two attempts, one per save.
    expect(lms.errors()).toHaveLength(2);
  });

  it('drops answers an LMS does not implement, silently, without holding up the rest', async () => {
    const lms = fakeLms('scorm2004', first);
    lms.faults.refuse = (element) => (element.startsWith('cmi.interactions.') ? '402' : undefined);
    const { tracker, notices } = open(lms);
    await tracker.start();
    tracker.recordInteraction(answers.single!);
    tracker.saveProgress(record('p1'), 'p1');
    tracker.checkpoint();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(notices).toEqual([]);
    expect(lms.stored).toMatchObject({ location: 'p1' });
  });

  it('never writes a bookmark over 1000 characters, nor its record without it', async () => {
    const lms = fakeLms('scorm2004', first);
    const { tracker, notices } = open(lms);
    await tracker.start();
    tracker.saveProgress(record('p1'), 'p'.repeat(1001));
    tracker.checkpoint();
    await vi.advanceTimersByTimeAsync(1000);
    expect(lms.sent('cmi.location')).toBeUndefined();
    expect(lms.sent('cmi.suspend_data')).toBeUndefined();
    expect(notices.map((n) => n.kind)).toEqual(['save-failed']);
    tracker.saveProgress(record('p2'), 'p2');
    tracker.checkpoint();
    await vi.advanceTimersByTimeAsync(1000);
    expect(lms.stored).toMatchObject({ location: 'p2' });
    expect(notices.map((n) => n.kind)).toEqual(['save-failed', 'save-recovered']);
  });

  it('tells the learner when Terminate fails', async () => {
    const lms = fakeLms('scorm2004', first);
    lms.faults.terminateFailure = true;
    const { tracker, notices } = open(lms);
    await tracker.start();
    tracker.finish();
    expect(notices.map((n) => n.kind)).toEqual(['save-failed']);
  });
});

describe('SCORM 1.2 suspend_data limit', () => {
  it('never writes a record over 4096 characters, keeps it locally, and says so', async () => {
    const lms = fakeLms('scorm12', { core: { student_id: 'learner-1', entry: 'ab-initio' } });
    const storage = memoryStorage();
    const tracker = createTracker({
      standard: 'scorm12',
      courseId: 'pss-basics',
      timestampOf,
      window: { API: lms.api },
      storage,
    });
    const notices: TrackingNotice[] = [];
    tracker.notices.subscribe((n) => notices.push(n));
    await tracker.start();
    tracker.saveProgress(record('p1'), 'p1');
    tracker.checkpoint();
    await vi.advanceTimersByTimeAsync(5000);
    const big = record('p2', Date.now(), 'x'.repeat(4100));
    tracker.saveProgress(big, 'p2');
    tracker.saveProgress(record('p3', Date.now(), 'x'.repeat(4200)), 'p3');
    tracker.checkpoint();
    await vi.advanceTimersByTimeAsync(5000);
    tracker.finish();

    expect(lms.sets().every(([, value]) => value.length <= 4096)).toBe(true);
    expect(page(lms.stored!.suspend_data)).toBe('p1');
    expect(lms.stored!.core.lesson_location).toBe('p1');
    expect(notices.map((n) => n.kind)).toEqual(['save-failed']);
    expect(notices[0]!.detail).toMatchInlineSnapshot(
      `"The progress record (4156 characters) or bookmark (2) is longer than scorm12 allows (4096 and 255). It is kept in this browser only."`,
    );

    const again = fakeLms('scorm12', relaunchCmi('scorm12', lms.stored!));
    const resumed = createTracker({
      standard: 'scorm12',
      courseId: 'pss-basics',
      timestampOf,
      window: { API: again.api },
      storage,
    });
    expect(page((await resumed.start()).suspendData)).toBe('p3');
  });
});
// #endregion
