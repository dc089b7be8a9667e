import { describe, expect, it } from 'vitest';
import { IdMap } from '../../src/engine/id-map.ts';
import { random } from '../../src/engine/random.ts';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `page-${i}`);

describe('IdMap', () => {
  it('leaves the map it came from unchanged', () => {
    const before = IdMap.from([['a', 1]]);
    const after = before.set('b', 2).set('a', 3);
    expect(before.toJSON()).toEqual({ a: 1 });
    expect(after.toJSON()).toEqual({ a: 3, b: 2 });
    expect([before.size, after.size]).toEqual([1, 2]);
  });

  it('holds thousands of ids, each readable, with the size kept as it grows', () => {
    let map = IdMap.empty<number>();
    ids(5000).forEach((id, i) => {
      map = map.set(id, i);
    });
    expect(map.size).toBe(5000);
    expect(ids(5000).every((id, i) => map.get(id) === i)).toBe(true);
    expect(map.get('page-5000')).toBeUndefined();
    expect(map.has('page-4999')).toBe(true);
  });

  it('equals a map of the same entries whatever order they were added in', () => {
    const list = ids(300).map((id, i): [string, number] => [id, i]);
    const next = random(7);
    const shuffled = [...list].sort(() => next() - 0.5);
    const a = IdMap.from(list);
    const b = IdMap.from(shuffled);
    expect(a).toEqual(b);
    expect(a.keys()).toEqual(b.keys());
    expect(a).not.toEqual(b.set('page-0', -1));
  });

  it('returns itself when a value is set to what it already is', () => {
    const value = { tries: 1 };
    const map = IdMap.from([['q', value]]);
    expect(map.set('q', value)).toBe(map);
  });

  it('counts values that pass a test, and counts a changed copy correctly', () => {
    const isEven = (n: number) => n % 2 === 0;
    let map = IdMap.from(ids(1000).map((id, i): [string, number] => [id, i]));
    expect(map.count(isEven)).toBe(500);
    map = map.set('page-1', 2).set('extra', 4);
    expect(map.count(isEven)).toBe(502);
  });

  it('reads as a plain object in JSON', () => {
    expect(JSON.stringify({ answers: IdMap.from({ q: 1 }) })).toBe('{"answers":{"q":1}}');
  });
});
