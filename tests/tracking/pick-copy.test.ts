import { describe, expect, it } from 'vitest';
import { compareCopies, pickCopy } from '../../src/tracking/pick-copy.ts';

const stamp = (r: string) => (r.startsWith('t=') ? Number(r.slice(2)) : undefined);
const copy = (record: string, done?: boolean) => ({ record, location: `at ${record}`, ...(done ? { done } : {}) });

describe('picking the copy to resume from', () => {
  it('takes the newer copy', () => {
    expect(pickCopy(copy('t=1'), copy('t=2'), stamp)).toEqual({ entry: copy('t=2'), fromLocal: true });
    expect(pickCopy(copy('t=3'), copy('t=2'), stamp)).toEqual({ entry: copy('t=3'), fromLocal: false });
  });

  it('takes the local copy on a tie, since it is written before anything reaches the LMS', () => {
    expect(pickCopy(copy('t=2'), { record: 't=2', location: 'later page' }, stamp)).toEqual({
      entry: { record: 't=2', location: 'later page' },
      fromLocal: true,
    });
  });

  it('takes the LMS copy when either time is unknown, or the engine throws on one', () => {
    expect(pickCopy(copy('garbage'), copy('t=2'), stamp).fromLocal).toBe(false);
    expect(pickCopy(copy('t=1'), copy('garbage'), stamp).fromLocal).toBe(false);
    expect(pickCopy(copy('t=1'), copy('t=2')).fromLocal).toBe(false);
    const throwing = () => {
      throw new SyntaxError('Unexpected token');
    };
    expect(pickCopy(copy('t=1'), copy('t=2'), throwing).fromLocal).toBe(false);
  });

  it('takes whichever copy exists', () => {
    expect(pickCopy(copy(''), copy('t=2'), stamp).fromLocal).toBe(true);
    expect(pickCopy(copy('t=1'), undefined, stamp).fromLocal).toBe(false);
  });

  it('ignores a local copy of an attempt that ended when the LMS starts a new one', () => {
    expect(pickCopy(copy(''), copy('t=2', true), stamp)).toEqual({ entry: copy(''), fromLocal: false });
  });
});

/** Records that carry a save sequence and a time, as the engine's do: `s=<sequence>;t=<time>`. */
const sequenced = (sequence: number, time: number) => `s=${sequence};t=${time}`;
const stamps = {
  sequenceOf: (r: string) => (/^s=(\d+)/.exec(r) ? Number(/^s=(\d+)/.exec(r)![1]) : undefined),
  timestampOf: (r: string) => (/t=(\d+)$/.exec(r) ? Number(/t=(\d+)$/.exec(r)![1]) : undefined),
};

describe('comparing copies by their save sequence', () => {
  it('takes the copy with more saves behind it, even when the clock says it is older', () => {
    // The local copy was saved on a device whose clock is an hour behind.
    const local = copy(sequenced(7, 1_000));
    const lms = copy(sequenced(5, 3_600_000));
    expect(pickCopy(lms, local, stamps.timestampOf, stamps.sequenceOf)).toEqual({ entry: local, fromLocal: true });
  });

  it('keeps the LMS copy when it has more saves, whatever the local clock says (older never overwrites newer)', () => {
    const local = copy(sequenced(3, 9_999_999));
    const lms = copy(sequenced(4, 1_000));
    expect(pickCopy(lms, local, stamps.timestampOf, stamps.sequenceOf)).toEqual({ entry: lms, fromLocal: false });
  });

  it('falls back to the save time on equal sequences, and for records without one', () => {
    expect(compareCopies(sequenced(2, 5), sequenced(2, 9), stamps)).toBeLessThan(0);
    expect(compareCopies('t=9', sequenced(2, 5), stamps)).toBeGreaterThan(0);
    expect(compareCopies('garbage', sequenced(2, 5), stamps)).toBeUndefined();
  });
});
