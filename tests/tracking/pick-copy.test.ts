import { describe, expect, it } from 'vitest';
import { pickCopy } from '../../src/tracking/pick-copy.ts';

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
