// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ar } from '../../src/player/i18n/ar.ts';
import { en } from '../../src/player/i18n/en.ts';
import { es } from '../../src/player/i18n/es.ts';
import { fr } from '../../src/player/i18n/fr.ts';
import { dictionaryFor } from '../../src/player/i18n/index.ts';
import type { ValidatedCourse } from '../../src/validator/validate-course.ts';
import { loadCourse, makeSession, renderPlayer, textOf } from './helpers.tsx';

const [, arabic] = loadCourse('mini') as [ValidatedCourse, ValidatedCourse];

describe('an Arabic course', () => {
  it('renders right to left, in Arabic, with the interface in Arabic', () => {
    renderPlayer(makeSession(arabic.course));
    const root = document.querySelector('.player')!;
    expect([root.getAttribute('lang'), root.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('دقيقة من الإصغاء');
    // Digits depend on the ICU data of the runtime ("3" or "٣"); the plural form of the unit is Intl's.
    const minutes = new Intl.NumberFormat('ar', { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(3);
    expect(minutes).toMatch(/^(3|٣) دقائق$/);
    expect(textOf(document.querySelector('main'))).toBe(
      `عن هذه الدورة أصغر دورة مفيدة: صفحتان وسؤال واحد وحوار قصير. المدة التقريبية: ${minutes} عدد الدروس: ${new Intl.NumberFormat('ar').format(1)} شهادة إتمام ما ستتعلّمه التعرّف على الرد الداعم. ابدأ`,
    );
  });

  it('uses Arabic for navigation, questions and progress', () => {
    renderPlayer(makeSession(arabic.course));
    fireEvent.click(screen.getByRole('button', { name: 'ابدأ' }));
    expect(screen.getByRole('navigation', { name: 'المحتويات' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'التالي' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'توقّف مؤقتًا واخرج' })).toBeTruthy();
    const bar = screen.getByRole('progressbar', { name: 'التقدّم في الدورة' });
    expect(bar.getAttribute('aria-valuetext')).toBe(
      `اكتمل ${new Intl.NumberFormat('ar', { style: 'percent' }).format(0.5)}`,
    );
    fireEvent.click(screen.getByRole('button', { name: 'التالي' }));
    fireEvent.click(screen.getByRole('radio', { name: 'يبدو ذلك صعبًا. أنا هنا لأستمع إليك.' }));
    fireEvent.click(screen.getByRole('button', { name: 'أرسل' }));
    expect(textOf(document.querySelector('.feedback'))).toBe('إجابة صحيحة نعم: فهو يسمّي الشعور ويمنح الوقت.');
  });
});

describe('the interface language', () => {
  it('follows the primary language subtag, with English for anything else', () => {
    expect(dictionaryFor('fr-CA')).toBe(fr);
    expect(dictionaryFor('es-419')).toBe(es);
    expect(dictionaryFor('ar-EG')).toBe(ar);
    expect(dictionaryFor('de')).toBe(en);
  });

  it('has the same entries in every language, none of them empty', () => {
    const shape = (value: unknown): unknown =>
      typeof value === 'function'
        ? `fn/${value.length}`
        : typeof value === 'object'
          ? Object.fromEntries(Object.entries(value!).map(([k, v]) => [k, shape(v)]))
          : typeof value;
    const empty = (value: unknown): boolean =>
      typeof value === 'string'
        ? !value.trim()
        : typeof value === 'function'
          ? !value('1', '2', '3').trim()
          : Object.values(value!).some(empty);
    for (const dictionary of [fr, es, ar]) {
      expect(shape(dictionary)).toEqual(shape(en));
      expect(empty(dictionary)).toBe(false);
    }
  });
});
