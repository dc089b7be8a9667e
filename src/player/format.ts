/**
 * Numbers in the course language: "40 %" in French, Arabic digits where the locale uses them, plural units by Intl.
 * Each Intl formatter is made the first time it is asked for, once per language: making one
 * loads the locale's data, 20 to 85 ms at 4× CPU on a slow phone (issue 16), so the intro never
 * pays for a format it does not show, and a new player input (the LMS session arriving) reuses them.
 */

export interface Formats {
  /** A share 0..1 as a whole percentage. */
  percent(share: number): string;
  /** A whole number. */
  number(n: number): string;
  /** A duration in minutes with its unit, plural rules included ("15 minutes", "١٥ دقيقة"). */
  minutes(n: number): string;
}

const OPTIONS: Record<keyof Formats, Intl.NumberFormatOptions> = {
  percent: { style: 'percent', maximumFractionDigits: 0 },
  number: { maximumFractionDigits: 0 },
  minutes: { style: 'unit', unit: 'minute', unitDisplay: 'long' },
};

const made = new Map<string, Formats>();

export function createFormats(language: string): Formats {
  const known = made.get(language);
  if (known) return known;
  const formatters: Partial<Record<keyof Formats, Intl.NumberFormat>> = {};
  const format = (kind: keyof Formats, n: number) => {
    const formatter = formatters[kind] ?? new Intl.NumberFormat(language, OPTIONS[kind]);
    formatters[kind] = formatter;
    return formatter.format(n);
  };
  const formats: Formats = {
    percent: (share) => format('percent', share),
    number: (n) => format('number', n),
    minutes: (n) => format('minutes', n),
  };
  made.set(language, formats);
  return formats;
}
