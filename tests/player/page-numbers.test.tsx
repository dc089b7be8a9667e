// @vitest-environment jsdom
/**
 * Issue 16: the first Intl number formatter a page makes loads the locale's data, 60 to 120 ms
 * on a slow phone. With the numbers a package carries (its language's shapes and the minutes
 * it shows), no screen on the way through a real course's lessons makes one: not the intro,
 * not a page, a lesson's opening, the progress bar or the contents list.
 */
import { act } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { indexCourse } from '../../src/engine/course-index.ts';
import { packagedNumbers, seedFormats } from '../../src/player/format.ts';
import { lessonMinutes } from '../../src/player/screens/LessonOpening.tsx';
import { countingFormatters } from '../support/intl.ts';
import { drive, loadCourse, makeSession, organisationFor, renderPlayer } from './helpers.tsx';

describe('the numbers a package carries', () => {
  for (const name of ['communication', 'listening', 'self-care'] as const)
    it(`show every page of ${name}, in every language, without an Intl formatter`, () => {
      for (const { course: validated } of loadCourse(`courses/${name}`)) {
        const course = { ...validated, navigation: 'free' as const };
        // As index.html carries them (packaging/index-html.ts, checked in tests/packaging/course-zip.test.ts).
        const minutes = course.lessons.map((lesson) => lessonMinutes(course, lesson));
        // Nothing in this file formats before: the language is as fresh as in a learner's browser.
        seedFormats(course.language, packagedNumbers(course.language, course, minutes));
        // The real courses play for the demo organisation, which has every one of their languages.
        const input = makeSession(course, organisationFor(course.language, 'demo'));
        const pages = indexCourse(course).pages.map(({ page }) => page.id);
        const shown: string[] = [];
        const made = countingFormatters(() => {
          const { container, unmount } = renderPlayer(input);
          drive(input, { type: 'course.start' });
          for (const pageId of pages) {
            drive(input, { type: 'nav.goto', pageId });
            act(() => {});
            shown.push(container.querySelector('main [data-landing]')?.textContent ?? '');
          }
          unmount();
        });
        expect(made, `${name}/${course.language}`).toBe(0);
        // The walk did show every page: a page's heading is its title.
        expect(shown.length, `${name}/${course.language}`).toBe(pages.length);
        expect(new Set(shown).size, `${name}/${course.language}`).toBeGreaterThan(pages.length / 2);
      }
    });
});
