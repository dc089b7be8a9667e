// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { openSamplePage, textOf } from './helpers.tsx';

const conversation = () => document.querySelector('.conversation')!;
const choices = () => screen.getByRole('group', { name: 'What do you do?' });

describe('a branching scenario', () => {
  it('opens with the first line and the learner’s choices as buttons', () => {
    openSamplePage('page-scenario');
    expect(screen.getByRole('heading', { level: 3, name: 'At the shelter' })).toBeTruthy();
    expect(textOf(conversation())).toBe("Amal I don't even know where my brother is.");
    expect(
      within(choices())
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(["Don't worry, he is surely fine.", 'That sounds really worrying. Would you like to tell me more?']);
  });

  it('walks to an ending, showing each choice as "You" with its feedback, and moves focus to each new turn', () => {
    const { input } = openSamplePage('page-scenario');
    fireEvent.click(within(choices()).getByRole('button', { name: "Don't worry, he is surely fine." }));
    expect(document.activeElement).toBe(conversation().lastElementChild);
    fireEvent.click(within(choices()).getByRole('button', { name: "You're right, I'm sorry. I'm here to listen." }));
    fireEvent.click(
      within(choices()).getByRole('button', { name: 'There is a family tracing desk here. Shall I walk you there?' }),
    );
    expect([...conversation().children].map(textOf)).toMatchInlineSnapshot(`
      [
        "Amal I don't even know where my brother is.",
        "You Don't worry, he is surely fine. You cannot know that. A false promise can break trust. Amal How can you say that? You don't know him.",
        "You You're right, I'm sorry. I'm here to listen. Amal We were separated when the water came in.",
        "You There is a family tracing desk here. Shall I walk you there? You link Amal with a service that can help. Amal agrees, and you walk to the tracing desk together.",
      ]
    `);
    expect(screen.queryByRole('group', { name: 'What do you do?' })).toBeNull();
    expect(textOf(document.querySelector('.ending'))).toMatchInlineSnapshot(
      `"Good outcome Linked to support Start the conversation again"`,
    );
    expect(screen.getByRole('heading', { level: 4, name: 'Linked to support' })).toBeTruthy();
    expect(input.sent.filter((e) => e.type === 'scenario.choose').map((e) => 'choiceId' in e && e.choiceId)).toEqual([
      'reassure',
      'sorry',
      'link',
    ]);
  });

  it('starts again from the first line, and the page stays complete', () => {
    const { input } = openSamplePage('page-scenario');
    fireEvent.click(within(choices()).getByRole('button', { name: /^That sounds really worrying/ }));
    fireEvent.click(within(choices()).getByRole('button', { name: /^What exactly happened/ }));
    expect(textOf(document.querySelector('.ending'))).toMatch(/^Mixed outcome A missed chance/);
    fireEvent.click(screen.getByRole('button', { name: 'Start the conversation again' }));
    expect(conversation().children).toHaveLength(1);
    expect(document.activeElement).toBe(conversation().firstElementChild);
    expect(input.actor.getSnapshot().context.scenarios.get('scene-shelter')).toEqual({ path: [], completed: true });
  });
});
