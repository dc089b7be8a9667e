/**
 * Numbers in the course language: "40 %" in French, Arabic digits where the locale uses them, plural units by Intl.
 * The first Intl formatter a page makes loads the locale's data: 60 to 120 ms at 4× CPU on a
 * slow phone (issue 16). So the packager reads from Intl how the language writes whole numbers
 * under 10,000 and whole percentages (`numberShapes`: its ten digits, what it puts between
 * thousands and hundreds, and where the percent sign goes, checked against Intl for every one
 * of them) and formats the minutes the course shows (`packagedNumbers`). The runtime writes
 * those numbers from them (`seedFormats`) and makes an Intl formatter only for any other
 * number, once per language and kind, so a course's pages load no locale data on the way to
 * the first page or on any turn. Every one of a hundred common languages has shapes; one
 * without them (or the author preview, which seeds none) makes its formatters in the first
 * render that needs them.
 */

export interface Formats {
  /** A share 0..1 as a whole percentage. */
  percent(share: number): string;
  /** A whole number. */
  number(n: number): string;
  /** A duration in minutes with its unit, plural rules included ("15 minutes", "١٥ دقيقة"). */
  minutes(n: number): string;
}

/**
 * How a language writes whole numbers under 10,000 and whole percentages, as its Intl
 * formatters do: the runtime needs no locale data for them.
 */
export interface NumberShapes {
  /** Its ten digits, 0 to 9: "0123456789", "٠١٢٣٤٥٦٧٨٩". */
  digits: string;
  /** What it puts between the thousands and the hundreds of a four-digit number: ",", a narrow space, "" in Spanish. */
  group: string;
  /** A whole percentage, with `#` where its digits go: "#%", "# %", "#٪؜". */
  percent: string;
}

/** Numbers already formatted, by kind and number (`{ minutes: { "45": "45 minutes" } }`), and the language's shapes. */
export type FormattedNumbers = Partial<Record<keyof Formats, Record<string, string>>> & { shapes?: NumberShapes };

const OPTIONS: Record<keyof Formats, Intl.NumberFormatOptions> = {
  percent: { style: 'percent', maximumFractionDigits: 0 },
  number: { maximumFractionDigits: 0 },
  minutes: { style: 'unit', unit: 'minute', unitDisplay: 'long' },
};

interface Language {
  formats: Formats;
  known: FormattedNumbers;
  /** The language's digits, one string each, once shapes are seeded. */
  digits?: string[];
  formatter(kind: keyof Formats): Intl.NumberFormat;
}

/**
 * `n` as the shapes write it, or undefined when they do not cover it: only a whole number
 * under 10,000 or a whole percentage. `digits` are the shapes' digits, one string each.
 */
function shaped(kind: keyof Formats, n: number, digits: readonly string[], shapes: NumberShapes): string | undefined {
  const percent = kind === 'percent';
  const exact = percent ? n * 100 : n;
  const whole = Math.round(exact);
  if (kind === 'minutes' || Math.abs(exact - whole) > 1e-9 || whole < 0 || whole > (percent ? 100 : 9999)) return;
  const written = Array.from(String(whole), (d) => digits[+d]);
  if (whole > 999) written.splice(1, 0, shapes.group);
  return percent ? shapes.percent.replace('#', written.join('')) : written.join('');
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
  const format = (kind: keyof Formats, n: number) =>
    known[kind]?.[String(n)] ??
    (entry.digits && known.shapes && shaped(kind, n, entry.digits, known.shapes)) ??
    formatter(kind).format(n);
  const formats: Formats = {
    percent: (share) => format('percent', share),
    number: (n) => format('number', n),
    minutes: (n) => format('minutes', n),
  };
  const entry: Language = { formats, known, formatter };
  languages.set(language, entry);
  return entry;
}

export function createFormats(language: string): Formats {
  return languageOf(language).formats;
}

/** Numbers formatted elsewhere (by the packager) that `language`'s formats give as they are, and its shapes. */
export function seedFormats(language: string, numbers: FormattedNumbers): void {
  const entry = languageOf(language);
  const { known } = entry;
  for (const [kind, values] of Object.entries(numbers) as [string, Record<string, string>][])
    if (kind in OPTIONS && values && typeof values === 'object')
      known[kind as keyof Formats] = { ...known[kind as keyof Formats], ...values };
  const { shapes } = numbers;
  const digits = Array.from(typeof shapes?.digits === 'string' ? shapes.digits : '');
  // Shapes that are not what numberShapes makes are left out: Intl formats those numbers instead.
  if (digits.length === 10 && typeof shapes?.group === 'string' && `${shapes.percent}`.includes('#')) {
    known.shapes = shapes;
    entry.digits = digits;
  }
}

const shapesMade = new Map<string, NumberShapes | undefined>();

/**
 * How `language` writes whole numbers under 10,000 and whole percentages, read from Intl, or
 * undefined when the shapes would write any of them differently from Intl (digits of more
 * than one character, a percent sign that moves): for the packager, which checks every one.
 */
export function numberShapes(language: string): NumberShapes | undefined {
  if (shapesMade.has(language)) return shapesMade.get(language);
  const number = new Intl.NumberFormat(language, OPTIONS.number);
  const percent = new Intl.NumberFormat(language, OPTIONS.percent);
  const digits = Array.from({ length: 10 }, (_, d) => number.format(d));
  const thousand = number.format(1000);
  const forty = percent.format(0.4);
  const zeros = digits[0]!.repeat(3);
  const made =
    digits.every((d) => Array.from(d).length === 1) &&
    thousand.startsWith(digits[1]!) &&
    thousand.endsWith(zeros) &&
    forty.includes(digits[4]! + digits[0]) &&
    !forty.includes('#')
      ? {
          digits: digits.join(''),
          group: thousand.slice(digits[1]!.length, -zeros.length),
          percent: forty.replace(digits[4]! + digits[0], '#'),
        }
      : undefined;
  const agrees = (shapes: NumberShapes) => {
    for (let n = 0; n < 10_000; n++) if (shaped('number', n, digits, shapes) !== number.format(n)) return false;
    for (let whole = 0; whole <= 100; whole++)
      if (shaped('percent', whole / 100, digits, shapes) !== percent.format(whole / 100)) return false;
    return true;
  };
  const shapes = made && agrees(made) ? made : undefined;
  shapesMade.set(language, shapes);
  return shapes;
}

/**
 * What a package carries for `language`'s numbers (index.html's course data): its shapes,
 * and the minutes the intro (`estimatedMinutes`) and the lessons' openings (`lessonMinutes`)
 * show, formatted as the packager renders them, so the runtime's first render matches
 * index.html and no page of the course needs an Intl formatter. Without shapes, the lesson
 * count the intro shows comes formatted too.
 */
export function packagedNumbers(
  language: string,
  course: { estimatedMinutes: number; lessons: unknown[] },
  lessonMinutes: readonly number[] = [],
): FormattedNumbers {
  // Formatters of its own: the packager's, never the runtime's, which must make none for these.
  const format = (kind: keyof Formats, n: number) => new Intl.NumberFormat(language, OPTIONS[kind]).format(n);
  const shapes = numberShapes(language);
  const minutes = Object.fromEntries([course.estimatedMinutes, ...lessonMinutes].map((n) => [n, format('minutes', n)]));
  return shapes
    ? { minutes, shapes }
    : { minutes, number: { [course.lessons.length]: format('number', course.lessons.length) } };
}
