import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTracker } from '../../src/tracking/create-tracker.ts';
import { LocalCopy } from '../../src/tracking/local-copy.ts';
import type { TrackingNotice } from '../../src/tracking/tracker.ts';
import { record, timestampOf } from './course-script.ts';
import { fakeLms, memoryStorage } from './fake-lms.ts';

beforeEach(() => {
  vi.useFakeTimers({ now: Date.UTC(2025, 4, 6, 7, 0, 0) });
});
afterEach(() => {
  vi.useRealTimers();
});

function listen(tracker: { notices: { subscribe: (l: (n: TrackingNotice) => void) => () => void } }) {
  const notices: TrackingNotice[] = [];
  tracker.notices.subscribe((n) => notices.push(n));
  return notices;
}

describe('standalone tracker', () => {
  it('keeps the whole record when it is given one cut down for an LMS', async () => {
    const storage = memoryStorage();
    const tracker = createTracker({ standard: 'standalone', courseId: 'pss-basics', storage });
    await tracker.start();
    tracker.saveProgress(record('p2'), 'p2', record('p2', Date.now(), 'whole'));
    const next = createTracker({ standard: 'standalone', courseId: 'pss-basics', storage });
    expect((await next.start()).suspendData).toBe(record('p2', Date.now(), 'whole'));
  });

  it('saves in this browser, says so, and resumes on the next visit', async () => {
    const storage = memoryStorage();
    const tracker = createTracker({ standard: 'standalone', courseId: 'pss-basics', storage });
    const notices = listen(tracker);
    expect(await tracker.start()).toEqual({
      entry: 'ab-initio',
      mode: 'normal',
      suspendData: undefined,
      location: undefined,
      learnerId: '',
    });
    expect(notices).toMatchInlineSnapshot(`
      [
        {
          "detail": "Progress is saved in this browser only.",
          "kind": "standalone",
        },
      ]
    `);
    tracker.saveProgress(record('p4'), 'p4');
    tracker.setStatus({ completion: 'completed', success: 'passed', progress: 1, scorePercent: 90 });
    tracker.finish();

    const next = createTracker({ standard: 'standalone', courseId: 'pss-basics', storage });
    expect(await next.start()).toMatchObject({ entry: 'resume', location: 'p4', suspendData: record('p4') });
  });

  it('keeps progress in memory when storage throws, and says so', async () => {
    const storage = memoryStorage();
    storage.broken = true;
    const tracker = createTracker({ standard: 'standalone', courseId: 'pss-basics', storage });
    const notices = listen(tracker);
    await tracker.start();
    expect(() => tracker.saveProgress(record('p1'), 'p1')).not.toThrow();
    expect(notices.map((n) => n.detail)).toEqual([
      'This browser does not allow saving; progress is kept only until this page is closed.',
    ]);
  });

  it('switches to memory once when storage starts failing mid-session (a full quota)', async () => {
    const storage = memoryStorage();
    const tracker = createTracker({ standard: 'standalone', courseId: 'pss-basics', storage });
    const notices = listen(tracker);
    await tracker.start();
    storage.broken = true;
    tracker.saveProgress(record('p1'), 'p1');
    tracker.saveProgress(record('p2'), 'p2');
    expect(notices.map((n) => n.kind)).toEqual(['standalone', 'not-saved']);
    expect(notices[1]!.detail).toBe('This browser stopped saving progress; it is kept only until this page is closed.');
  });

  it('works in Node with no window and no localStorage', async () => {
    const tracker = createTracker({ standard: 'scorm2004', courseId: 'pss-basics', discovery: { attempts: 1 } });
    const notices = listen(tracker);
    await tracker.start();
    expect(tracker.standard).toBe('standalone');
    expect(notices.map((n) => n.kind)).toEqual(['lms-unavailable', 'not-saved']);
    expect(notices[1]!.detail).toMatch(/kept only until this page is closed/);
  });
});

describe('choosing the tracker', () => {
  it('falls back to standalone when a SCORM package finds no API within 1.5 s', async () => {
    const tracker = createTracker({
      standard: 'scorm12',
      courseId: 'pss-basics',
      window: {},
      storage: memoryStorage(),
    });
    const notices = listen(tracker);
    expect(tracker.standard).toBe('scorm12');
    const started = tracker.start();
    await vi.advanceTimersByTimeAsync(1500);
    await started;
    expect(tracker.standard).toBe('standalone');
    expect(notices).toMatchInlineSnapshot(`
      [
        {
          "detail": "No SCORM 1.2 API was found in this window, its parents or its opener; progress is saved in this browser only.",
          "kind": "lms-unavailable",
        },
        {
          "detail": "Progress is saved in this browser only.",
          "kind": "standalone",
        },
      ]
    `);
  });

  it('keeps calls made while it is still looking for the LMS and replays them in order', async () => {
    // The LMS frame attaches the API late; the course runs in a frame inside it.
    const lmsWindow: Record<string, unknown> = {};
    lmsWindow.parent = lmsWindow;
    const win = { parent: lmsWindow };
    const lms = fakeLms('scorm2004', { learner_id: 'l1', entry: 'ab-initio', scaled_passing_score: '0.8' });
    setTimeout(() => (lmsWindow.API_1484_11 = lms.api), 600);
    const tracker = createTracker({
      standard: 'scorm2004',
      courseId: 'pss-basics',
      window: win,
      storage: memoryStorage(),
      timestampOf,
    });
    const started = tracker.start();
    tracker.saveProgress(record('p1'), 'p1');
    tracker.setStatus({ completion: 'incomplete', success: 'unknown', progress: 0.1 });
    tracker.checkpoint();
    await vi.advanceTimersByTimeAsync(2000);
    await started;
    expect(tracker.standard).toBe('scorm2004');
    expect(lms.stored).toMatchObject({ location: 'p1', completion_status: 'incomplete' });
    expect(lms.errors()).toEqual([]);
  });

  it('uses the browser window and localStorage by default', async () => {
    // Node has neither; a browser-like global stands in for both.
    const storage = memoryStorage();
    vi.stubGlobal('localStorage', storage);
    vi.stubGlobal('window', {});
    try {
      const tracker = createTracker({ standard: 'standalone', courseId: 'pss-basics' });
      await tracker.start();
      tracker.saveProgress(record('p2'), 'p2');
      expect([...storage.data.keys()]).toContain('pss-progress:pss-basics:local');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('local copy', () => {
  it('keeps the copy in memory when storage refuses it', () => {
    const storage = memoryStorage();
    const copy = new LocalCopy(storage, 'k');
    storage.broken = true;
    copy.write({ record: 'r1', location: 'p1' });
    expect(copy.persistent).toBe(false);
    expect(copy.read()).toEqual({ record: 'r1', location: 'p1' });
  });

  it('reads nothing from a corrupt entry instead of crashing', () => {
    const storage = memoryStorage();
    storage.setItem('k', '{"record": 5}');
    expect(new LocalCopy(storage, 'k').read()).toBeUndefined();
    storage.setItem('k', 'not json');
    expect(new LocalCopy(storage, 'k').read()).toBeUndefined();
  });
});
