/**
 * Numbers in the course's language (src/player/format.ts). Making the first Intl formatter
 * loads the locale's data, which costs a slow phone 60 to 100 ms (issue 16), so formats are
 * made once per language, each formatter only when first asked for, and the intro's numbers
 * come formatted by the packager.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { courseData } from '../../packaging/index-html.ts';
import { prerenderIntro } from '../../packaging/prerender-intro.tsx';
import { createFormats, introNumbers, seedFormats, warmFormats } from '../../src/player/format.ts';
import { dictionaryFor } from '../../src/player/i18n/index.ts';
import { loadCourse, ROOT } from '../support/courses.ts';
import { organisationFor } from '../support/organisations.ts';

/** Runs `work` counting the Intl number formatters made meanwhile. */
function countingFormatters(work: () => void): number {
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
    work();
  } finally {
    Intl.NumberFormat = Real;
  }
  return made;
}

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
    const formats = createFormats('de');
    expect(countingFormatters(() => undefined)).toBe(0);
    expect(countingFormatters(() => [formats.number(1), formats.number(2)])).toBe(1);
    expect(countingFormatters(() => expect(formats.percent(0.5).replace(/\s/g, ' ')).toBe('50 %'))).toBe(1);
    expect(countingFormatters(() => warmFormats('de'))).toBe(0);
    expect(countingFormatters(() => warmFormats('it'))).toBe(1);
  });

  it('gives seeded numbers as they are, and formats any other', () => {
    seedFormats('pt', { minutes: { 45: '45 minutos (seeded)' }, number: { 6: 'seis' } });
    const pt = createFormats('pt');
    expect(
      countingFormatters(() => expect([pt.minutes(45), pt.number(6)]).toEqual(['45 minutos (seeded)', 'seis'])),
    ).toBe(0);
    expect(pt.number(7)).toBe('7');
  });

  it("renders a real course's intro from the packager's numbers without loading any locale data", () => {
    const { course } = loadCourse(join(ROOT, 'courses', 'listening')).find((v) => v.course.language === 'ar')!;
    const data = courseData(course, organisationFor('ar'), 'scorm12').data;
    expect(data.numbers).toEqual(introNumbers('ar', course));
    // A language no test has formatted in yet, as a learner's browser has none at first.
    const fresh = { ...course, language: 'ar-EG' };
    seedFormats('ar-EG', data.numbers!);
    expect(countingFormatters(() => prerenderIntro(fresh, organisationFor('ar'), 'scorm12', dictionaryFor('ar')))).toBe(
      0,
    );
  });
});
