/** Colour arithmetic for the brand-colour checks: WCAG 2 contrast, mixing, and shades of one hue. */

export type Rgb = readonly [number, number, number];

/** @example parseHex('#a63a2a') // [166, 58, 42] */
export function parseHex(hex: string): Rgb {
  const full = hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex;
  return [1, 3, 5].map((i) => Number.parseInt(full.slice(i, i + 2), 16)) as unknown as Rgb;
}

/** @example toHex([166, 58, 42]) // '#a63a2a' */
export function toHex(rgb: Rgb): string {
  return `#${rgb
    .map((c) =>
      Math.round(Math.min(255, Math.max(0, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** Relative luminance, as WCAG 2 defines it. */
function luminance(hex: string): number {
  const [r, g, b] = parseHex(hex)
    .map((c) => c / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The WCAG 2 contrast ratio of two colours, from 1 to 21.
 * @example contrast('#000000', '#ffffff') // 21
 */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** A ratio as people read it, rounded down so 4.49 never shows as 4.5: `4.4:1`. */
export function formatRatio(ratio: number): string {
  return `${Math.floor(ratio * 10) / 10}:1`;
}

/**
 * `share` of `colour` laid over `base`.
 * @example mix('#a63a2a', '#ffffff', 0.1) // a pale tint of the brand
 */
export function mix(colour: string, base: string, share: number): string {
  const c = parseHex(colour);
  const b = parseHex(base);
  return toHex([0, 1, 2].map((i) => b[i]! + (c[i]! - b[i]!) * share) as unknown as Rgb);
}

function toHsl([r, g, b]: Rgb): [number, number, number] {
  const [rn, gn, bn] = [r / 255, g / 255, b / 255];
  const max = Math.max(rn, gn, bn);
  const min = Math.min(rn, gn, bn);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === rn ? (gn - bn) / d + (gn < bn ? 6 : 0) : max === gn ? (bn - rn) / d + 2 : (rn - gn) / d + 4;
  return [h / 6, s, l];
}

function fromHsl([h, s, l]: [number, number, number]): Rgb {
  if (s === 0) return [l * 255, l * 255, l * 255];
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const channel = (t: number) => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (u < 1 / 6) return p + (q - p) * 6 * u;
    if (u < 1 / 2) return q;
    if (u < 2 / 3) return p + (q - p) * (2 / 3 - u) * 6;
    return p;
  };
  return [channel(h + 1 / 3) * 255, channel(h) * 255, channel(h - 1 / 3) * 255];
}

/**
 * The shade of `hex` (same hue and saturation, another lightness) nearest to it that
 * `passes`, searching lighter and darker in steps of half a percent; undefined when none does.
 * @example nearestShade('#ff6666', (c) => contrast(c, '#ffffff') >= 4.5) // a darker red
 */
export function nearestShade(hex: string, passes: (candidate: string) => boolean): string | undefined {
  const [h, s, l] = toHsl(parseHex(hex));
  for (let step = 1; step <= 200; step++) {
    for (const lightness of [l - step / 200, l + step / 200]) {
      if (lightness < 0 || lightness > 1) continue;
      const candidate = toHex(fromHsl([h, s, lightness]));
      if (passes(candidate)) return candidate;
    }
  }
  return undefined;
}
