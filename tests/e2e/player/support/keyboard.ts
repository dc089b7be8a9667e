/**
 * Moving through the player the way a keyboard user does: Tab and Shift+Tab until the
 * wanted control has focus, then keys on it. Reading the page (where focus is, what is
 * checked) is how the test looks; only the keyboard acts.
 */
import type { Page } from 'playwright-core';
import { SCREEN_TIMEOUT } from './screens.ts';

export interface Target {
  selector: string;
  /** The element's exact text, trimmed, when the selector alone is not enough. */
  text?: string;
}

const label = (target: Target) => (target.text === undefined ? target.selector : `${target.selector} "${target.text}"`);

/** What has focus, in a line: `BUTTON.button primary "Next"`. */
export function focusedElement(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'BODY';
    const value = el instanceof HTMLInputElement || el instanceof HTMLSelectElement ? ` value=${el.value}` : '';
    return `${el.tagName}${el.className ? `.${String(el.className).replace(/ /g, '.')}` : ''}${value} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
  });
}

function hasFocus(page: Page, target: Target): Promise<boolean> {
  return page.evaluate(({ selector, text }) => {
    const el = document.activeElement;
    return !!el && el.matches(selector) && (text === undefined || el.textContent?.trim() === text);
  }, target);
}

/**
 * Presses Tab, or Shift+Tab when the target is earlier in the page, until it has focus;
 * returns the key it pressed (none when focus was already there). Fails when it takes
 * more than `max` presses, or when the control shows no focus outline.
 */
export async function tabTo(page: Page, target: Target, max = 60): Promise<'Tab' | 'Shift+Tab' | 'none'> {
  if (await hasFocus(page, target)) return 'none';
  const backwards = await page.evaluate(({ selector, text }) => {
    const el = [...document.querySelectorAll(selector)].find(
      (e) => text === undefined || e.textContent?.trim() === text,
    );
    const active = document.activeElement;
    if (!el) throw new Error(`nothing on the page matches ${selector}${text === undefined ? '' : ` "${text}"`}`);
    return (
      !!active && active !== document.body && !!(el.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING)
    );
  }, target);
  const key = backwards ? 'Shift+Tab' : 'Tab';
  const passed: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    if (await hasFocus(page, target)) {
      const outline = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement!);
        return style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth);
      });
      if (outline < 2)
        throw new Error(`${label(target)} has focus but no visible focus outline (outline width ${outline}px).`);
      return key;
    }
    passed.push(await focusedElement(page));
  }
  throw new Error(`${key} × ${max} never reached ${label(target)}. Focus went through:\n${passed.join('\n')}`);
}

/** Waits until focus is on the target (focus moves in effects, after the next paint), or fails saying where it is. */
export async function expectFocus(page: Page, target: Target): Promise<void> {
  try {
    await page.waitForFunction(
      ({ selector, text }) => {
        const el = document.activeElement;
        return !!el && el.matches(selector) && (text === undefined || el.textContent?.trim() === text);
      },
      target,
      { timeout: SCREEN_TIMEOUT, polling: 'raf' },
    );
  } catch {
    throw new Error(`Expected focus on ${label(target)}, but it is on ${await focusedElement(page)}.`);
  }
}
