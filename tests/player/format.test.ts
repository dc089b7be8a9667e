/**
 * Numbers in the course's language (src/player/format.ts). Making the first Intl formatter
 * loads the locale's data, which costs a slow phone 60 to 100 ms (issue 16), so formats are
 * made once per language, and each formatter only when first asked for.
 */
import { describe, expect, it } from 'vitest';
import { createFormats } from '../../src/player/format.ts';

describe('createFormats', () => {
  it('formats in the course language: percent, whole numbers, minutes with their unit', () => {
    const fr = createFormats('fr');
    expect(fr.percent(0.4).replace(/\s/g, ' ')).toBe('40 %');
    expect(fr.number(1234.4).replace(/\s/g, ' ')).toBe('1 234');
    expect(fr.minutes(15)).toBe('15 minutes');
    expect(createFormats('ar').number(15)).toBe(new Intl.NumberFormat('ar').format(15));
  });

  it('gives a language the same formats every time, so a new player input makes no new formatter', () => {
    expect(createFormats('es')).toBe(createFormats('es'));
    expect(createFormats('es')).not.toBe(createFormats('en'));
  });

  it('makes no Intl formatter until a number is formatted, then one per kind', () => {
    const Real = Intl.NumberFormat;
    let made = 0;
    class Counted extends Real {
      constructor(...args: ConstructorParameters<typeof Intl.NumberFormat>) {
        super(...args);
        made++;
      }
    }
    Intl.NumberFormat = Counted as typeof Intl.NumberFormat;
    try {
      const formats = createFormats('de');
      expect(made).toBe(0);
      formats.number(1);
      formats.number(2);
      expect(made).toBe(1);
      expect(formats.percent(0.5).replace(/\s/g, ' ')).toBe('50 %');
      expect(made).toBe(2);
    } finally {
      Intl.NumberFormat = Real;
    }
  });
});
