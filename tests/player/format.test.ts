/**
 * Numbers in the course's language (src/player/format.ts). Making the first Intl formatter
 * loads the locale's data, which costs a slow phone 60 to 120 ms (issue 16), so formats are
 * made once per language, each formatter only when first asked for, and the packager sends
 * the language's number shapes and the minutes the course shows, so no page needs one.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { courseData } from '../../packaging/index-html.ts';
import { prerenderIntro } from '../../packaging/prerender-intro.tsx';
import { createFormats, numberShapes, packagedNumbers, seedFormats } from '../../src/player/format.ts';
import { dictionaryFor } from '../../src/player/i18n/index.ts';
import { lessonMinutes } from '../../src/player/screens/LessonOpening.tsx';
import { loadCourse, ROOT } from '../support/courses.ts';
import { countingFormatters } from '../support/intl.ts';
import { organisationFor } from '../support/organisations.ts';

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
    const minutes = course.lessons.map((lesson) => lessonMinutes(course, lesson));
    expect(data.numbers).toEqual(packagedNumbers('ar', course, minutes));
    // A language no test has formatted in yet, as a learner's browser has none at first.
    const fresh = { ...course, language: 'ar-SA' };
    seedFormats('ar-SA', packagedNumbers('ar-SA', course, minutes));
    expect(countingFormatters(() => prerenderIntro(fresh, organisationFor('ar'), 'scorm12', dictionaryFor('ar')))).toBe(
      0,
    );
  });
});

describe('number shapes', () => {
  // The Movement's languages, and scripts with digits of their own (Eastern Arabic, Persian, Bengali, Burmese).
  const LANGUAGES = ['en', 'fr', 'es', 'ar', 'ar-EG', 'fa', 'bn', 'my', 'hi', 'de', 'zh'];

  it('write every whole number under 10,000 and every whole percentage as Intl does, with no formatter made', () => {
    for (const language of LANGUAGES) {
      const shapes = numberShapes(language);
      expect(shapes, language).toBeDefined();
      const number = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
      const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
      // A tag of its own, so nothing formatted before in this file is reused.
      const tag = `${language}-u-nu-${number.resolvedOptions().numberingSystem}`;
      seedFormats(tag, { shapes });
      const fmt = createFormats(tag);
      const mine: string[] = [];
      const made = countingFormatters(() => {
        for (let n = 0; n < 10_000; n++) mine.push(fmt.number(n));
        for (let whole = 0; whole <= 100; whole++) mine.push(fmt.percent(whole / 100));
      });
      expect(made, language).toBe(0);
      const intl = [
        ...Array.from({ length: 10_000 }, (_, n) => number.format(n)),
        ...Array.from({ length: 101 }, (_, whole) => percent.format(whole / 100)),
      ];
      expect(mine, language).toEqual(intl);
    }
  });

  it('leave every other number to Intl: thousands, fractions, negatives, shares over a whole', () => {
    seedFormats('fr-CH', { shapes: numberShapes('fr-CH')! });
    const fmt = createFormats('fr-CH');
    const intl = (n: number) => new Intl.NumberFormat('fr-CH', { maximumFractionDigits: 0 }).format(n);
    const pct = (n: number) => new Intl.NumberFormat('fr-CH', { style: 'percent', maximumFractionDigits: 0 }).format(n);
    expect([fmt.number(10_000), fmt.number(12345), fmt.number(2.6), fmt.number(-3)]).toEqual(
      [10_000, 12345, 2.6, -3].map(intl),
    );
    expect([fmt.percent(0.425), fmt.percent(1.5), fmt.percent(-0.1)]).toEqual([0.425, 1.5, -0.1].map(pct));
  });

  it('that are not what the packager makes are ignored, and Intl formats instead', () => {
    seedFormats('it-CH', { shapes: { digits: '0123', group: ',', percent: '#%' } });
    seedFormats('it-CH', { shapes: { digits: 'abcdefghij', group: ',', percent: 'no place for digits' } });
    expect(countingFormatters(() => expect(createFormats('it-CH').number(7)).toBe('7'))).toBe(1);
  });

  it('come with the minutes every lesson opening shows, in every real course and language', () => {
    for (const name of ['communication', 'listening', 'self-care'])
      for (const { course } of loadCourse(join(ROOT, 'courses', name))) {
        const numbers = courseData(course, organisationFor(course.language), 'scorm12').data.numbers!;
        expect(numbers.shapes, `${name}/${course.language}`).toBeDefined();
        for (const lesson of course.lessons)
          expect(numbers.minutes?.[lessonMinutes(course, lesson)], `${name}/${course.language}`).toBeDefined();
      }
  });
});
