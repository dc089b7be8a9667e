// @vitest-environment jsdom
/**
 * Issue 16: the blocks a learner answers or writes in (questions, scenarios, reflections,
 * checklists, plans, Likert scales) travel in activities.js, apart from page.js, so Start
 * on a page that is reading only never waits for them. A page that has one waits for the
 * part, then shows it.
 */
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { hasActivities } from '../../src/course/kinds.ts';
import { indexCourse } from '../../src/engine/course-index.ts';
import { partsForPage } from '../../src/player/use-parts.ts';
import { drive, freeSample, loadCourse, makeSession, renderPlayer } from './helpers.tsx';

const parts = () => (globalThis as { PssParts?: Record<string, unknown> }).PssParts!;
// Registered by helpers.tsx, as the author preview does; a test that takes it away puts it back.
const registered = parts().activities;
afterEach(() => {
  parts().activities = registered;
});

describe('the activities part', () => {
  it('is what a page with a question, scenario, reflection, checklist, plan or Likert scale needs, and only such a page', () => {
    const { course } = freeSample();
    const needs = Object.fromEntries(
      indexCourse(course).pages.map(({ page }) => [page.id, partsForPage({ course }, page.id).join(' ')]),
    );
    expect(needs).toEqual({
      'page-welcome': 'page',
      'page-media': 'page',
      'page-check': 'page activities',
      'page-scenario': 'page activities',
      'page-order': 'page activities',
      'page-plan': 'page activities',
    });
  });

  it("names a page's words after its parts, where a package sends them apart", () => {
    const { course } = freeSample();
    const text = {
      common: 'text-0',
      lessons: { 'lesson-basics': 'text-1', 'lesson-practice': 'text-2' },
      ending: 'text-3',
    };
    expect(partsForPage({ course, text }, 'page-check')).toEqual(['page', 'activities', 'text-0', 'text-1']);
    expect(partsForPage({ course, text }, 'page-welcome')).toEqual(['page', 'text-0', 'text-1']);
    expect(partsForPage({ course, text }, undefined)).toEqual(['page', 'text-0']);
  });

  it('is not needed by the first page of any real course, and every course has pages that need it', () => {
    for (const name of ['communication', 'listening', 'self-care'] as const)
      for (const { course } of loadCourse(`courses/${name}`)) {
        const pages = indexCourse(course).pages.map(({ page }) => page);
        expect(hasActivities(pages[0]!), `${name}/${course.language}`).toBe(false);
        // Every course has activities somewhere: the part is not dead weight.
        expect(pages.some(hasActivities), `${name}/${course.language}`).toBe(true);
      }
  });

  it('shows a reading page at once without it', () => {
    delete parts().activities;
    const { course } = freeSample();
    const input = makeSession(course);
    drive(input, { type: 'course.start' });
    renderPlayer(input);
    expect(screen.getByRole('heading', { level: 2, name: 'Welcome' })).toBeTruthy();
    expect(document.querySelector('main .part-loading')).toBeNull();
  });

  it('keeps a page with a question waiting until the part has arrived, then shows the question', async () => {
    delete parts().activities;
    const { course } = freeSample();
    const input = makeSession(course);
    drive(input, { type: 'course.start' }, { type: 'nav.goto', pageId: 'page-check' });
    renderPlayer(input);
    expect(document.querySelector('main .part-loading')).not.toBeNull();
    expect(document.querySelector('main [data-question]')).toBeNull();
    const script = document.head.querySelector<HTMLScriptElement>('script[src="activities.js"]')!;
    expect(script).not.toBeNull();
    parts().activities = registered;
    fireEvent.load(script);
    await screen.findByRole('heading', { level: 2, name: 'Check your understanding' });
    // The questions below the first come once the page's first frame is painted (PageScreen).
    await waitFor(() => expect(document.querySelectorAll('main [data-question]').length).toBe(3));
    expect(document.querySelector('main .part-loading')).toBeNull();
  });
});
