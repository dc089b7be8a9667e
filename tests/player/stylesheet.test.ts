/**
 * Facts about player.css that a reviewer would otherwise check by eye: colour contrast
 * of every text and control pair it uses, logical properties only (so Arabic mirrors),
 * motion only for people who have not asked for less, and no web fonts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'player', 'player.css'), 'utf8').replace(
  /\/\*[\s\S]*?\*\//g,
  '',
);
const vars = Object.fromEntries([...css.matchAll(/--([\w-]+):\s*(#[0-9a-f]{3,6})/gi)].map((m) => [m[1]!, m[2]!]));

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
const colour = (name: string) => (name.startsWith('#') ? name : vars[name]!);

describe('player.css', () => {
  it('gives every text colour at least 4.5:1 on every background it is used on', () => {
    const texts = ['ink', 'muted', 'link', 'brand'];
    const backgrounds = ['paper', 'soft', 'info-bg', 'brand-bg', 'warn-bg', 'good-bg'];
    const pairs = [
      ...texts.flatMap((t) => backgrounds.map((b) => [t, b])),
      ['#fff', 'brand'],
      ['good', 'good-bg'],
      ['warn', 'warn-bg'],
    ];
    const low = pairs
      .map(([t, b]) => [`${t} on ${b}`, Math.round(contrast(colour(t!), colour(b!)) * 100) / 100] as const)
      .filter(([, ratio]) => ratio < 4.5);
    expect(low).toEqual([]);
  });

  it('draws control borders and the focus ring at 3:1 or more', () => {
    for (const bg of ['paper', 'soft']) {
      expect(contrast(colour('line'), colour(bg))).toBeGreaterThanOrEqual(3);
      expect(contrast(colour('link'), colour(bg))).toBeGreaterThanOrEqual(3);
    }
  });

  it('uses logical properties only, so right-to-left courses mirror', () => {
    expect(
      css.match(
        /(?:^|[\s;{])(?:(?:margin|padding|border)-(?:left|right)|left|right|float|text-align:\s*(?:left|right))\s*:/gm,
      ),
    ).toBeNull();
  });

  it('animates only inside prefers-reduced-motion: no-preference', () => {
    const outside = css.replace(/@media \(prefers-reduced-motion: no-preference\) \{[\s\S]*?\n\}/, '');
    expect(outside).not.toMatch(/\b(?:animation|transition)\s*:/);
    expect(css).toMatch(/@media \(prefers-reduced-motion: no-preference\)/);
  });

  it('loads no fonts or other files', () => {
    expect(css).not.toMatch(/@font-face|@import|url\(/);
  });
});
