/** Numbers in the course language: "40 %" in French, Arabic digits where the locale uses them, plural units by Intl. */

export interface Formats {
  /** A share 0..1 as a whole percentage. */
  percent(share: number): string;
  /** A whole number. */
  number(n: number): string;
  /** A duration in minutes with its unit, plural rules included ("15 minutes", "١٥ دقيقة"). */
  minutes(n: number): string;
}

export function createFormats(language: string): Formats {
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  const minutes = new Intl.NumberFormat(language, { style: 'unit', unit: 'minute', unitDisplay: 'long' });
  return {
    percent: (share) => percent.format(share),
    number: (n) => number.format(n),
    minutes: (n) => minutes.format(n),
  };
}
