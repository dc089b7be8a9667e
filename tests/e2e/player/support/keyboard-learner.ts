/**
 * A learner who uses the keyboard alone: Tab and Shift+Tab to a control, then Enter,
 * Space, arrow keys or typing on it. Answers are the correct ones from the course; every
 * move of focus the player makes (to a new heading, a new conversation turn, a moved
 * item) is waited for and checked.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { isQuestion } from '../../../../src/course/kinds.ts';
import type { Block, Question, ScenarioBlock } from '../../../../src/course/types.ts';
import { correctResponse } from '../../../../src/engine/scoring.ts';
import { pathToEnding } from '../../../support/walkthrough.ts';
import { expectFocus, focusedElement, tabTo } from './keyboard.ts';
import { waitForWhole } from './screens.ts';

/** A screen's heading, where focus lands on arrival. */
export const LANDING = 'main h2[data-landing]';
/** What the learner types into a reflection and as their own checklist item. */
export const REFLECTION = 'Time with my family.';
export const OWN_ITEM = 'Cook something I like';

// #region keys and checks

export async function press(page: Page, key: string): Promise<void> {
  await page.keyboard.press(key);
}

/** Presses the key on the focused control, then waits for the new screen's heading to take focus, and the screen to be whole. */
export async function arriveWith(page: Page, key: string, heading: string): Promise<void> {
  await press(page, key);
  await expectFocus(page, { selector: LANDING, text: heading });
  await waitForWhole(page);
}

/** Focus moves with Tab to the page's Next and Enter goes on; the new page's heading takes focus. */
export async function next(page: Page, heading: string): Promise<void> {
  await tabTo(page, { selector: '.page-nav .button.primary' });
  await arriveWith(page, 'Enter', heading);
}

// #endregion

// #region answering by keyboard

/** Tabs into a radio group, then ArrowDown moves the choice; Space chooses the radio focus lands on when it is already the right one. */
async function chooseRadio(
  page: Page,
  radios: string,
  wanted: (index: number, value: string) => boolean,
): Promise<void> {
  await tabTo(page, { selector: radios });
  const count = await page.locator(radios).count();
  for (let i = 0; i < count; i++) {
    const at = await page.evaluate((radios) => {
      const all = [...document.querySelectorAll<HTMLInputElement>(radios)];
      const el = document.activeElement as HTMLInputElement;
      return { index: all.indexOf(el), value: el.value, checked: el.checked };
    }, radios);
    if (wanted(at.index, at.value)) {
      if (!at.checked) await press(page, 'Space');
      return;
    }
    await press(page, 'ArrowDown');
  }
  throw new Error(`No radio in ${radios} is the one wanted; focus is on ${await focusedElement(page)}.`);
}

/** Puts the correct response into a question's controls by keyboard, and tabs to its Submit. */
export async function answer(page: Page, question: Question): Promise<void> {
  const form = `[data-question="${question.id}"]`;
  const response = correctResponse(question);
  switch (question.type) {
    case 'single-choice':
    case 'true-false':
      await chooseRadio(page, `${form} input[type=radio]`, (_, value) => value === response[0]);
      break;
    case 'multiple-choice':
      for (const id of response) {
        await tabTo(page, { selector: `${form} input[value="${id}"]` });
        await press(page, 'Space');
      }
      break;
    case 'matching':
      for (const pair of question.pairs) {
        const select = `${form} select[id="${question.id}-${pair.id}"]`;
        await tabTo(page, { selector: select });
        // On a closed select, ArrowDown picks the next option without opening the list.
        for (let i = 0; i < 10 && (await page.locator(select).inputValue()) !== pair.id; i++)
          await press(page, 'ArrowDown');
      }
      break;
    case 'ordering':
      for (const [i, id] of response.entries()) {
        const row = `${form} li[data-item="${id}"]`;
        const position = () =>
          page
            .locator(`${form} li[data-item]`)
            .evaluateAll((rows, id) => rows.findIndex((r) => r.getAttribute('data-item') === id), id);
        if ((await position()) <= i) continue;
        await tabTo(page, { selector: `${row} [data-move="up"]` });
        for (let at = await position(); at > i; ) {
          await press(page, 'Enter');
          // The list re-renders after the key; read the new place only once the item has moved,
          // or a slow render would earn a second press and move it too far.
          await expect.poll(position).toBe(at - 1);
          at -= 1;
          // Focus follows the item that moved, to Move down once it is first. The exact button is
          // waited for: the one pressed may keep focus until the player's effect moves it after paint.
          await expectFocus(page, { selector: `${row} [data-move="${at === 0 ? 'down' : 'up'}"]` });
        }
      }
      break;
  }
  // Every part is answered; focus goes on to Submit, which the caller presses.
  await tabTo(page, { selector: `${form} > .actions > .button.primary` });
}

async function answerCheck(page: Page, question: Question): Promise<void> {
  await answer(page, question);
  await press(page, 'Enter');
  await expect
    .poll(() => page.locator(`[data-question="${question.id}"] .feedback`).getAttribute('data-verdict'))
    .toBe('correct');
  // Submit gives way to Continue, which takes the focus while the feedback is announced.
  // (Continue is the secondary button in any language; Submit, the primary one, is gone.)
  await expectFocus(page, { selector: `[data-question="${question.id}"] > .actions > .button.secondary` });
}

async function finishScenario(page: Page, scenario: ScenarioBlock): Promise<void> {
  const nodes = new Map(scenario.nodes.map((n) => [n.id, n]));
  let node = nodes.get(scenario.start)!;
  for (const choiceId of pathToEnding(scenario, scenario.start)) {
    const choice = node.choices!.find((c) => c.id === choiceId)!;
    await tabTo(page, { selector: '.scenario .choice-button', text: choice.text });
    await press(page, 'Enter');
    // The buttons just used are gone; focus goes to the new turn of the conversation.
    await expectFocus(page, { selector: '.scenario .conversation > li:last-child' });
    node = nodes.get(choice.next)!;
  }
  await page.locator('.scenario .ending').waitFor();
}

// #endregion

/** Everything on a page a learner can open, answer or fill in, by keyboard. */
export async function doActivities(page: Page, blocks: Block[]): Promise<void> {
  for (const block of blocks) {
    if (isQuestion(block)) {
      await answerCheck(page, block);
      continue;
    }
    switch (block.type) {
      case 'audio':
      case 'video': {
        await tabTo(page, { selector: `.block-${block.type} summary` });
        await press(page, 'Enter');
        await expect.poll(() => page.locator(`.block-${block.type} details`).getAttribute('open')).not.toBeNull();
        break;
      }
      case 'reveal':
        for (const item of block.items) {
          if (block.style === 'accordion') {
            await tabTo(page, { selector: '.reveal-accordion summary', text: item.title });
            await press(page, 'Space');
          } else {
            await tabTo(page, { selector: `.card-face[aria-controls="${block.id}-${item.id}"]` });
            await press(page, 'Enter');
            await expect.poll(() => page.locator(`[id="${block.id}-${item.id}"]`).isVisible()).toBe(true);
          }
        }
        if (block.style === 'accordion')
          expect(await page.locator('.reveal-accordion details:not([open])').count()).toBe(0);
        break;
      case 'scenario':
        await finishScenario(page, block);
        break;
      case 'reflection':
        await tabTo(page, { selector: `[id="${block.id}-text"]` });
        await page.keyboard.type(REFLECTION);
        break;
      case 'checklist':
        await tabTo(page, { selector: `.checklist input[type=checkbox]` });
        await press(page, 'Space');
        if (block.allowOwn) {
          await tabTo(page, { selector: `[id="${block.id}-own"]` });
          await page.keyboard.type(OWN_ITEM);
          await press(page, 'Enter');
          await expect.poll(() => page.locator('.checklist .own-item').first().textContent()).toContain(OWN_ITEM);
        }
        break;
      case 'plan': {
        // The plan gathers what was typed and ticked above, on this device.
        const plan = await page.locator('.block.plan').textContent();
        expect(plan).toContain(REFLECTION);
        expect(plan).toContain(OWN_ITEM);
        break;
      }
      case 'likert': {
        const radios = `.likert input[name="${block.id}-${block.statements[0]!.id}"]`;
        // Arrow keys also go right, from the first point of the scale to the last.
        await chooseRadio(page, radios, (index) => index === 0);
        for (let i = 1; i < block.scale.length; i++) await press(page, 'ArrowRight');
        expect(await page.locator(radios).last().isChecked()).toBe(true);
        break;
      }
    }
  }
}
