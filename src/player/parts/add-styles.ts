/**
 * A part's own styles, added to the page as the part arrives, after player.css so they keep
 * its cascade. The element is named `pss-part-<part>`, so a page's style sheets can be told
 * apart from anything injected.
 */
export function addStyles(part: string, css: string): void {
  if (!css || typeof document === 'undefined' || document.getElementById(`pss-part-${part}`)) return;
  const style = document.createElement('style');
  style.id = `pss-part-${part}`;
  style.textContent = css;
  document.head.appendChild(style);
}
