// @vitest-environment jsdom
/**
 * Navigation in the player (jsdom): the intro, previous and next, the contents menu, focus
 * and landmarks. Long because each rule of the flow gets a test of its own.
 */
import { act, fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { correctResponse } from '../../src/engine/scoring.ts';
import type { ValidatedCourse } from '../../src/validator/validate-course.ts';
import { drive, loadCourse, makeSession, nextFrame, renderPlayer, textOf } from './helpers.tsx';

const [sample] = loadCourse('sample') as [ValidatedCourse];
const start = () => {
  const input = makeSession(sample.course);
  const view = renderPlayer(input);
  return { input, ...view };
};
const main = () => document.querySelector('main')!;
const heading = () => screen.getAllByRole('heading', { level: 2 })[0]!;

// #region Intro
describe('the intro screen', () => {
  it('shows the description, objectives and content note, then starts on the first page', () => {
    const { input } = start();
    expect(main().dataset.screen).toBe('intro');
    expect(screen.getByRole('heading', { level: 1, name: 'Sample check-in course' })).toBeTruthy();
    expect(textOf(main())).toMatchInlineSnapshot(
      `"About this course A short course that uses every block type. The test suite runs it; it is also a worked example for authors. About 17 minutes Lessons: 2 Certificate of completion What you will learn Describe what active listening looks like. Know when to refer a person to more help. Before you start Some examples describe people in distress. You can pause at any time and come back later. Start"`,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    expect(main().dataset.screen).toBe('page');
    expect(heading().textContent).toBe('Welcome');
    expect(input.actor.getSnapshot().context.pageId).toBe('page-welcome');
  });

  it('shows the cover, described, and what comes with the course', () => {
    start();
    const cover = main().querySelector('img.cover')!;
    expect([cover.getAttribute('src'), cover.getAttribute('alt'), cover.getAttribute('loading')]).toEqual([
      'media/cover.svg',
      'Two volunteers in plain vests talk with an older man on a bench outside a branch office.',
      'lazy',
    ]);
  });

  it("opens each lesson on its first page: where it is, the lesson's picture, what the learner will do, about how long", () => {
    const { input } = start();
    drive(input, { type: 'course.start' });
    expect(textOf(main().querySelector('.eyebrow'))).toBe('Lesson 1 of 2 · Listening basics');
    const opening = main().querySelector('.lesson-opening')!;
    // 17 minutes shared out by pages: three of the six.
    expect(textOf(opening)).toMatchInlineSnapshot(`"What listening means when someone is upset. About 9 minutes"`);
    expect(opening.querySelector('img')!.getAttribute('alt')).toBe(
      'Two people sitting side by side, one listening while the other talks.',
    );
    drive(input, { type: 'nav.next' });
    expect(main().querySelector('.lesson-opening')).toBeNull();
  });

  it('has a banner, a navigation landmark once inside, and a main landmark', () => {
    start();
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    expect(screen.getByRole('navigation', { name: 'Contents' })).toBeTruthy();
    expect(screen.getByRole('main')).toBe(main());
  });

  it('moves focus to the new heading on every page change, before the frame that shows it is painted', async () => {
    start();
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    await nextFrame();
    expect(document.activeElement).toBe(heading());
    expect(document.activeElement?.textContent).toBe('Welcome');
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    // Not in the click's own task (focusing lays the page out there), but in the frame after it.
    expect(document.activeElement?.textContent).not.toBe('Hear and see it');
    await nextFrame();
    expect(document.activeElement?.textContent).toBe('Hear and see it');
  });

  it('moves focus only to the last of two landings in one frame', async () => {
    start();
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    await nextFrame();
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    fireEvent.click(screen.getByRole('button', { name: 'Previous' }));
    const focused: string[] = [];
    const seen = (event: FocusEvent) => focused.push((event.target as HTMLElement).textContent ?? '');
    document.addEventListener('focusin', seen);
    await nextFrame();
    document.removeEventListener('focusin', seen);
    expect(focused).toEqual(['Welcome']);
  });
});
// #endregion

// #region Previous and Next
describe('previous and next', () => {
  it('moves forward and back, with Previous refused on the first page', () => {
    start();
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    const previous = screen.getByRole('button', { name: 'Previous' });
    expect(previous.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(previous);
    expect(heading().textContent).toBe('Welcome');
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(heading().textContent).toBe('Hear and see it');
    fireEvent.click(screen.getByRole('button', { name: 'Previous' }));
    expect(heading().textContent).toBe('Welcome');
  });

  it('refuses Next while the page has unanswered checks, and says why', () => {
    const { input } = start();
    drive(input, { type: 'course.start' }, { type: 'nav.next' }, { type: 'nav.next' });
    expect(heading().textContent).toBe('Check your understanding');
    const next = screen.getByRole('button', { name: 'Next' });
    expect(next.getAttribute('aria-disabled')).toBe('true');
    expect(document.getElementById(next.getAttribute('aria-describedby')!)?.textContent).toMatchInlineSnapshot(
      `"Finish the activities on this page to go on."`,
    );
    fireEvent.click(next);
    expect(heading().textContent).toBe('Check your understanding');
    expect(input.sent.filter((e) => e.type === 'nav.next')).toHaveLength(2);
  });
});
// #endregion

// #region Contents
describe('the contents menu', () => {
  it('lists lessons and pages with their status, and marks the current page', () => {
    const { input } = start();
    drive(input, { type: 'course.start' }, { type: 'nav.next' }, { type: 'nav.next' });
    const nav = screen.getByRole('navigation', { name: 'Contents' });
    const entries = within(nav)
      .getAllByRole('button')
      .filter((b) => b.classList.contains('toc-entry'))
      .map(
        (b) =>
          `${textOf(b)}${b.getAttribute('aria-current') ? ' [current]' : ''}${b.getAttribute('aria-disabled') ? ' [disabled]' : ''}`,
      );
    expect(entries).toMatchInlineSnapshot(`
      [
        "Welcome Complete",
        "Hear and see it Complete",
        "Check your understanding In progress [current]",
        "A conversation Locked [disabled]",
        "Put it together Locked [disabled]",
        "Your plan Locked [disabled]",
        "Final check Locked [disabled]",
        "Summary Locked [disabled]",
      ]
    `);
  });

  it('opens from the Menu button, with Pause and exit, and closes on the way to another page', () => {
    const { input } = start();
    drive(input, { type: 'course.start' }, { type: 'nav.next' });
    const toggle = screen.getByRole('button', { name: 'Menu' });
    expect([toggle.getAttribute('aria-expanded'), toggle.getAttribute('aria-controls')]).toEqual([
      'false',
      'exit-row toc-list',
    ]);
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(document.getElementById('toc-list')!.dataset.open).toBe('true');
    expect(within(document.getElementById('exit-row')!).getByRole('button', { name: 'Pause and exit' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^Welcome/ }));
    expect(heading().textContent).toBe('Welcome');
    expect([toggle.getAttribute('aria-expanded'), document.getElementById('toc-list')!.dataset.open]).toEqual([
      'false',
      'false',
    ]);
  });

  it("renders a phone's closed contents only once the Menu opens it, and always beside the page on a wide screen", () => {
    // A phone-sized window: player.css hides the closed list there, so it is not rendered at all (issue 16).
    let wide = false;
    const listeners = new Set<() => void>();
    const query = {
      get matches() {
        return wide;
      },
      addEventListener: (_: string, listener: () => void) => listeners.add(listener),
      removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
    };
    vi.stubGlobal('matchMedia', (media: string) => {
      expect(media).toBe('(min-width: 60em)');
      return query;
    });
    try {
      const { input } = start();
      drive(input, { type: 'course.start' }, { type: 'nav.next' });
      const entries = () => document.querySelectorAll('#toc-list .toc-entry').length;
      expect(entries()).toBe(0);
      fireEvent.click(screen.getByRole('button', { name: 'Menu' }));
      expect(entries()).toBeGreaterThan(3);
      fireEvent.click(screen.getByRole('button', { name: 'Menu' }));
      expect(entries()).toBe(0);
      // The window widens past 60em: the contents sit beside the page, Menu or not.
      wide = true;
      act(() => {
        for (const listener of listeners) listener();
      });
      expect(entries()).toBeGreaterThan(3);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('counts the complete pages of each lesson', () => {
    const { input } = start();
    drive(input, { type: 'course.start' }, { type: 'nav.next' });
    const lessons = [...document.querySelectorAll('.toc-lesson')].map((l) => textOf(l));
    expect(lessons).toMatchInlineSnapshot(`
      [
        "Listening basics 2 of 3 pages complete",
        "Practice 0 of 3 pages complete",
      ]
    `);
  });

  it('jumps to an open page with nav.goto and refuses a locked one', () => {
    const { input } = start();
    drive(input, { type: 'course.start' }, { type: 'nav.next' });
    fireEvent.click(screen.getByRole('button', { name: 'Menu' }));
    fireEvent.click(screen.getByRole('button', { name: /^A conversation/ }));
    expect(heading().textContent).toBe('Hear and see it');
    fireEvent.click(screen.getByRole('button', { name: /^Welcome/ }));
    expect(heading().textContent).toBe('Welcome');
    expect(input.sent.at(-1)).toEqual({ type: 'nav.goto', pageId: 'page-welcome' });
    expect(input.sent.some((e) => e.type === 'nav.goto' && e.pageId === 'page-scenario')).toBe(false);
  });
});
// #endregion

// #region Sensitive pages, resume, exit
describe('sensitive pages', () => {
  it('show the content note again at the top', () => {
    const input = makeSession({ ...sample.course, navigation: 'free' });
    drive(input, { type: 'course.start' }, { type: 'nav.goto', pageId: 'page-scenario' });
    renderPlayer(input);
    const note = screen.getByRole('note', { name: 'Before you start' });
    expect(textOf(note)).toMatchInlineSnapshot(
      `"Before you start Some examples describe people in distress. You can pause at any time and come back later."`,
    );
    expect(
      note.compareDocumentPosition(screen.getByRole('heading', { name: 'At the shelter' })) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });

  it('are the only pages that show it', () => {
    const input = makeSession({ ...sample.course, navigation: 'free' });
    drive(input, { type: 'course.start' });
    renderPlayer(input);
    expect(screen.queryByRole('note', { name: 'Before you start' })).toBeNull();
  });
});

describe('the resume prompt', () => {
  const returning = () => {
    const first = makeSession(sample.course);
    first.actor.send({ type: 'course.start' });
    first.actor.send({ type: 'nav.next' });
    const { seed, visited, answers, scenarios, surveys, history, attempt, bookmark } =
      first.actor.getSnapshot().context;
    const input = makeSession(sample.course, undefined, {
      progress: { seed, visited, answers, scenarios, surveys, history, attempt, bookmark },
    });
    renderPlayer(input);
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    return input;
  };

  it('continues where the learner left off', () => {
    returning();
    expect(main().dataset.screen).toBe('resume');
    expect(textOf(main())).toMatchInlineSnapshot(
      `"Welcome back You have started this course before. Starting again clears your answers. Continue where you left off Start again"`,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Continue where you left off' }));
    expect(heading().textContent).toBe('Hear and see it');
  });

  it('starts again from the first page', () => {
    const input = returning();
    fireEvent.click(screen.getByRole('button', { name: 'Start again' }));
    expect(heading().textContent).toBe('Welcome');
    expect(input.actor.getSnapshot().context.visited.keys()).toEqual(['page-welcome']);
  });
});

describe('pause and exit', () => {
  it('asks first, then exits to a screen that says progress is saved', () => {
    const { input } = start();
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    fireEvent.click(screen.getByRole('button', { name: 'Pause and exit' }));
    const confirm = screen.getByRole('region', { name: 'Pause and exit?' });
    expect(document.activeElement).toBe(within(confirm).getByRole('heading'));
    expect(textOf(confirm)).toMatchInlineSnapshot(
      `"Pause and exit? Your progress is saved. You can come back later and continue where you left off. Exit now Keep going"`,
    );
    fireEvent.click(within(confirm).getByRole('button', { name: 'Exit now' }));
    expect(input.actor.getSnapshot().status).toBe('done');
    expect(main().dataset.screen).toBe('exited');
    expect(textOf(main())).toMatchInlineSnapshot(`"Your progress is saved You can close this window now."`);
    expect(screen.queryByRole('button', { name: 'Pause and exit' })).toBeNull();
  });

  it('keeps going on Escape and gives focus back to the button', () => {
    const { input } = start();
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    fireEvent.click(screen.getByRole('button', { name: 'Pause and exit' }));
    fireEvent.keyDown(screen.getByRole('button', { name: 'Exit now' }), { key: 'Escape' });
    expect(screen.queryByRole('region', { name: 'Pause and exit?' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Pause and exit' }));
    expect(input.sent.some((e) => e.type === 'course.exit')).toBe(false);
  });
});
// #endregion

// #region Progress
describe('the progress bar', () => {
  it('shows course progress as a labelled percentage', () => {
    const { input } = start();
    drive(input, { type: 'course.start' }, { type: 'nav.next' });
    const bar = screen.getByRole('progressbar', { name: 'Course progress' });
    // Two of six pages complete (seen, nothing to answer), and three assessment questions to come: 2 of 9 steps.
    expect([bar.getAttribute('aria-valuenow'), bar.getAttribute('aria-valuetext')]).toEqual(['22', '22% complete']);
  });

  it('counts each assessment question as a step, so "Question 1 of 3" is not nearly done', () => {
    const input = makeSession({
      ...sample.course,
      navigation: 'free',
      assessment: { ...sample.course.assessment!, requires: 'none' },
    });
    renderPlayer(input);
    const percent = () => screen.getByRole('progressbar').getAttribute('aria-valuenow');
    drive(input, { type: 'course.start' }, { type: 'assessment.open' }, { type: 'assessment.start' });
    expect(textOf(heading())).toBe('Question 1 of 3');
    // Only the first page is complete: 1 of 6 pages and 0 of 3 questions.
    expect(percent()).toBe('11');
    const id = input.actor.getSnapshot().context.attempt!.questionIds[0]!;
    drive(input, {
      type: 'assessment.answer',
      questionId: id,
      response: correctResponse(sample.course.assessment!.questions.find((q) => q.id === id)!),
    });
    expect([textOf(heading()), percent()]).toEqual(['Question 2 of 3', '22']);
  });
});
// #endregion
