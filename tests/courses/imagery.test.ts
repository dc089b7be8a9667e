// @vitest-environment jsdom
/**
 * The pictures of every real course (issue 15): a cover, at least one described
 * illustration in every lesson, diagrams whose part labels are also in their alt text or
 * caption, pictures that are plain drawings (no script, nothing fetched), and no drawing
 * of the protected emblems. The shapes test catches the common ways of drawing a red cross
 * or a red crystal; courses/README.md gives illustrators the whole rule.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Course } from '../../src/course/types.ts';
import { loadCourse, ROOT } from '../support/courses.ts';

const REAL = ['communication', 'listening', 'self-care'];

const svg = (text: string) => new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

// #region emblem shapes
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
// #endregion

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

/** Every image a course shows: its cover, lesson pictures and image blocks, with the lesson each sits in. */
function pictures(course: Course) {
  return course.lessons.flatMap((lesson) => [
    ...(lesson.image ? [{ lesson: lesson.id, src: lesson.image.src, alt: lesson.image.alt, caption: '' }] : []),
    ...lesson.pages.flatMap((page) =>
      page.blocks.flatMap((block) =>
        block.type === 'image'
          ? [
              {
                lesson: lesson.id,
                src: block.src,
                alt: block.decorative ? '' : (block.alt ?? ''),
                caption: block.caption ?? '',
              },
            ]
          : [],
      ),
    ),
  ]);
}

describe.each(REAL)('%s', (id) => {
  const folder = join(ROOT, 'courses', id);
  const languages = loadCourse(`courses/${id}`);
  const source = languages[0]!.course;
  const files = [...new Set([source.cover?.src ?? '', ...pictures(source).map((p) => p.src)])].filter(Boolean);

  it('has a cover, in the course folder, described in every language', () => {
    expect(source.cover?.src).toBe('media/cover.svg');
    expect(existsSync(join(folder, source.cover!.src))).toBe(true);
    for (const { course } of languages) expect(course.cover?.alt.trim().length, course.language).toBeGreaterThan(20);
  });

  it('has at least one described illustration in every lesson', () => {
    const described = new Set(
      pictures(source)
        .filter((p) => p.alt.trim())
        .map((p) => p.lesson),
    );
    expect(source.lessons.map((l) => l.id).filter((lesson) => !described.has(lesson))).toEqual([]);
  });

  it('draws pictures as plain SVG: no script, no links, nothing fetched from elsewhere', () => {
    for (const file of files) {
      const text = readFileSync(join(folder, file), 'utf8');
      expect(text, file).not.toMatch(/<script|<foreignObject|\son[a-z]+\s*=|href\s*=|url\(|@import/i);
    }
  });

  it("repeats the labels of a diagram's parts (the framework's layers) in its alt text or caption", () => {
    for (const picture of pictures(source)) {
      const text = readFileSync(join(folder, picture.src), 'utf8');
      expect(unsaidLabels(text, `${picture.alt} ${picture.caption}`), picture.src).toEqual([]);
    }
  });

  it('never draws a red cross or a red diamond', () => {
    for (const file of files) expect(emblemShapes(readFileSync(join(folder, file), 'utf8')), file).toEqual([]);
  });
});

describe('the diagram check', () => {
  it('names the labels an alt text leaves out, whether or not a label breaks over two lines', () => {
    const diagram = `<svg xmlns="http://www.w3.org/2000/svg"><g><text>Basic support</text><text><tspan>Specialized</tspan><tspan>care</tspan></text></g></svg>`;
    expect(unsaidLabels(diagram, 'Two layers: basic support, then specialized care.')).toEqual([]);
    expect(unsaidLabels(diagram, 'Two layers: basic support, then more.')).toEqual(['specialized care']);
  });
});

describe('the emblem check', () => {
  it('finds a red cross of two bars, a red plus outline, a turned red square and a red diamond', () => {
    const planted = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><style>.v{fill:#B3412E}</style>
      <g transform="translate(10 10)"><rect class="v" x="0" y="12" width="36" height="12"/><rect class="v" x="12" y="0" width="12" height="36"/></g>
      <path fill="#e00" d="M40 0h10v10h10v10h-10v10h-10v-10h-10v-10h10z"/>
      <rect fill="red" x="70" y="70" width="10" height="10" transform="rotate(45 75 75)"/>
      <polygon fill="#ED1C24" points="50,60 60,70 50,80 40,70"/></svg>`;
    expect(emblemShapes(planted)).toEqual([
      'a red square on its corner',
      'a red cross of two bars at 28,28',
      'a red plus outline',
      'a red diamond',
    ]);
  });

  it('lets a window frame, a leaning vest and the pyramid of the framework diagram be', () => {
    const harmless = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
      <rect fill="#FFFFFF" x="0" y="12" width="36" height="12"/><rect fill="#FFFFFF" x="12" y="0" width="12" height="36"/>
      <rect fill="#B3412E" x="50" y="50" width="30" height="40" rx="8" transform="rotate(14)"/>
      <polygon fill="#F4EFE6" points="16,354 408,354 389.5,274 34.5,274"/></svg>`;
    expect(emblemShapes(harmless)).toEqual([]);
    // The vest and the emblem's red are red; ochre, violet and every skin tone of the palette are not.
    const palette = ['#B3412E', '#ED1C24', '#E0A84F', '#8A6FB0', '#F2CDA8', '#D8A47C', '#B07650', '#7C4D2E', '#5B3920'];
    expect(palette.filter(isRed)).toEqual(['#B3412E', '#ED1C24']);
  });
});
