/** A tiny element builder for documents made outside Preact (downloaded pages, the certificate part). Text is always text, never markup. */

type Child = Node | string | false | undefined;

/** @example el('p', { class: 'name' }, 'Jane Doe') */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}
