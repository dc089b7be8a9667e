/**
 * A learner at the keyboard of the real player, inside the LMS frame: controls are found
 * by their role and accessible name in the course's language, as a screen-reader user
 * would find them. Correct answers come from the course itself.
 */
import type { FrameLocator, Locator } from 'playwright-core';
import { isQuestion } from '../../../src/course/kinds.ts';
import type { Block, BlockOf, Course, Page, Question, ScenarioBlock } from '../../../src/course/types.ts';
import { wrongResponse } from '../../../src/engine/explore.ts';
import { correctResponse } from '../../../src/engine/scoring.ts';
import type { Dictionary } from '../../../src/player/i18n/en.ts';
import { dictionaryFor } from '../../../src/player/i18n/index.ts';
import type { ScreenName } from '../../../src/player/screen-of.ts';
import { pathToEnding } from '../../support/walkthrough.ts';

/** Course text as the player shows it: inline Markdown marks and link targets dropped. */
export function plain(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class Learner {
  readonly t: Dictionary;

  constructor(
    readonly sco: FrameLocator,
    readonly course: Course,
  ) {
    this.t = dictionaryFor(course.language);
  }

  button(name: string, scope: FrameLocator | Locator = this.sco): Locator {
    return scope.getByRole('button', { name, exact: true });
  }

  /** Waits until the player shows a screen (`<main data-screen>`). */
  async on(screen: ScreenName): Promise<void> {
    await this.sco.locator(`main[data-screen="${screen}"]`).waitFor();
  }

  /** Waits for a page by its heading. */
  async onPage(page: Page): Promise<void> {
    await this.on('page');
    await this.sco.getByRole('heading', { level: 2, name: plain(page.title), exact: true }).waitFor();
  }

  question(id: string): Locator {
    return this.sco.locator(`[data-question="${id}"]`);
  }

  /** Sets the correct response with the question's own controls, then submits it. */
  answer(question: Question): Promise<void> {
    return this.answerWith(question, correctResponse(question));
  }

  /** Sets a wrong response (the engine's own pick of one) and submits it. */
  answerWrongly(question: Question): Promise<void> {
    const wrong = wrongResponse(question);
    if (!wrong) throw new Error(`${question.id} has no wrong answer to give`);
    return this.answerWith(question, wrong);
  }

  /** Sets a response, in the engine's form (option ids), with the question's own controls, then submits it. */
  async answerWith(question: Question, response: string[]): Promise<void> {
    const scope = this.question(question.id);
    const choiceText = (id: string) =>
      plain((question as BlockOf<'single-choice'>).choices.find((c) => c.id === id)!.text);
    switch (question.type) {
      case 'true-false':
        await scope
          .getByRole('radio', { name: response[0] === 'true' ? this.t.trueLabel : this.t.falseLabel, exact: true })
          .check();
        break;
      case 'single-choice':
        await scope.getByRole('radio', { name: choiceText(response[0]!), exact: true }).check();
        break;
      case 'multiple-choice':
        for (const id of response) await scope.getByRole('checkbox', { name: choiceText(id), exact: true }).check();
        break;
      case 'matching':
        // Each select offers the answers by id: the response names the one chosen for each prompt.
        for (const [i, pair] of question.pairs.entries())
          await scope.getByLabel(pair.prompt, { exact: true }).selectOption({ value: response[i]! });
        break;
      case 'ordering':
        await this.order(
          scope,
          response.map((id) => question.items.find((item) => item.id === id)!.text),
        );
        break;
    }
    await this.button(this.t.submit, scope).click();
  }

  /** Puts the items in order with the Move up buttons, one place at a time. */
  private async order(scope: Locator, wanted: string[]): Promise<void> {
    for (let target = 0; target < wanted.length; target++) {
      const shown = await scope.locator('.ordering .order-text').allTextContents();
      for (let at = shown.indexOf(wanted[target]!); at > target; at--) {
        // The item's name is visually hidden; Chromium names the button "Move up : item", with a space.
        await scope
          .getByRole('button', {
            name: new RegExp(`^${escapeRegExp(this.t.moveUp)}\\s*:\\s*${escapeRegExp(wanted[target]!)}$`),
          })
          .click();
      }
    }
    const final = await scope.locator('.ordering .order-text').allTextContents();
    if (final.join('|') !== wanted.join('|')) throw new Error(`ordering ended as ${final.join(', ')}`);
  }

  /** The verdict a knowledge check announces after Submit. */
  async verdict(question: Question): Promise<string> {
    const status = this.question(question.id).getByRole('status');
    await status.locator('.verdict').waitFor();
    return (await status.locator('.verdict').innerText()).trim();
  }

  /** Takes the shortest path to an ending and waits for it. */
  async playScenario(scenario: ScenarioBlock): Promise<void> {
    const choices = this.sco.getByRole('group', { name: this.t.yourChoices, exact: true });
    const nodes = new Map(scenario.nodes.map((n) => [n.id, n]));
    let node = nodes.get(scenario.start)!;
    for (const choiceId of pathToEnding(scenario, scenario.start)) {
      const choice = node.choices!.find((c) => c.id === choiceId)!;
      await this.button(choice.text, choices).click();
      node = nodes.get(choice.next)!;
    }
    await this.sco.getByRole('heading', { level: 4, name: node.ending!.title, exact: true }).waitFor();
  }

  /** Does everything a page asks: each question answered right, each scenario to an ending, each survey statement. */
  async completePage(page: Page, only?: (block: Block) => boolean): Promise<void> {
    for (const block of page.blocks.filter(only ?? (() => true))) {
      if (isQuestion(block)) {
        await this.answer(block);
        const verdict = await this.verdict(block);
        if (verdict !== this.t.verdict.correct) throw new Error(`${block.id} was judged "${verdict}"`);
      } else if (block.type === 'scenario') {
        await this.playScenario(block);
      } else if (block.type === 'likert') {
        for (const statement of block.statements) {
          await this.sco
            .getByRole('group', { name: statement.text, exact: true })
            .getByRole('radio', { name: block.scale.at(-1)!, exact: true })
            .check();
        }
      }
    }
  }

  async next(): Promise<void> {
    await this.button(this.t.next).click();
  }

  /** Pause and exit, confirmed, until the player says the progress is saved. */
  async pauseAndExit(): Promise<void> {
    await this.button(this.t.pauseAndExit).click();
    await this.button(this.t.exitNow).click();
    await this.on('exited');
  }

  /** Close the course, from the completion screen, until the player says the progress is saved. */
  async finish(): Promise<void> {
    await this.button(this.t.finish).click();
    await this.on('exited');
  }

  /** Asks for the certificate on the completion screen and reads what it says. */
  async certificate(): Promise<{ name: string; course: string; facts: string[] }> {
    await this.button(this.t.certificate.get).click();
    const certificate = this.sco.locator('.certificate');
    await certificate.waitFor();
    return {
      name: await certificate.locator('.cert-name').innerText(),
      course: await certificate.locator('.cert-course').innerText(),
      facts: await certificate.locator('.cert-facts dd').allInnerTexts(),
    };
  }

  /** Starts and answers one assessment attempt correctly, question by question as the player draws them. */
  async passAssessment(): Promise<string[]> {
    await this.on('assessment-intro');
    await this.button(this.t.startAssessment).click();
    return this.takeAttempt(true);
  }

  /** Starts (or continues) an attempt from the assessment's intro, or a retake from the last attempt's result. */
  async startAttempt(): Promise<void> {
    const screen = this.sco.locator('main[data-screen="assessment-intro"], main[data-screen="assessment-result"]');
    await screen.waitFor();
    if ((await screen.getAttribute('data-screen')) === 'assessment-result') await this.button(this.t.retake).click();
    else await this.button(this.t.startAssessment).or(this.button(this.t.continueAssessment)).click();
  }

  /**
   * Answers the attempt on screen, rightly or wrongly, question by question as the player
   * draws them, until its result shows or `stopAfter` answers are given. Returns the ids asked.
   */
  async takeAttempt(right: boolean, stopAfter = Infinity): Promise<string[]> {
    const assessment = this.course.assessment!;
    const asked: string[] = [];
    while (asked.length < stopAfter) {
      await this.sco
        .locator('main[data-screen="assessment-question"], main[data-screen="assessment-result"]')
        .waitFor();
      if ((await this.sco.locator('main').getAttribute('data-screen')) === 'assessment-result') return asked;
      const id = await this.sco.locator('main [data-question]').getAttribute('data-question');
      if (!id || id === asked.at(-1)) continue;
      asked.push(id);
      const question = assessment.questions.find((q) => q.id === id)!;
      await (right ? this.answer(question) : this.answerWrongly(question));
      // The next question replaces this one, or the result replaces the screen.
      await this.sco
        .locator(`main[data-screen="assessment-result"], main [data-question]:not([data-question="${id}"])`)
        .first()
        .waitFor();
    }
    return asked;
  }
}
