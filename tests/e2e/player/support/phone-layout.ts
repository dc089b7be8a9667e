/**
 * The phone's screen, measured: how much of a 360×740 viewport the banner and notices take,
 * where the screen's heading lands, and which touch targets are under 44×44 CSS px (the
 * size the issue asks of primary controls, above WCAG's 24 px minimum checked in layout.ts).
 */
import type { Page } from 'playwright-core';

export const PHONE_VIEWPORT = { width: 360, height: 740 };
/** A quarter of the phone's height: the most the banner and notices may take, and where the heading must start. */
export const QUARTER = PHONE_VIEWPORT.height / 4;
export const TOUCH = 44;

export interface PhoneScreen {
  /** Height of the banner, notices included. */
  chrome: number;
  /** Top of the screen's landing heading, from the top of the viewport. */
  heading: number | null;
  /** Controls under 44×44, one line each. */
  small: string[];
}

export function measurePhone(page: Page): Promise<PhoneScreen> {
  return page.evaluate((min) => {
    const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    const small: string[] = [];
    for (const el of document.querySelectorAll(
      '.button, .toc-entry, summary, select, input[type=text], textarea, .choice',
    )) {
      if (!shown(el) || el.closest('.sr-only')) continue;
      const r = el.getBoundingClientRect();
      const tooNarrow = el.matches('.button') && r.width < min - 0.01;
      if (r.height < min - 0.01 || tooNarrow)
        small.push(
          `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 30)}" is ${r.width.toFixed(1)}×${r.height.toFixed(1)}`,
        );
    }
    const heading = document.querySelector('main [data-landing]');
    return {
      chrome: document.querySelector('header.top')!.getBoundingClientRect().height,
      heading: heading ? heading.getBoundingClientRect().top : null,
      small,
    };
  }, TOUCH);
}
