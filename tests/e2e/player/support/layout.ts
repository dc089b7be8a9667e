/**
 * Reflow and target size, measured in the page: nothing may make the page scroll sideways
 * (WCAG 1.4.10), and every control a finger or pointer aims at is at least 24 by 24 CSS
 * pixels (WCAG 2.5.8).
 */
import type { Page } from 'playwright-core';

/** The smallest target, in CSS pixels. */
export const MIN_TARGET = 24;

/** Problems on the page as it is now, one line each; empty when there are none. */
export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const problems: string[] = [];
    const name = (el: Element) => {
      const id = el.id ? `#${el.id}` : '';
      const cls =
        typeof el.className === 'string' && el.className ? `.${el.className.trim().replace(/\s+/g, '.')}` : '';
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30);
      return `${el.tagName.toLowerCase()}${id}${cls}${text ? ` "${text}"` : ''}`;
    };
    const shown = (el: Element) =>
      el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden' && !el.closest('.sr-only');

    const root = document.scrollingElement!;
    if (root.scrollWidth > root.clientWidth) {
      // Name the deepest elements that stick out, which are the ones to fix.
      const out = [...document.body.querySelectorAll('*')].filter((el) => {
        if (!shown(el)) return false;
        const r = el.getBoundingClientRect();
        return r.right > root.clientWidth + 0.5 || r.left < -0.5;
      });
      const deepest = out.filter((el) => !out.some((other) => other !== el && el.contains(other)));
      problems.push(
        `scrolls sideways: ${root.scrollWidth}px of content in ${root.clientWidth}px, because of ${deepest.slice(0, 5).map(name).join(', ')}`,
      );
    }

    for (const el of document.querySelectorAll('button, a[href], input, select, textarea, summary')) {
      if (!shown(el)) continue;
      // A link in running text is exempt (WCAG 2.5.8 "inline"); author Markdown is where those live.
      if (el.tagName === 'A' && el.closest('.md') && getComputedStyle(el).display === 'inline') continue;
      // A radio or checkbox inside its label is aimed at through the whole label.
      const target =
        (el as HTMLInputElement).type === 'radio' || (el as HTMLInputElement).type === 'checkbox'
          ? (el.closest('label') ?? el)
          : el;
      const r = target.getBoundingClientRect();
      if (r.width < min - 0.01 || r.height < min - 0.01)
        problems.push(`target too small: ${name(el)} is ${r.width.toFixed(1)}×${r.height.toFixed(1)}px`);
    }
    return problems;
  }, MIN_TARGET);
}
