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
import { emblemShapes, isRed, unsaidLabels } from '../support/picture-checks.ts';

const REAL = ['communication', 'listening', 'self-care'];

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
