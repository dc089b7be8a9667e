/**
 * Leaving and coming back: the page going away ends the LMS session exactly once, and a
 * document that replaces the course's own in the same frame (a reload) carries on from
 * what this tab kept, without a single call the LMS would answer with an error code.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScormVersion } from '../../src/scorm/scorm-version.ts';
import { createTracker } from '../../src/tracking/create-tracker.ts';
import { record, timestampOf } from './course-script.ts';
import { fakeLms, memoryStorage } from './fake-lms.ts';

beforeEach(() => void vi.useFakeTimers({ now: Date.UTC(2025, 4, 6, 7, 0, 0) }));
afterEach(() => void vi.useRealTimers());

const first = (version: ScormVersion) =>
  version === 'scorm12'
    ? { core: { student_id: 'learner-1', student_name: 'Doe, Jane', entry: 'ab-initio' } }
    : { learner_id: 'learner-1', learner_name: 'Jane Doe', entry: 'ab-initio' };

/** The LMS page (holding the API) and one tab's storages, shared by the documents the course frame loads. */
function lmsTab(version: ScormVersion) {
  const lms = fakeLms(version, first(version));
  return { lms, tab: memoryStorage(), local: memoryStorage() };
}

/** One document of the course inside the LMS frame. */
function load(version: ScormVersion, { lms, tab, local }: ReturnType<typeof lmsTab>, reloaded: boolean) {
  const win = Object.assign(new EventTarget(), { [version === 'scorm12' ? 'API' : 'API_1484_11']: lms.api });
  const tracker = createTracker({
    standard: version,
    courseId: 'pss-basics',
    graded: false,
    timestampOf,
    window: win,
    storage: local,
    tabStorage: tab,
    reloaded,
  });
  const notices: string[] = [];
  tracker.notices.subscribe((n) => notices.push(n.kind));
  return { tracker, win, notices };
}

const page = (suspendData: string | undefined) => (suspendData ? JSON.parse(suspendData).page : undefined);

describe.each(['scorm12', 'scorm2004'] as const)('%s', (version) => {
  const end = version === 'scorm12' ? 'LMSFinish' : 'Terminate';
  const init = version === 'scorm12' ? 'LMSInitialize' : 'Initialize';

  it('ends the session once when the page goes away, and never again', async () => {
    const setup = lmsTab(version);
    const { tracker, win } = load(version, setup, false);
    await tracker.start();
    tracker.saveProgress(record('p1'), 'p1');
    await vi.advanceTimersByTimeAsync(3_000);
    win.dispatchEvent(new Event('pagehide'));
    win.dispatchEvent(new Event('pagehide'));
    tracker.finish();
    expect(setup.lms.count(end)).toBe(1);
    expect(setup.lms.errors()).toEqual([]);
    expect(setup.lms.sent(version === 'scorm12' ? 'cmi.core.session_time' : 'cmi.session_time')).toBe(
      version === 'scorm12' ? '0000:00:03.00' : 'PT3S',
    );
  });

  it('carries on after a reload that follows the ending, from this tab alone, asking the LMS nothing', async () => {
    const setup = lmsTab(version);
    const before = load(version, setup, false);
    await before.tracker.start();
    before.tracker.saveProgress(record('p1'), 'p1');
    before.win.dispatchEvent(new Event('pagehide'));
    // This frame may not use localStorage (third-party storage blocked), only its tab's storage.
    setup.local.broken = true;
    const calls = setup.lms.calls.length;

    const after = load(version, setup, true);
    const started = await after.tracker.start();
    expect(started).toMatchObject({ entry: 'resume', location: 'p1', learnerId: 'learner-1' });
    expect(page(started.suspendData)).toBe('p1');
    expect(after.notices).toEqual(['lms-unavailable']);
    after.tracker.saveProgress(record('p2'), 'p2');
    after.tracker.checkpoint();
    await vi.advanceTimersByTimeAsync(5_000);
    after.win.dispatchEvent(new Event('pagehide'));
    expect(setup.lms.calls.length).toBe(calls);

    // And again: the tab still holds the latest progress.
    expect(page((await load(version, setup, true).tracker.start()).suspendData)).toBe('p2');
  });

  it('reopens a session this tab left open without a second Initialize', async () => {
    const setup = lmsTab(version);
    const before = load(version, setup, false);
    await before.tracker.start();
    before.tracker.saveProgress(record('p1'), 'p1');
    before.tracker.checkpoint();
    await vi.advanceTimersByTimeAsync(1_000);
    // The page died without pagehide (a crash), leaving the LMS session open.
    setup.local.broken = true;

    const after = load(version, setup, true);
    const started = await after.tracker.start();
    expect(page(started.suspendData)).toBe('p1');
    expect(setup.lms.count(init)).toBe(1);
    after.tracker.finish();
    expect(setup.lms.errors()).toEqual([]);
    expect(setup.lms.count(end)).toBe(1);
  });

  it('starts a new session when the LMS launches the course again, whatever this tab remembers', async () => {
    const setup = lmsTab(version);
    const before = load(version, setup, false);
    await before.tracker.start();
    before.win.dispatchEvent(new Event('pagehide'));

    const relaunch = { ...setup, lms: fakeLms(version, first(version)) };
    const after = load(version, relaunch, true);
    await after.tracker.start();
    expect(after.tracker.standard).toBe(version);
    expect(relaunch.lms.count(init)).toBe(1);
    expect(relaunch.lms.errors()).toEqual([]);
    expect(after.notices).toEqual([]);
  });

  it('tells the learner, back from the back/forward cache, that progress now stays in this browser', async () => {
    const setup = lmsTab(version);
    const { tracker, win, notices } = load(version, setup, false);
    await tracker.start();
    win.dispatchEvent(Object.assign(new Event('pagehide'), { persisted: true }));
    win.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    const calls = setup.lms.calls.length;
    tracker.saveProgress(record('p3'), 'p3');
    tracker.checkpoint();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(notices).toEqual(['lms-unavailable']);
    expect(setup.lms.calls.length).toBe(calls);
    expect(setup.local.getItem('pss-progress:pss-basics:learner-1')).toContain('p3');
  });
});
