import { describe, expect, it } from 'vitest';
import { fromShortId, toShortId } from '../../src/tracking/short-id.ts';

// Moodle 4.5's check of SCORM 2004 short_identifier_type (shared/SCORM-NOTES.md).
const STRICT_SHORT_ID = /^[\w.]{1,250}$/;

describe('SCORM 2004 short identifiers', () => {
  it('writes authored ids as strict short identifiers that still read as the course ids', () => {
    const ids = ['name-it', 'swap-fine', 'ask-need', 'share-facts', 'a', '3', 'step-2-of-10'];
    expect(ids.map(toShortId)).toMatchInlineSnapshot(`
      [
        "name_it",
        "swap_fine",
        "ask_need",
        "share_facts",
        "a",
        "3",
        "step_2_of_10",
      ]
    `);
    for (const id of ids) expect(toShortId(id)).toMatch(STRICT_SHORT_ID);
  });

  it('reads back every id it writes, whatever characters a future id may hold', () => {
    const ids = ['name-it', 'a_b', 'a.b', 'a-b', 'a.005f', 'Été-2', 'قائمة-1', 'emoji-😀', '_', '.', '-', 'a b'];
    for (const id of ids) {
      expect(fromShortId(toShortId(id))).toBe(id);
      expect(toShortId(id)).toMatch(/^[\w.]+$/);
    }
  });

  it('never gives two ids the same short identifier', () => {
    const ids = ['a-b', 'a_b', 'a.b', 'a--b', 'a-.b', 'a.005f', 'a_005f', 'ab', 'a-b-c', 'a-bc', 'ab-c'];
    const written = ids.map(toShortId);
    expect(new Set(written).size).toBe(ids.length);
  });
});
