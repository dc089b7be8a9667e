// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { optionOrder } from '../../src/engine/option-order.ts';
import { freeSample, openSamplePage, textOf } from './helpers.tsx';

const question = (id: string) => document.querySelector<HTMLElement>(`[data-question="${id}"]`)!;
const feedbackOf = (id: string) => within(question(id)).getByRole('status');
const submit = (id: string) => fireEvent.click(within(question(id)).getByRole('button', { name: 'Submit' }));

// #region Single choice, true-false, multiple choice
describe('a single-choice check', () => {
  it('explains a right answer with the choice feedback and the correct feedback', () => {
    openSamplePage('page-check');
    fireEvent.click(screen.getByRole('radio', { name: 'How are you feeling right now?' }));
    submit('kc-open');
    expect(textOf(feedbackOf('kc-open'))).toMatchInlineSnapshot(
      `"Correct How are you feeling right now? This invites the person to say more, in their own words. Open questions let the person choose what to share."`,
    );
    expect(within(question('kc-open')).queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('explains a wrong answer and offers Try again while attempts remain', () => {
    const { input } = openSamplePage('page-check');
    fireEvent.click(screen.getByRole('radio', { name: 'Are you okay?' }));
    submit('kc-open');
    expect(textOf(feedbackOf('kc-open'))).toMatchInlineSnapshot(
      `"Not quite Are you okay? This invites a yes or a no. A closed question can be answered with one word. Tries left: 1"`,
    );
    expect(screen.getByRole('radio', { name: 'Are you okay?' })).toHaveProperty('disabled', true);

    fireEvent.click(within(question('kc-open')).getByRole('button', { name: 'Try again' }));
    expect(textOf(feedbackOf('kc-open'))).toBe('');
    expect(document.activeElement?.getAttribute('type')).toBe('radio');
    expect(screen.getByRole('radio', { name: 'Are you okay?' })).toHaveProperty('disabled', false);

    submit('kc-open');
    // Attempts are 2: the second wrong answer is final.
    expect(textOf(feedbackOf('kc-open'))).toMatch(/^Not quite/);
    expect(within(question('kc-open')).queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(input.sent.filter((e) => e.type === 'question.submit')).toEqual([
      { type: 'question.submit', questionId: 'kc-open', response: ['a'] },
      { type: 'question.submit', questionId: 'kc-open', response: ['a'] },
    ]);
  });

  it('asks for an answer before submitting nothing', () => {
    const { input } = openSamplePage('page-check');
    submit('kc-open');
    expect(within(question('kc-open')).getByRole('alert').textContent).toMatchInlineSnapshot(
      `"Answer every part of the question first."`,
    );
    expect(input.sent.some((e) => e.type === 'question.submit')).toBe(false);
  });

  it('announces feedback through a polite live region that exists before any answer', () => {
    openSamplePage('page-check');
    const region = feedbackOf('kc-open');
    expect(region.textContent).toBe('');
    fireEvent.click(screen.getByRole('radio', { name: 'How are you feeling right now?' }));
    submit('kc-open');
    expect(feedbackOf('kc-open')).toBe(region);
  });

  it('replaces Submit with Continue once answered, and gives it focus', () => {
    openSamplePage('page-check');
    fireEvent.click(screen.getByRole('radio', { name: 'How are you feeling right now?' }));
    submit('kc-open');
    expect(within(question('kc-open')).queryByRole('button', { name: 'Submit' })).toBeNull();
    expect(document.activeElement).toBe(within(question('kc-open')).getByRole('button', { name: 'Continue' }));
  });
});

describe('a true-false check', () => {
  it('offers True and False and judges the answer', () => {
    openSamplePage('page-check');
    const group = within(question('kc-details')).getByRole('radiogroup', {
      name: 'You should ask for every detail of what happened.',
    });
    fireEvent.click(within(group).getByRole('radio', { name: 'False' }));
    submit('kc-details');
    expect(textOf(feedbackOf('kc-details'))).toMatchInlineSnapshot(
      `"Correct Pressing for details can cause more distress."`,
    );
  });
});

describe('a multiple-choice check', () => {
  it('uses checkboxes and gives the partial feedback for a partly right answer', () => {
    openSamplePage('page-check');
    const group = within(question('kc-signs')).getByRole('group', { name: /needs more help/ });
    expect(textOf(document.getElementById(group.getAttribute('aria-describedby')!))).toBe('Choose all that apply.');
    fireEvent.click(within(group).getByRole('checkbox', { name: 'They talk about harming themselves.' }));
    submit('kc-signs');
    expect(textOf(feedbackOf('kc-signs'))).toMatchInlineSnapshot(`"Partly right Look again at each choice."`);
  });

  it('is correct only with every right choice and no wrong one', () => {
    openSamplePage('page-check');
    fireEvent.click(screen.getByRole('checkbox', { name: 'They talk about harming themselves.' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'They cannot look after themselves or their children.' }));
    submit('kc-signs');
    expect(textOf(feedbackOf('kc-signs'))).toMatch(/^Correct Both are reasons/);
  });
});
// #endregion

// #region Matching and ordering, by keyboard
describe('a matching check', () => {
  it('is a native select per prompt, labelled by the prompt, with answers in the engine order', () => {
    openSamplePage('page-order');
    const select = screen.getByRole('combobox', { name: 'Give full attention' });
    const kc = freeSample().course.lessons[1]!.pages[1]!.blocks[0]!;
    const order = optionOrder(kc as never, 1);
    expect([...select.querySelectorAll('option')].map((o) => o.value)).toEqual(['', ...order]);
    expect(select.querySelector('option')!.textContent).toBe('Choose…');
  });

  it('judges the chosen matches', () => {
    const { input } = openSamplePage('page-order');
    const choose = (prompt: string, answer: string) => {
      const select = screen.getByRole('combobox', { name: prompt }) as HTMLSelectElement;
      select.focus();
      select.value = [...select.options].find((o) => o.textContent === answer)!.value;
      fireEvent.change(select);
    };
    choose('Check who needs help first', 'Look');
    choose('Give full attention', 'Link');
    choose('Connect to services', 'Listen');
    submit('kc-match');
    // One of three right: the partial verdict, with the incorrect text since the question has no partial feedback.
    expect(textOf(feedbackOf('kc-match'))).toMatchInlineSnapshot(
      `"Partly right Look comes first, then listen, then link."`,
    );
    expect(input.sent.at(-1)).toEqual({
      type: 'question.submit',
      questionId: 'kc-match',
      response: ['m-look', 'm-link', 'm-listen'],
    });
  });

  it('needs a match for every prompt before it submits', () => {
    const { input } = openSamplePage('page-order');
    const select = screen.getByRole('combobox', { name: 'Give full attention' }) as HTMLSelectElement;
    select.value = 'm-listen';
    fireEvent.change(select);
    submit('kc-match');
    expect(within(question('kc-match')).getByRole('alert')).toBeTruthy();
    expect(input.sent.some((e) => e.type === 'question.submit')).toBe(false);
  });
});

describe('an ordering check', () => {
  const items = () => [...question('kc-order').querySelectorAll('.order-text')].map((el) => el.textContent);

  it('starts shuffled, moves items with buttons, keeps focus on the moved item and announces the move', () => {
    openSamplePage('page-order');
    const before = items();
    expect(before).not.toEqual(['Notice the need', 'Ask for consent', 'Make a warm handover']);
    const second = before[1]!;
    const up = screen.getByRole('button', { name: `Move up: ${second}` });
    up.focus();
    fireEvent.click(up);
    expect(items()[0]).toBe(second);
    // At the top, Move up is inert, so focus goes to the same item's Move down.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: `Move down: ${second}` }));
    expect(question('kc-order').querySelector('[aria-live="polite"]')!.textContent).toBe(`${second}: position 1 of 3`);
  });

  it('can be put in the right order by buttons alone', () => {
    const { input } = openSamplePage('page-order');
    const target = ['Notice the need', 'Ask for consent', 'Make a warm handover'];
    target.forEach((text, position) => {
      while (items().indexOf(text) > position)
        fireEvent.click(screen.getByRole('button', { name: `Move up: ${text}` }));
    });
    expect(items()).toEqual(target);
    submit('kc-order');
    expect(textOf(feedbackOf('kc-order'))).toBe('Correct That is the order.');
    expect(input.sent.at(-1)).toEqual({
      type: 'question.submit',
      questionId: 'kc-order',
      response: ['notice', 'ask', 'handover'],
    });
    expect(within(question('kc-order')).queryByRole('button', { name: /^Move/ })).toBeNull();
  });

  it('ignores Move up on the first item', () => {
    openSamplePage('page-order');
    const first = items()[0]!;
    const up = screen.getByRole('button', { name: `Move up: ${first}` });
    expect(up.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(up);
    expect(items()[0]).toBe(first);
  });
});
// #endregion
