/**
 * An organisation's colours against the player's own palettes. The player's backgrounds are
 * read from player.css itself, so this check and the stylesheet can never disagree. The
 * brand colour is text (accents, secondary buttons) on every light background and the
 * background of primary buttons; dark mode takes a lighter accent. Tinted boxes are mixed
 * from the brand colour, as light as their text needs.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contrast, mix, nearestShade } from './colour.ts';

/** WCAG 2.2 AA for normal text (1.4.3). */
export const AA = 4.5;

type Palette = Record<string, string>;

function readPalettes(): { light: Palette; dark: Palette } {
  // A path, not a URL: under jsdom (the player's tests) the global URL is not one Node's fs accepts.
  const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'player', 'player.css');
  const css = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const block = (marker: string) => {
    const at = css.indexOf(marker);
    return css.slice(at, css.indexOf('}', at));
  };
  const declared = (text: string) =>
    Object.fromEntries([...text.matchAll(/--([\w-]+):\s*(#[0-9a-f]{3,8})\b/gi)].map((m) => [m[1]!, m[2]!]));
  const light = declared(block(':root {'));
  return { light, dark: { ...light, ...declared(block('@media (prefers-color-scheme: dark)')) } };
}

const PLAYER = readPalettes();

/** The backgrounds accent text sits on, besides the brand-tinted boxes made here. */
export const BACKGROUNDS = ['paper', 'canvas', 'soft', 'info-bg', 'warn-bg', 'good-bg'] as const;
const BOX_TEXTS = ['ink', 'muted', 'link'] as const;

export interface BrandColours {
  brand: string;
  onBrand?: string | undefined;
  darkAccent?: string | undefined;
}

/** The colour that contrasts least with `colour` among `backgrounds` of a palette. */
function worstBackground(colour: string, palette: Palette) {
  return BACKGROUNDS.map((name) => ({ name, hex: palette[name]!, ratio: contrast(colour, palette[name]!) })).sort(
    (a, b) => a.ratio - b.ratio,
  )[0]!;
}

const readableOn = (palette: Palette) => (colour: string) => worstBackground(colour, palette).ratio >= AA;

/** A tint of the brand for callouts and feedback: as strong as its texts allow, up to `share`. */
function tint(brand: string, accent: string, palette: Palette, share: number): string {
  for (let s = share; s > 0; s -= 0.02) {
    const box = mix(brand, palette.paper!, s);
    if ([...BOX_TEXTS.map((t) => palette[t]!), accent].every((text) => contrast(text, box) >= AA)) return box;
  }
  return palette.paper!;
}

/** A brand colour that fails, where it fails worst, and the nearest shade that passes. */
export interface ContrastFailure {
  field: 'brand' | 'onBrand' | 'darkAccent';
  colour: string;
  palette: 'light' | 'dark';
  /** The custom property it was measured against, such as "canvas" or "brand". */
  against: string;
  againstHex: string;
  ratio: number;
  suggestion?: string | undefined;
}

/** Every way the colours fall below AA against the player, each with the nearest passing shade. */
export function contrastFailures(colours: BrandColours): ContrastFailure[] {
  const failures: ContrastFailure[] = [];
  const onBrand = colours.onBrand ?? '#ffffff';
  const brandWorks = (c: string) => readableOn(PLAYER.light)(c) && contrast(onBrand, c) >= AA;
  const worst = worstBackground(colours.brand, PLAYER.light);
  if (worst.ratio < AA)
    failures.push({
      field: 'brand',
      colour: colours.brand,
      palette: 'light',
      against: worst.name,
      againstHex: worst.hex,
      ratio: worst.ratio,
      suggestion: nearestShade(colours.brand, brandWorks),
    });
  else if (contrast(onBrand, colours.brand) < AA) {
    const field = colours.onBrand ? 'onBrand' : 'brand';
    const subject = field === 'brand' ? colours.brand : onBrand;
    failures.push({
      field,
      colour: subject,
      palette: 'light',
      against: field === 'brand' ? 'on-brand' : 'brand',
      againstHex: field === 'brand' ? onBrand : colours.brand,
      ratio: contrast(onBrand, colours.brand),
      suggestion:
        field === 'brand'
          ? nearestShade(colours.brand, brandWorks)
          : nearestShade(onBrand, (c) => contrast(c, colours.brand) >= AA),
    });
  }
  if (colours.darkAccent) {
    const dark = worstBackground(colours.darkAccent, PLAYER.dark);
    if (dark.ratio < AA)
      failures.push({
        field: 'darkAccent',
        colour: colours.darkAccent,
        palette: 'dark',
        against: dark.name,
        againstHex: dark.hex,
        ratio: dark.ratio,
        suggestion: nearestShade(colours.darkAccent, readableOn(PLAYER.dark)),
      });
  }
  return failures;
}

/**
 * The custom properties the player root takes for these colours (see `.player[style]`
 * in player.css). Call it only for colours without contrast failures.
 */
export function brandProperties(colours: BrandColours): Record<`--${string}`, string> {
  const onBrand = colours.onBrand ?? '#ffffff';
  const darkAccent =
    colours.darkAccent ??
    (readableOn(PLAYER.dark)(colours.brand) ? colours.brand : nearestShade(colours.brand, readableOn(PLAYER.dark))) ??
    PLAYER.dark.accent!;
  return {
    '--org-brand': colours.brand,
    '--org-on-brand': onBrand,
    '--org-brand-bg': tint(colours.brand, colours.brand, PLAYER.light, 0.1),
    '--org-accent-dark': darkAccent,
    '--org-brand-bg-dark': tint(colours.brand, darkAccent, PLAYER.dark, 0.2),
  };
}
