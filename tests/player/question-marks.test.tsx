// @vitest-environment jsdom
/**
 * After a knowledge check is answered: each answer marked right or wrong in words (read
 * as the control's description), the correct answer shown once the tries are used up,
 * Submit replaced by Try again or Continue, and ordering by dragging as well as by buttons.
 */
import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { openSamplePage, textOf } from './helpers.tsx';

const question = (id: string) => document.querySelector<HTMLElement>(`[data-question="${id}"]`)!;
const submit = (id: string) => fireEvent.click(within(question(id)).getByRole('button', { name: 'Submit' }));
/** What a screen reader hears after a control's name: its aria-describedby text. */
const description = (el: HTMLElement) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => textOf(document.getElementById(id)))
    .join(' | ');

// #region Choices
describe('a choice, once answered', () => {
  it('is marked wrong in words, keeps its name, and the right one stays hidden while a try is left', () => {
    openSamplePage('page-check');
    const wrong = screen.getByRole('radio', { name: 'Are you okay?' });
    fireEvent.click(wrong);
    submit('kc-open');
    expect(description(wrong)).toBe('Your answer: incorrect');
    expect(wrong.closest('label')!.dataset.mark).toBe('wrong');
    expect(description(screen.getByRole('radio', { name: 'How are you feeling right now?' }))).toBe('');
    expect(document.activeElement).toBe(within(question('kc-open')).getByRole('button', { name: 'Try again' }));
  });

  it('shows the correct answer once the tries are used up, then offers Continue', () => {
    openSamplePage('page-check');
    fireEvent.click(screen.getByRole('radio', { name: 'Are you okay?' }));
    submit('kc-open');
    fireEvent.click(within(question('kc-open')).getByRole('button', { name: 'Try again' }));
    submit('kc-open');
    expect(description(screen.getByRole('radio', { name: 'How are you feeling right now?' }))).toBe('Correct answer');
    expect(within(question('kc-open')).queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(document.activeElement).toBe(within(question('kc-open')).getByRole('button', { name: 'Continue' }));
  });

  it('is marked right when it is, with the verdict said once, in the feedback', () => {
    openSamplePage('page-check');
    const right = screen.getByRole('radio', { name: 'How are you feeling right now?' });
    fireEvent.click(right);
    submit('kc-open');
    expect(description(right)).toBe('Your answer: correct');
    expect(question('kc-open').querySelectorAll('.verdict')).toHaveLength(1);
  });

  it('moves on with Continue: focus goes to what follows the question', () => {
    openSamplePage('page-check');
    fireEvent.click(screen.getByRole('radio', { name: 'How are you feeling right now?' }));
    submit('kc-open');
    fireEvent.click(within(question('kc-open')).getByRole('button', { name: 'Continue' }));
    expect(document.activeElement).toBe(question('kc-details').closest('.block'));
  });

  it('marks every checkbox of a multiple choice: the right ones chosen, the wrong one, and the ones missed', () => {
    openSamplePage('page-check');
    fireEvent.click(screen.getByRole('checkbox', { name: 'They talk about harming themselves.' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'They are quiet for a moment.' }));
    submit('kc-signs');
    const marks = within(question('kc-signs'))
      .getAllByRole('checkbox')
      .map(
        (box) => `${box.closest('label')!.querySelector('.choice-text')!.firstChild!.textContent}: ${description(box)}`,
      );
    // Sorted: the choices are shown shuffled.
    expect(marks.sort()).toMatchInlineSnapshot(`
      [
        "They are quiet for a moment.: Your answer: incorrect",
        "They cannot look after themselves or their children.: Correct answer",
        "They talk about harming themselves.: Your answer: correct",
      ]
    `);
  });
});
// #endregion

// #region Matching and ordering
describe('a matching check, once answered', () => {
  it('marks each row, with its correct answer once the tries are used up', () => {
    openSamplePage('page-order');
    const choose = (prompt: string, value: string) => {
      const select = screen.getByRole('combobox', { name: prompt }) as HTMLSelectElement;
      select.value = value;
      fireEvent.change(select);
    };
    choose('Check who needs help first', 'm-look');
    choose('Give full attention', 'm-link');
    choose('Connect to services', 'm-listen');
    submit('kc-match');
    const rows = screen.getAllByRole('combobox').map((select) => description(select));
    expect(rows).toEqual([
      'Your answer: correct',
      'Your answer: incorrect | Correct answer: Listen',
      'Your answer: incorrect | Correct answer: Link',
    ]);
  });
});

describe('an ordering check', () => {
  const items = () => [...question('kc-order').querySelectorAll<HTMLElement>('li[data-item]')];
  const order = () => items().map((li) => li.dataset.item);

  /** Lays the rows out 50 px apart, as a browser would, since jsdom has no layout. */
  function layOut() {
    for (const li of items()) {
      li.getBoundingClientRect = () => {
        const top = items().indexOf(li) * 50;
        return { top, bottom: top + 50, height: 50, left: 0, right: 300, width: 300, x: 0, y: top } as DOMRect;
      };
    }
  }

  it('moves an item by dragging its grip, with a mouse, a pen or a finger, and says where it landed', () => {
    openSamplePage('page-order');
    layOut();
    const [first, second, third] = order();
    const grip = items()[0]!.querySelector<HTMLElement>('.grip')!;
    fireEvent.pointerDown(grip, { button: 0, pointerId: 1, clientY: 25 });
    fireEvent.pointerMove(grip, { pointerId: 1, buttons: 1, clientY: 80 });
    expect(order()).toEqual([second, first, third]);
    fireEvent.pointerMove(grip, { pointerId: 1, buttons: 1, clientY: 140 });
    expect(order()).toEqual([second, third, first]);
    fireEvent.pointerUp(grip, { pointerId: 1, clientY: 140 });
    const text = items()[2]!.querySelector('.order-text')!.textContent;
    expect(question('kc-order').querySelector('[aria-live="polite"]')!.textContent).toBe(`${text}: position 3 of 3`);
    // Once let go, a pointer passing over moves nothing.
    fireEvent.pointerMove(grip, { pointerId: 1, buttons: 0, clientY: 10 });
    expect(order()).toEqual([second, third, first]);
  });

  it('lists the correct order after a wrong final answer, and marks each item in place', () => {
    openSamplePage('page-order');
    submit('kc-order');
    const key = question('kc-order').querySelector('.answer-key')!;
    expect(textOf(key)).toBe('The correct order Notice the need Ask for consent Make a warm handover');
    expect(items().every((li) => li.querySelector('.mark'))).toBe(true);
    expect(question('kc-order').querySelector('.grip')).toBeNull();
  });
});
// #endregion
