/**
 * Numbers in the course language: "40 %" in French, Arabic digits where the locale uses them, plural units by Intl.
 * The first Intl formatter a page makes loads the locale's data: 60 to 100 ms at 4× CPU on a
 * slow phone (issue 16). So formats are made once per language, each Intl formatter only
 * when first needed, and the numbers the intro shows arrive already formatted by the
 * packager (`seedFormats`), so making the intro live needs none: the runtime loads the
 * locale's data afterwards (`warmFormats`), while the rest of the course downloads.
 */

export interface Formats {
  /** A share 0..1 as a whole percentage. */
  percent(share: number): string;
  /** A whole number. */
  number(n: number): string;
  /** A duration in minutes with its unit, plural rules included ("15 minutes", "١٥ دقيقة"). */
  minutes(n: number): string;
}

/** Numbers already formatted, by kind and number: `{ minutes: { "45": "45 minutes" } }`. */
export type FormattedNumbers = Partial<Record<keyof Formats, Record<string, string>>>;

const OPTIONS: Record<keyof Formats, Intl.NumberFormatOptions> = {
  percent: { style: 'percent', maximumFractionDigits: 0 },
  number: { maximumFractionDigits: 0 },
  minutes: { style: 'unit', unit: 'minute', unitDisplay: 'long' },
};

interface Language {
  formats: Formats;
  known: FormattedNumbers;
  formatter(kind: keyof Formats): Intl.NumberFormat;
}

const languages = new Map<string, Language>();

function languageOf(language: string): Language {
  const made = languages.get(language);
  if (made) return made;
  const known: FormattedNumbers = {};
  const formatters: Partial<Record<keyof Formats, Intl.NumberFormat>> = {};
  const formatter = (kind: keyof Formats) => {
    const ready = formatters[kind] ?? new Intl.NumberFormat(language, OPTIONS[kind]);
    formatters[kind] = ready;
    return ready;
  };
  const format = (kind: keyof Formats, n: number) => known[kind]?.[String(n)] ?? formatter(kind).format(n);
  const formats: Formats = {
    percent: (share) => format('percent', share),
    number: (n) => format('number', n),
    minutes: (n) => format('minutes', n),
  };
  const entry = { formats, known, formatter };
  languages.set(language, entry);
  return entry;
}

export function createFormats(language: string): Formats {
  return languageOf(language).formats;
}

/** Numbers formatted elsewhere (by the packager, for the intro) that `language`'s formats give as they are. */
export function seedFormats(language: string, numbers: FormattedNumbers): void {
  const { known } = languageOf(language);
  for (const [kind, values] of Object.entries(numbers) as [keyof Formats, Record<string, string>][])
    if (kind in OPTIONS && values && typeof values === 'object') known[kind] = { ...known[kind], ...values };
}

/** Loads the locale's number data now, in a task of the caller's choosing, rather than in the middle of a render. */
export function warmFormats(language: string): void {
  languageOf(language).formatter('number').format(0);
}

/**
 * The numbers the intro shows (IntroScreen), formatted as the packager renders them into
 * index.html, so the runtime's first render matches it without an Intl formatter.
 */
export function introNumbers(
  language: string,
  course: { estimatedMinutes: number; lessons: unknown[] },
): FormattedNumbers {
  const fmt = createFormats(language);
  return {
    minutes: { [course.estimatedMinutes]: fmt.minutes(course.estimatedMinutes) },
    number: { [course.lessons.length]: fmt.number(course.lessons.length) },
  };
}
