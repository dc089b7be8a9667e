/**
 * A learner who walks a whole course through the player's own controls: Start, every page
 * in order (opening every reveal and transcript, answering every question correctly,
 * taking every scenario to an ending, answering surveys, writing in reflections and
 * checklists; on the first page, Pause and exit asked and thought better of), the
 * assessment, the completion screen and the certificate (typing a name when no LMS gave
 * one), Close the course, and the resume screen after coming back. At each stop it hands
 * over to `visit`, which runs the checks of a test.
 * Controls are found by structure and data attributes, never by their words, so the same
 * walk works in every language.
 */
import type { Locator, Page } from 'playwright-core';
import { isQuestion } from '../../../../src/course/kinds.ts';
import type { Block, Course, Question, ScenarioBlock } from '../../../../src/course/types.ts';
import { indexCourse } from '../../../../src/engine/course-index.ts';
import { correctResponse } from '../../../../src/engine/scoring.ts';
import type { ScreenName } from '../../../../src/player/screen-of.ts';
import { reloadServed } from '../../../support/http.ts';
import { PATIENCE } from '../../../support/patience.ts';
import { pathToEnding } from '../../../support/walkthrough.ts';
import { waitUntilLive } from './browser.ts';
import { currentScreen, SCREEN_TIMEOUT, waitForScreen } from './screens.ts';

export interface Stop {
  /** The screen, or the exit confirmation shown over a screen, or the certificate (asking for the name first). */
  screen: ScreenName | 'exit-confirm' | 'certificate';
  /** Where the learner is, for failure messages: "page-check after its activities". */
  label: string;
  /** On a page: the page, and whether its activities are done (reveals open, answers submitted, scenarios ended). */
  page?: { id: string; done: boolean };
  /** On an assessment question: the question shown. */
  question?: Question;
}

export type Visit = (stop: Stop) => Promise<void>;

export interface WalkOptions {
  /** What the learner types into reflections and their own checklist items. */
  typed?: string;
  /** Stop at the completion screen: no certificate, no Close the course, no resume screen. */
  stayAfterSummary?: boolean;
  /** The name typed for the certificate when the LMS gives none. */
  name?: string;
}

/** Opens the phone's Menu when the header keeps Pause and exit behind it. */
export async function openMenu(page: Page): Promise<void> {
  const toggle = page.locator('.toc-toggle');
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
}

/** Opens Pause and exit, lets `visit` see the question, then keeps going. */
async function thinkAboutExiting(page: Page, visit: Visit): Promise<void> {
  await openMenu(page);
  await page.locator('.exit-button').click();
  await page.locator('.exit-confirm').waitFor();
  await visit({ screen: 'exit-confirm', label: 'exit confirmation' });
  await page.locator('.exit-confirm .button.secondary').click();
  await page.locator('.exit-button').waitFor();
  const toggle = page.locator('.toc-toggle');
  if (await toggle.isVisible()) await toggle.click();
}

/** Asks for the certificate, typing the name when the player asks for it. */
async function getCertificate(page: Page, visit: Visit, name: string): Promise<void> {
  await page.locator('.certificate-offer .button.primary').click();
  await page.locator('.certificate-host > *').first().waitFor();
  if (await page.locator('#cert-learner').count()) {
    await visit({ screen: 'certificate', label: 'certificate name' });
    await page.locator('#cert-learner').fill(name);
    await page.locator('.cert-name-form .button.primary').click();
  }
  await page.locator('.certificate').waitFor();
  await visit({ screen: 'certificate', label: 'certificate' });
}

/** Walks `course` from the intro screen to the resume screen, calling `visit` at every stop. */
export async function walkCourse(page: Page, course: Course, visit: Visit, options: WalkOptions = {}): Promise<void> {
  const main = page.locator('main');
  await waitForScreen(page, 'intro');
  await visit({ screen: 'intro', label: 'intro' });
  await main.locator('.actions .button.primary').click();

  for (const [i, { page: coursePage }] of indexCourse(course).pages.entries()) {
    await waitForScreen(page, 'page', coursePage.title);
    await visit({ screen: 'page', label: coursePage.id, page: { id: coursePage.id, done: false } });
    if (i === 0) await thinkAboutExiting(page, visit);
    await doActivities(page, coursePage.blocks, options.typed ?? 'Walking at lunch time.');
    await visit({
      screen: 'page',
      label: `${coursePage.id} after its activities`,
      page: { id: coursePage.id, done: true },
    });
    await main.locator('.page-nav .button.primary').click();
  }

  if (course.assessment) {
    await waitForScreen(page, 'assessment-intro');
    await visit({ screen: 'assessment-intro', label: 'assessment intro' });
    await main.locator('.actions .button.primary').click();
    await waitForScreen(page, 'assessment-question');
    const graded = indexCourse(course).graded;
    while ((await currentScreen(page)) === 'assessment-question') {
      const id = (await main.locator('[data-question]').getAttribute('data-question'))!;
      const question = graded.get(id)!;
      await visit({ screen: 'assessment-question', label: `assessment question ${id}`, question });
      await submitAnswer(page, question);
      await page.waitForFunction(
        (id) =>
          document.querySelector('main')?.dataset.screen !== 'assessment-question' ||
          document.querySelector<HTMLElement>('main [data-question]')?.dataset.question !== id,
        id,
        { timeout: SCREEN_TIMEOUT },
      );
    }
    await waitForScreen(page, 'assessment-result');
    await visit({ screen: 'assessment-result', label: 'assessment result' });
    // Passed, so the primary action is Continue to the summary.
    await main.locator('.actions .button.primary').click();
  }

  await waitForScreen(page, 'summary');
  await visit({ screen: 'summary', label: 'summary' });
  if (options.stayAfterSummary) return;

  await getCertificate(page, visit, options.name ?? 'Amina Yusuf');
  await main.locator('.finish-button').click();
  await waitForScreen(page, 'exited');
  await visit({ screen: 'exited', label: 'exited' });

  await reloadServed(page);
  await waitForScreen(page, 'intro');
  await waitUntilLive(page);
  await main.locator('.actions .button.primary').click();
  await waitForScreen(page, 'resume');
  await visit({ screen: 'resume', label: 'resume' });
}

/** Opens, answers and finishes everything on a page, so Next is allowed and every hidden part is shown. */
export async function doActivities(page: Page, blocks: Block[], typed: string): Promise<void> {
  const main = page.locator('main');
  const seen = new Map<string, number>();
  // The n-th block of a type on the page is the n-th element of its class.
  const nth = (type: string, selector: string) => {
    const n = seen.get(type) ?? 0;
    seen.set(type, n + 1);
    return main.locator(selector).nth(n);
  };
  for (const block of blocks) {
    if (isQuestion(block)) {
      await submitAnswer(page, block);
      await page.locator(`[data-question="${block.id}"] .feedback`).waitFor();
      continue;
    }
    switch (block.type) {
      case 'reveal': {
        const element = nth('reveal', '.block.reveal');
        const toggles = element.locator(block.style === 'accordion' ? 'summary' : '.card-face');
        for (let i = 0; i < block.items.length; i++) await toggles.nth(i).click();
        break;
      }
      case 'audio':
      case 'video':
        await nth(block.type, `.block-${block.type}`).locator('summary').click();
        break;
      case 'scenario':
        await finishScenario(nth('scenario', '.block.scenario'), block);
        break;
      case 'likert': {
        const element = nth('likert', '.block.likert');
        for (const statement of block.statements)
          await element.locator(`input[name="${block.id}-${statement.id}"]`).last().check();
        break;
      }
      case 'reflection':
        await page.locator(`[id="${block.id}-text"]`).fill(typed);
        break;
      case 'checklist': {
        await nth('checklist', '.block.checklist').locator('input[type=checkbox]').first().check();
        if (block.allowOwn) {
          await page.locator(`[id="${block.id}-own"]`).fill(typed);
          await page.locator(`[id="${block.id}-own"] ~ button[type=submit]`).click();
        }
        break;
      }
    }
  }
}

/** Puts the correct response into a question's controls and presses Submit. */
export async function submitAnswer(page: Page, question: Question): Promise<void> {
  const form = page.locator(`[data-question="${question.id}"]`);
  const response = correctResponse(question);
  switch (question.type) {
    case 'single-choice':
    case 'true-false':
    case 'multiple-choice':
      for (const id of response) await form.locator(`input[value="${id}"]`).check();
      break;
    case 'matching':
      for (const pair of question.pairs)
        await form.locator(`select[id="${question.id}-${pair.id}"]`).selectOption(pair.id);
      break;
    case 'ordering':
      await putInOrder(form, response);
      break;
  }
  await form.locator(':scope > .actions > .button.primary').click();
}

/** Moves each item up with its Move up button until the list reads `target`. */
async function putInOrder(form: Locator, target: string[]): Promise<void> {
  const position = (id: string) =>
    form.locator('li[data-item]').evaluateAll((items, id) => items.findIndex((item) => item.dataset.item === id), id);
  for (let i = 0; i < target.length; i++) {
    for (let at = await position(target[i]!); at > i; at--) {
      await form.locator(`li[data-item="${target[i]}"] [data-move="up"]`).click();
      // Read the order again only once this move shows: a slow render would otherwise earn a second click.
      // A Playwright wait, not expect.poll: the bench walks courses with this learner outside vitest.
      const items = form.locator('li[data-item]');
      await items
        .nth(at - 1)
        .and(form.locator(`li[data-item="${target[i]}"]`))
        .waitFor({ timeout: PATIENCE });
    }
  }
}

/** Takes the shortest path from the start to an ending, choosing by the choices' words. */
async function finishScenario(element: Locator, scenario: ScenarioBlock): Promise<void> {
  const nodes = new Map(scenario.nodes.map((node) => [node.id, node]));
  let node = nodes.get(scenario.start)!;
  for (const choiceId of pathToEnding(scenario, scenario.start)) {
    const choice = node.choices!.find((c) => c.id === choiceId)!;
    await element.locator('.scenario-choices').getByRole('button', { name: choice.text, exact: true }).click();
    node = nodes.get(choice.next)!;
  }
  await element.locator('.ending').waitFor();
}
