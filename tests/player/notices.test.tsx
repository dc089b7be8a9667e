// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { ValidatedCourse } from '../../src/validator/validate-course.ts';
import { loadCourse, makeSession, renderPlayer, textOf } from './helpers.tsx';

const [mini] = loadCourse('mini') as [ValidatedCourse];
const region = () => document.querySelector<HTMLElement>('.notices')!;

describe('notices', () => {
  it('show in a status region without blocking the course', () => {
    const input = makeSession(mini.course, mini.contacts);
    renderPlayer(input);
    expect(region().getAttribute('role')).toBe('status');
    input.notify({ kind: 'standalone', detail: 'no LMS' });
    expect(textOf(region())).toMatchInlineSnapshot(`"Your progress is saved in this browser only. Dismiss"`);
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    expect(document.querySelector('main')!.dataset.screen).toBe('page');
  });

  it('can be dismissed', () => {
    const input = makeSession(mini.course, mini.contacts);
    renderPlayer(input);
    input.notify({ kind: 'lms-unavailable', detail: 'x' });
    fireEvent.click(within(region()).getByRole('button', { name: 'Dismiss' }));
    expect(textOf(region())).toBe('');
  });

  it('replace a save failure once saving works again, and ignore kinds they do not know', () => {
    const input = makeSession(mini.course, mini.contacts);
    renderPlayer(input);
    input.notify({ kind: 'save-failed', detail: 'x' });
    expect(textOf(region())).toMatchInlineSnapshot(
      `"Your progress could not be saved just now. Keep this window open and we will try again. Dismiss"`,
    );
    input.notify({ kind: 'save-recovered', detail: 'x' });
    input.notify({ kind: 'something-new', detail: 'x' });
    expect(textOf(region())).toMatchInlineSnapshot(`"Your progress is being saved again. Dismiss"`);
  });
});
