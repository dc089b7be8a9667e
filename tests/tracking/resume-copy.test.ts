/**
 * Where a session resumes from when this device holds several copies: its learner's own,
 * one a session whose LMS failed left without a learner id, and the LMS's. The copy with
 * more saves behind it wins, and older progress never replaces newer in either direction.
 */
import { describe, expect, it } from 'vitest';
import { LocalCopy, localKey } from '../../src/tracking/local-copy.ts';
import { newestOnDevice, resumeFrom } from '../../src/tracking/resume-copy.ts';
import { memoryStorage } from './fake-lms.ts';

const SCOPE = 'demo.self-care.en';
/** A record with its save sequence and save time, as the engine writes them: `s=<sequence>;t=<time>`. */
const rec = (sequence: number, time = 1_000) => `s=${sequence};t=${time}`;
const stamps = {
  sequenceOf: (r: string) => {
    const m = /^s=(\d+)/.exec(r);
    return m ? Number(m[1]) : undefined;
  },
  timestampOf: (r: string) => {
    const m = /t=(\d+)$/.exec(r);
    return m ? Number(m[1]) : undefined;
  },
};
const place = (storage = memoryStorage()) => ({ storage, scope: SCOPE, stamps });
const stored = (storage: ReturnType<typeof memoryStorage>, learner: string) =>
  JSON.parse(storage.data.get(localKey(SCOPE, learner)) ?? 'null');

/** What a session whose LMS failed to start leaves: a copy under no learner id, marked for this package. */
function leftByFailedStart(storage: ReturnType<typeof memoryStorage>, record: string, location: string) {
  storage.setItem(localKey(SCOPE, ''), JSON.stringify({ record, location, unclaimed: SCOPE }));
}

describe('resuming after a session whose LMS failed to start', () => {
  it('takes over the copy the failed session left, under the learner id the LMS gives now', () => {
    const storage = memoryStorage();
    leftByFailedStart(storage, rec(6), 'p6');
    const resumed = resumeFrom({ record: rec(2), location: 'p2' }, 'learner-7', place(storage));
    expect(resumed.entry).toEqual({ record: rec(6), location: 'p6' });
    expect(resumed.fromLocal).toBe(true);
    // Moved, so no other learner's launch on this device can take it too.
    expect(stored(storage, 'learner-7')).toEqual({ record: rec(6), location: 'p6' });
    expect(storage.data.has(localKey(SCOPE, ''))).toBe(false);
  });

  it('finds it when the LMS has nothing yet for the learner', () => {
    const storage = memoryStorage();
    leftByFailedStart(storage, rec(3), 'p3');
    expect(resumeFrom({ record: '', location: '' }, 'learner-7', place(storage)).entry).toEqual({
      record: rec(3),
      location: 'p3',
    });
  });

  it('leaves it when the LMS copy has more saves behind it, even if the failed session’s clock is later', () => {
    const storage = memoryStorage();
    leftByFailedStart(storage, rec(3, 9_999_999), 'p3');
    const resumed = resumeFrom({ record: rec(8, 1_000), location: 'p8' }, 'learner-7', place(storage));
    expect(resumed).toMatchObject({ entry: { record: rec(8, 1_000), location: 'p8' }, fromLocal: false });
  });

  it('ignores a copy from opening the package outside any LMS, and one of another package', () => {
    const storage = memoryStorage();
    storage.setItem(localKey(SCOPE, ''), JSON.stringify({ record: rec(9), location: 'p9' }));
    expect(resumeFrom({ record: rec(2), location: 'p2' }, 'learner-7', place(storage)).entry.record).toBe(rec(2));
    storage.setItem(localKey(SCOPE, ''), JSON.stringify({ record: rec(9), location: 'p9', unclaimed: 'other.pkg.en' }));
    expect(resumeFrom({ record: rec(2), location: 'p2' }, 'learner-7', place(storage)).entry.record).toBe(rec(2));
  });
});

describe('a session without a learner id', () => {
  it('starts from the newest copy of the package on this device, by save sequence', () => {
    const storage = memoryStorage();
    storage.setItem(localKey(SCOPE, 'learner-7'), JSON.stringify({ record: rec(5, 1), location: 'p5' }));
    storage.setItem(localKey(SCOPE, 'learner-8'), JSON.stringify({ record: rec(4, 99), location: 'p4' }));
    storage.setItem(localKey('other.course.en', 'learner-7'), JSON.stringify({ record: rec(50), location: 'x' }));
    expect(newestOnDevice(place(storage))).toEqual({ record: rec(5, 1), location: 'p5' });
  });

  it('skips a copy of an attempt that ended', () => {
    const storage = memoryStorage();
    storage.setItem(localKey(SCOPE, 'learner-7'), JSON.stringify({ record: rec(5), location: 'p5', done: true }));
    expect(newestOnDevice(place(storage))).toBeUndefined();
  });
});

describe('the copy in this browser', () => {
  it('refuses to replace a stored copy with more saves behind it, and keeps the newer one', () => {
    const storage = memoryStorage();
    const tabA = new LocalCopy(storage, localKey(SCOPE, 'learner-7'), undefined, stamps.sequenceOf);
    const tabB = new LocalCopy(storage, localKey(SCOPE, 'learner-7'), undefined, stamps.sequenceOf);
    expect(tabA.write({ record: rec(5), location: 'p5' })).toBe(true);
    expect(tabB.write({ record: rec(2), location: 'p2' })).toBe(false);
    expect(stored(storage, 'learner-7')).toEqual({ record: rec(5), location: 'p5' });
    expect(tabB.write({ record: rec(6), location: 'p6' })).toBe(true);
  });

  it('lets a new attempt start counting again after an attempt that ended', () => {
    const storage = memoryStorage();
    const copy = new LocalCopy(storage, localKey(SCOPE, 'learner-7'), undefined, stamps.sequenceOf);
    copy.write({ record: rec(9), location: 'end', done: true });
    expect(copy.write({ record: rec(1), location: 'p1' })).toBe(true);
  });
});
