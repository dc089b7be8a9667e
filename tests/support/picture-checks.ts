/**
 * Checks on course pictures for tests/courses/imagery.test.ts: the labels a diagram's alt text
 * leaves out, and the shapes of the protected emblems (a red cross of two bars, a red plus
 * outline, a red square on its corner, a red diamond). A plain DOMParser reads the SVG, so the
 * test runs in jsdom.
 */

export const svg = (text: string) => new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
  fill: string;
}

/** Whether a colour is a red: the emblems are red, and so would be a cross drawn in the vest colour. */
export function isRed(colour: string): boolean {
  const hex = colour.trim().toLowerCase();
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(hex);
  if (hex === 'red') return true;
  if (!m) return false;
  const full = m[1]!.length === 3 ? m[1]!.replace(/./g, (c) => c + c) : m[1]!;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16) / 255) as [number, number, number];
  // Red and brick red, not the orange, ochre and brown of skin tones and clothing.
  return r > 0.45 && g < 0.5 * r && b < 0.5 * r;
}

/** The fill an element paints with: its own, or the nearest group's, or a class rule of the picture's own stylesheet. */
function fillOf(el: Element, styles: string): string {
  for (let at: Element | null = el; at; at = at.parentElement) {
    const fill = at.getAttribute('fill') ?? /fill:\s*([^;"]+)/.exec(at.getAttribute('style') ?? '')?.[1];
    if (fill) return fill;
    for (const name of at.getAttribute('class')?.split(/\s+/) ?? []) {
      const rule = new RegExp(`\\.${name}\\s*\\{[^}]*fill:\\s*([^;}]+)`).exec(styles);
      if (rule) return rule[1]!;
    }
  }
  return '#000';
}

/** Offsets from translate() transforms; null when an element is rotated, skewed or scaled. */
function offsetOf(el: Element): [number, number] | null {
  let [x, y] = [0, 0];
  for (let at: Element | null = el; at; at = at.parentElement) {
    const transform = at.getAttribute('transform');
    if (!transform) continue;
    const move = /^\s*translate\(\s*(-?[\d.]+)[\s,]+(-?[\d.]+)?\s*\)\s*$/.exec(transform);
    if (!move) return null;
    x += Number(move[1]);
    y += Number(move[2] ?? 0);
  }
  return [x, y];
}

/** Problems with a picture's shapes: red crosses made of two bars, red plus outlines, red diamonds. */
export function emblemShapes(text: string): string[] {
  const root = svg(text);
  const styles = [...root.querySelectorAll('style')].map((s) => s.textContent).join('\n');
  const problems: string[] = [];
  const bars: Box[] = [];
  for (const rect of root.querySelectorAll('rect')) {
    const fill = fillOf(rect, styles);
    const n = (name: string) => Number(rect.getAttribute(name) ?? 0);
    // A square turned a quarter of a right angle is the red crystal; people lean, so other turns are fine.
    const turn = /rotate\(\s*(-?[\d.]+)/.exec(rect.closest('[transform]')?.getAttribute('transform') ?? '');
    const diagonal = turn && Math.abs((((Number(turn[1]) % 90) + 90) % 90) - 45) < 5;
    if (isRed(fill) && diagonal && Math.abs(n('width') - n('height')) < 1) problems.push('a red square on its corner');
    const offset = offsetOf(rect);
    if (!offset) continue;
    bars.push({ x: n('x') + offset[0], y: n('y') + offset[1], w: n('width'), h: n('height'), fill });
  }
  const centre = (b: Box) => [b.x + b.w / 2, b.y + b.h / 2];
  for (const wide of bars.filter((b) => b.w >= 2 * b.h))
    for (const tall of bars.filter((b) => b.h >= 2 * b.w)) {
      const [[ax, ay], [bx, by]] = [centre(wide), centre(tall)];
      const crossed = Math.abs(ax! - bx!) < 1 && Math.abs(ay! - by!) < 1 && Math.abs(wide.w - tall.h) < 1;
      if (crossed && (isRed(wide.fill) || isRed(tall.fill)))
        problems.push(`a red cross of two bars at ${Math.round(ax!)},${Math.round(ay!)}`);
    }
  for (const shape of root.querySelectorAll('path, polygon')) {
    if (!isRed(fillOf(shape, styles))) continue;
    const points =
      (shape.getAttribute('points') ?? shape.getAttribute('d') ?? '').match(/-?[\d.]+/g)?.map(Number) ?? [];
    const corners =
      shape.tagName === 'polygon' ? points.length / 2 : (shape.getAttribute('d')!.match(/[MLHV]/gi) ?? []).length;
    const axisOnly = shape.tagName === 'path' && /^[MmHhVvZz\d\s.,-]+$/.test(shape.getAttribute('d')!);
    if (axisOnly && corners === 12) problems.push('a red plus outline');
    if (shape.tagName === 'polygon' && corners === 4) {
      const [x0, y0, x1, y1, x2, y2, x3, y3] = points as [
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
      ];
      const diamond = Math.abs(x0 - x2) < 1 && Math.abs(y1 - y3) < 1 && Math.abs(y0 - y2) > 1 && Math.abs(x1 - x3) > 1;
      if (diamond) problems.push('a red diamond');
    }
  }
  return problems;
}

/**
 * The labels of a diagram's parts (its grouped text) that its alt text and caption leave out.
 * A note beside the diagram is the reviewer's to check (courses/README.md).
 */
export function unsaidLabels(picture: string, said: string): string[] {
  const heard = words(said);
  return [...svg(picture).querySelectorAll('g > text')]
    .map((label) => words([...label.childNodes].map((n) => n.textContent).join(' ')))
    .filter((label) => !heard.includes(label));
}
