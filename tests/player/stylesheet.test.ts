/**
 * Facts about player.css, and the styles page.js and ending.js add after it, that a
 * reviewer would otherwise check by eye: colour contrast of every text and control pair
 * they use, logical properties only (so Arabic mirrors), motion only for people who have
 * not asked for less, no web fonts, and no symbols in generated content.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const PLAYER = join(import.meta.dirname, '..', '..', 'src', 'player');
const css = ['player.css', 'parts/page.css', 'parts/ending.css']
  .map((file) => readFileSync(join(PLAYER, file), 'utf8'))
  .join('\n')
  .replace(/\/\*[\s\S]*?\*\//g, '');
/** The custom properties a block declares, as written (a colour, or var(--other)). */
const declared = (block: string) =>
  Object.fromEntries(
    [...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{3,8}|var\(--[\w-]+\))/gi)].map((m) => [m[1]!, m[2]!]),
  );
const blockAfter = (marker: string) => {
  const at = css.indexOf(marker);
  return css.slice(at, css.indexOf('}', at));
};
const light = declared(blockAfter(':root {'));
/** Dark mode overrides some of the light palette; the rest carries over. */
const dark = { ...light, ...declared(blockAfter('@media (prefers-color-scheme: dark)')) };
const PALETTES = { light, dark } as const;

function luminance(hex: string): number {
  const full = hex.length === 4 ? hex.replace(/\w/g, (c) => c + c) : hex;
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(full.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};
/** A palette's colour by name, following var() references. */
function colour(palette: Record<string, string>, name: string): string {
  let value = name.startsWith('#') ? name : palette[name]!;
  while (value.startsWith('var(')) value = palette[value.slice(6, -1)]!;
  return value;
}
const ratio = (palette: Record<string, string>, a: string, b: string) =>
  Math.round(contrast(colour(palette, a), colour(palette, b)) * 100) / 100;

describe('player.css', () => {
  it('declares a dark palette, for prefers-color-scheme: dark', () => {
    expect(Object.keys(declared(blockAfter('@media (prefers-color-scheme: dark)'))).length).toBeGreaterThan(10);
  });

  it.each(Object.keys(PALETTES) as (keyof typeof PALETTES)[])(
    'gives every text colour at least 4.5:1 on every background it is used on (%s)',
    (name) => {
      const palette = PALETTES[name];
      const texts = ['ink', 'muted', 'link', 'accent'];
      const backgrounds = ['paper', 'canvas', 'soft', 'info-bg', 'brand-bg', 'warn-bg', 'good-bg'];
      const pairs = [
        ...texts.flatMap((t) => backgrounds.map((b) => [t, b])),
        ['on-brand', 'brand'],
        ['good', 'good-bg'],
        ['warn', 'warn-bg'],
        ['good', 'paper'],
      ];
      const low = pairs.map(([t, b]) => [`${t} on ${b}`, ratio(palette, t!, b!)] as const).filter(([, r]) => r < 4.5);
      expect(low).toEqual([]);
    },
  );

  it.each(Object.keys(PALETTES) as (keyof typeof PALETTES)[])(
    'draws control borders and the focus ring at 3:1 or more (%s)',
    (name) => {
      const palette = PALETTES[name];
      for (const bg of ['paper', 'soft', 'canvas']) {
        expect(ratio(palette, 'line', bg), `line on ${bg}`).toBeGreaterThanOrEqual(3);
        expect(ratio(palette, 'link', bg), `link on ${bg}`).toBeGreaterThanOrEqual(3);
        expect(ratio(palette, 'accent', bg), `accent on ${bg}`).toBeGreaterThanOrEqual(3);
      }
    },
  );

  it('uses logical properties only, so right-to-left courses mirror', () => {
    expect(
      css.match(
        /(?:^|[\s;{])(?:(?:margin|padding|border)-(?:left|right)|left|right|float|text-align:\s*(?:left|right))\s*:/gm,
      ),
    ).toBeNull();
  });

  it('animates only inside prefers-reduced-motion: no-preference', () => {
    const outside = css.replace(/@media \(prefers-reduced-motion: no-preference\) \{[\s\S]*?\n\}/g, '');
    expect(outside).not.toMatch(/\b(?:animation|transition)\s*:/);
    expect(css).toMatch(/@media \(prefers-reduced-motion: no-preference\)/);
  });

  it('loads no fonts or other files', () => {
    expect(css).not.toMatch(/@font-face|@import|url\(/);
  });

  it('writes no symbols in generated content, where the text font may lack them', () => {
    // A glyph the text's font lacks sends the browser through the system's fonts for one that
    // has it: the "↻" on cards took the first page with cards 60 ms more to lay out at 4x CPU.
    // Symbols are drawn (Icon.tsx); generated content keeps to printable ASCII.
    const generated = [...css.matchAll(/(?<![\w-])content:\s*([^;]+);/g)].map((m) => m[1]!);
    expect(generated.filter((value) => /[^\x20-\x7e]/.test(value))).toEqual([]);
  });

  it('keeps every colour in a custom property an organisation profile can set', () => {
    // Outside the palettes, the rules name colours only through var(--…), or system colours for forced colours.
    const rules = css.replace(/:root \{[^}]*\}/g, '');
    expect(rules.match(/#[0-9a-f]{3,8}\b/gi)).toBeNull();
  });
});
