/**
 * With prefers-reduced-motion: reduce, nothing in the player moves: no running animation
 * or transition, and every element's computed durations are zero, right after the
 * moments that animate by default (a card turning over, the progress bar growing).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPlayer, useChromium } from './support/browser.ts';
import { packageOf } from './support/packages.ts';
import { waitForScreen } from './support/screens.ts';

const chromium = useChromium();

/** Everything that moves now: running animations and transitions, and elements styled to move, or the smooth scroll. */
function motion(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = document
      .getAnimations()
      .map(
        (a) =>
          `running ${a instanceof CSSTransition ? `transition of ${a.transitionProperty}` : `animation ${(a as CSSAnimation).animationName}`}`,
      );
    const moving = (durations: string) => durations.split(',').some((d) => parseFloat(d) > 0);
    for (const el of document.querySelectorAll('body, body *')) {
      const style = getComputedStyle(el);
      const name = `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().replace(/\s+/g, '.')}` : ''}`;
      if (moving(style.transitionDuration) && style.transitionProperty !== 'none')
        found.push(`${name} transitions ${style.transitionProperty} over ${style.transitionDuration}`);
      if (moving(style.animationDuration) && style.animationName !== 'none')
        found.push(`${name} animates ${style.animationName} over ${style.animationDuration}`);
    }
    if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth') found.push('html scrolls smoothly');
    return found;
  });
}

/** Opens the sample course on its page of reveals, turns the first card over and opens the accordion; returns what moved at each moment. */
async function moveThings(reducedMotion: 'reduce' | 'no-preference'): Promise<string[]> {
  const pkg = await packageOf('tests/fixtures/courses/sample', 'en');
  const player = await openPlayer(chromium(), pkg.dir, { reducedMotion });
  try {
    const { page } = player;
    // Time runs a hundred times slower for animations, so one that starts is still running when looked at, however slow the machine.
    const cdp = await player.context.newCDPSession(page);
    await cdp.send('Animation.enable');
    await cdp.send('Animation.setPlaybackRate', { playbackRate: 0.01 });
    const found: string[] = [];
    await page.locator('main .actions .button.primary').click();
    await waitForScreen(page, 'page', 'Welcome');
    // The first page is complete on arrival; Next grows the progress bar.
    await page.locator('.page-nav .button.primary').click();
    await waitForScreen(page, 'page', 'Hear and see it');
    found.push(...(await motion(page)).map((m) => `progress: ${m}`));
    await page.locator('.card-face').first().click();
    found.push(...(await motion(page)).map((m) => `card: ${m}`));
    await page.locator('.reveal-accordion summary').first().click();
    found.push(...(await motion(page)).map((m) => `accordion: ${m}`));
    return found;
  } finally {
    await player.close();
  }
}

describe('reduced motion', () => {
  it('moves nothing when the learner asks for reduced motion', async () => {
    expect(await moveThings('reduce')).toEqual([]);
  });

  it('does animate the card and the progress bar otherwise, so the check above can fail', async () => {
    const found = await moveThings('no-preference');
    expect(found).toEqual([
      'progress: running transition of width',
      'progress: div.progress-fill transitions inline-size over 0.2s',
      'card: running transition of width',
      'card: running animation turn',
      'card: div.progress-fill transitions inline-size over 0.2s',
      'card: li.card animates turn over 0.2s',
      'accordion: running transition of width',
      'accordion: running animation turn',
      'accordion: div.progress-fill transitions inline-size over 0.2s',
      'accordion: li.card animates turn over 0.2s',
    ]);
  });
});
