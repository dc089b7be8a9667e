import { describe, expect, it } from 'vitest';
import { LANGUAGE_TAG, textDirection } from '../../src/course/language.ts';

describe('textDirection', () => {
  it('is right to left for languages written in Arabic or Hebrew script', () => {
    expect(['ar', 'ar-EG', 'ar-001', 'he', 'fa', 'ur', 'ps', 'ckb', 'yi'].map((tag) => textDirection(tag))).toEqual(
      Array(9).fill('rtl'),
    );
  });

  it('is left to right for other languages', () => {
    expect(['en', 'fr', 'fr-CA', 'es-419', 'sw', 'uk', 'ku', 'zh-Hant-TW'].map((tag) => textDirection(tag))).toEqual(
      Array(8).fill('ltr'),
    );
  });

  it('follows the script subtag over the language', () => {
    expect(textDirection('pa-Arab')).toBe('rtl');
    expect(textDirection('ku-Arab')).toBe('rtl');
    expect(textDirection('az-Latn')).toBe('ltr');
    expect(textDirection('ur-Latn')).toBe('ltr');
  });

  it('uses the direction the course sets', () => {
    expect(textDirection('ar', 'ltr')).toBe('ltr');
    expect(textDirection('en', 'rtl')).toBe('rtl');
  });
});

describe('LANGUAGE_TAG', () => {
  it('accepts language, script, region and variant subtags', () => {
    expect(['en', 'fil', 'ar-EG', 'es-419', 'sr-Latn-RS', 'sl-rozaj'].filter((tag) => !LANGUAGE_TAG.test(tag))).toEqual(
      [],
    );
  });

  it('rejects names, underscores and wrong letter case', () => {
    expect(['English', 'en_GB', 'EN', 'en-gb', 'e', ''].filter((tag) => LANGUAGE_TAG.test(tag))).toEqual([]);
  });
});
