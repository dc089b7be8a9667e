// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { ValidatedCourse } from '../../src/validator/validate-course.ts';
import { loadCourse, makeSession, renderPlayer, textOf } from './helpers.tsx';

const [mini] = loadCourse('mini') as [ValidatedCourse];
const region = () => document.querySelector<HTMLElement>('.notices')!;

/** What tracking says when a SCORM package finds no LMS: the LMS is missing, then progress stays in this browser. */
const NO_LMS = [
  { kind: 'lms-unavailable', detail: 'No SCORM 1.2 API was found' },
  { kind: 'standalone', detail: 'Progress is saved in this browser only.' },
];

describe('notices', () => {
  it('show in a status region without blocking the course', () => {
    const input = makeSession(mini.course);
    renderPlayer(input);
    expect(region().getAttribute('role')).toBe('status');
    input.notify({ kind: 'standalone', detail: 'no LMS' });
    expect(textOf(region())).toMatchInlineSnapshot(
      `"No learning platform here: your progress is saved in this browser only. Dismiss"`,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    expect(document.querySelector('main')!.dataset.screen).toBe('page');
  });

  it('say once, for a package opened from disk or a plain web host, that progress stays in this browser', () => {
    const input = { ...makeSession(mini.course), lmsExpected: false };
    renderPlayer(input);
    for (const notice of NO_LMS) input.notify(notice);
    expect(within(region()).getAllByRole('button', { name: 'Dismiss' })).toHaveLength(1);
    expect(textOf(region())).toMatchInlineSnapshot(
      `"No learning platform here: your progress is saved in this browser only. Dismiss"`,
    );
  });

  it('say once, for a launch in an LMS frame whose API is missing, that the platform could not be reached', () => {
    const input = { ...makeSession(mini.course), lmsExpected: true };
    renderPlayer(input);
    for (const notice of NO_LMS) input.notify(notice);
    expect(textOf(region())).toMatchInlineSnapshot(
      `"The learning platform could not be reached. Your progress is saved in this browser for now. Dismiss"`,
    );
  });

  it('keep a lost LMS connection, whatever the launch, once an LMS was found', () => {
    const input = { ...makeSession(mini.course), standard: 'scorm12' as const, lmsExpected: false };
    renderPlayer(input);
    input.notify({ kind: 'lms-unavailable', detail: 'the API went away' });
    expect(textOf(region())).toMatch(/^The learning platform could not be reached/);
  });

  it('can be dismissed', () => {
    const input = makeSession(mini.course);
    renderPlayer(input);
    input.notify({ kind: 'progress-reset', detail: 'x' });
    fireEvent.click(within(region()).getByRole('button', { name: 'Dismiss' }));
    expect(textOf(region())).toBe('');
  });

  it('replace a save failure once saving works again, and ignore kinds they do not know', () => {
    const input = makeSession(mini.course);
    renderPlayer(input);
    input.notify({ kind: 'save-failed', detail: 'x' });
    expect(textOf(region())).toMatchInlineSnapshot(
      `"Your progress could not be saved just now. Keep this window open and we will try again. Dismiss"`,
    );
    input.notify({ kind: 'save-recovered', detail: 'x' });
    input.notify({ kind: 'something-new', detail: 'x' });
    expect(textOf(region())).toMatchInlineSnapshot(`"Your progress is being saved again. Dismiss"`);
  });
  it('say when this browser stops saving progress, and what is kept', () => {
    const input = makeSession(mini.course);
    renderPlayer(input);
    input.notify({ kind: 'standalone', detail: 'Progress is saved in this browser only.' });
    input.notify({ kind: 'not-saved', detail: 'QuotaExceededError' });
    // The new fact replaces the old one: progress is no longer saved in this browser.
    expect(textOf(region())).toMatchInlineSnapshot(
      `"This browser is not saving your progress (its storage is full or turned off). It is kept until you close this window. Dismiss"`,
    );
  });

  it('offer to continue here when another tab saves, and say so once this tab does', () => {
    let tookOver = 0;
    const input = { ...makeSession(mini.course), takeOver: () => void tookOver++ };
    renderPlayer(input);
    input.notify({ kind: 'other-tab', detail: 'Saving in another tab' });
    expect(textOf(region())).toMatchInlineSnapshot(
      `"This course is open in another tab or window, and your progress is saved there. Nothing you do here is saved. Continue here Dismiss"`,
    );
    fireEvent.click(within(region()).getByRole('button', { name: 'Continue here' }));
    expect(tookOver).toBe(1);
    input.notify({ kind: 'took-over', detail: 'Saving here' });
    expect(textOf(region())).toMatchInlineSnapshot(`"Your progress is saved from this window now. Dismiss"`);
  });
});
