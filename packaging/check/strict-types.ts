/**
 * The SCORM run-time data types in their strictest common reading: where the
 * specification leaves room and real LMSs differ, the narrowest reading any of them
 * applies. Each check returns what is wrong with a value, or undefined when it passes.
 * Built from the specifications' type definitions (SCORM 1.2 RTE section 3.4, the data
 * model and its data types; SCORM 2004 4th edition RTE section 4.2, where each element
 * names its type and smallest permitted maximum, SPM), never from an LMS's code.
 */

export type Check = (value: string) => string | undefined;

/** Length in characters (code points), as the specifications count them. */
const length = (value: string) => Array.from(value).length;

const matches =
  (pattern: RegExp, what: string): Check =>
  (value) =>
    pattern.test(value) ? undefined : `is not ${what}`;

const longest =
  (max: number): Check =>
  (value) =>
    length(value) <= max ? undefined : `is ${length(value)} characters, over the ${max} allowed`;

export const all =
  (...checks: Check[]): Check =>
  (value) => {
    for (const check of checks) {
      const problem = check(value);
      if (problem) return problem;
    }
    return undefined;
  };

export const oneOf =
  (name: string, values: readonly string[]): Check =>
  (value) =>
    values.includes(value) ? undefined : `is not in the ${name} vocabulary (${values.map((v) => `"${v}"`).join(', ')})`;

const within =
  (min: number, max: number): Check =>
  (value) =>
    Number(value) >= min && Number(value) <= max ? undefined : `is outside ${min}..${max}`;

// #region SCORM 1.2 (RTE 3.4)
export const scorm12 = {
  /** CMIString255 / CMIString4096: at most 255 or 4096 characters. */
  string: longest,
  /**
   * CMIDecimal: a number with an optional sign and decimal point. Strictest reading:
   * at most 3 integer digits and 2 decimals (older Moodle's pattern), no exponent.
   */
  decimal: (min: number, max: number) =>
    all(matches(/^-?\d{1,3}(\.\d{1,2})?$/, 'a CMIDecimal with at most 2 decimals'), within(min, max)),
  /**
   * CMIIdentifier: "an alphanumeric group of characters with no white space or
   * unprintable characters", at most 255. Strictest reading: letters, digits, `_` and `-`.
   */
  identifier: matches(/^[A-Za-z0-9_-]{1,255}$/, 'a CMIIdentifier (letters, digits, _ and -, 1 to 255)'),
  /** CMITime: HH:MM:SS with optional hundredths, a clock time. */
  time: matches(/^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,2})?$/, 'a CMITime (HH:MM:SS.SS)'),
  /** CMITimespan: HHHH:MM:SS.SS, 2 to 4 hour digits, at most 2 decimals. */
  timespan: matches(/^\d{2,4}:[0-5]\d:[0-5]\d(\.\d{1,2})?$/, 'a CMITimespan (HHHH:MM:SS.SS, at most 2 decimals)'),
  /**
   * CMIFeedback for student_response and correct_responses.n.pattern, as its format
   * depends on the interaction type (RTE 3.4, cmi.interactions.n.student_response):
   * single-character ids, 0-9 and a-z; strictest reading: no {} sets, no blank answer.
   */
  feedback(type: string | undefined): Check {
    const one = '[0-9a-z]';
    const formats: Record<string, Check> = {
      'true-false': matches(/^[01tf]$/, 'a true-false response (0, 1, t or f)'),
      choice: matches(
        new RegExp(`^${one}(,${one})*$`),
        'a choice response (single characters 0-9 a-z, comma separated)',
      ),
      sequencing: matches(
        new RegExp(`^${one}(,${one})*$`),
        'a sequencing response (single characters, comma separated)',
      ),
      matching: matches(
        new RegExp(`^${one}\\.${one}(,${one}\\.${one})*$`),
        'a matching response (pairs like a.b, comma separated)',
      ),
      likert: matches(new RegExp(`^${one}$`), 'a likert response (one character)'),
    };
    const format = type ? formats[type] : undefined;
    return format ? all(longest(255), format) : () => `has no format to check: interaction type ${type ?? 'unset'}`;
  },
};
// #endregion

// #region SCORM 2004 4th edition (RTE 4.2)
/** short_identifier_type, SPM 250. Strictest reading: Moodle 4.5's `^[\w.]{1,250}$`, which is also URI-safe. */
const SHORT_ID = /^[A-Za-z0-9_.]{1,250}$/;
/** Characters RFC 3986 allows in a URI. */
const URI_CHARS = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/;

export const scorm2004 = {
  /** characterstring with its SPM. */
  string: longest,
  /** real (10,7): at most 10 significant digits, 7 of them after the point; no exponent. */
  real: (min: number, max: number) => all(matches(/^-?\d{1,3}(\.\d{1,7})?$/, 'a real (10,7) number'), within(min, max)),
  /**
   * long_identifier_type, SPM 4000: a URI (RFC 3986), never empty or white space.
   * Strictest reading: URI characters only, and a `urn:` must have a namespace of 1 to 31.
   */
  longId: all(longest(4000), matches(URI_CHARS, 'a long_identifier_type (URI characters, no spaces)'), (value) =>
    value.startsWith('urn:') && !/^urn:[A-Za-z0-9][A-Za-z0-9-]{0,30}:\S+$/.test(value)
      ? 'is not a well-formed URN'
      : undefined,
  ),
  shortId: matches(SHORT_ID, 'a short_identifier_type (letters, digits, _ and ., 1 to 250)'),
  /** time (second,10,0): YYYY[-MM[-DD[Thh[:mm[:ss[.s[TZD]]]]]]], years 1970-2038, at most 2 decimals. */
  time: matches(
    /^(19[7-9]\d|20[0-2]\d|203[0-8])(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3])(:[0-5]\d(:[0-5]\d(\.\d{1,2}(Z|[+-]([01]\d|2[0-3])(:[0-5]\d)?)?)?)?)?)?)?)?$/,
    'a time (second,10,0) such as 2025-01-02T03:04:05.6Z',
  ),
  /** timeinterval (second,10,2): an ISO 8601 duration, at most 2 decimals of a second, never bare `P` or `PT`. */
  timeinterval: all(
    matches(
      /^P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/,
      'a timeinterval (second,10,2) such as PT1H2M3.45S',
    ),
  ),
  /** localized_string_type with its SPM: an optional {lang=…} delimiter, then the text. */
  localized: (spm: number): Check => {
    const text = longest(spm);
    return (value) => {
      if (!value.startsWith('{lang=')) return text(value);
      const tag = /^\{lang=([A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*)?\}/.exec(value);
      return tag ? text(value.slice(tag[0].length)) : 'opens a {lang=…} delimiter that is not well formed';
    };
  },
  /**
   * learner_response and correct_responses.n.pattern by interaction type (RTE 4.2.9.1,
   * 4.2.9.2): short identifiers joined by the reserved `[,]` and `[.]`. Strictest
   * reading: no empty set, and no repeated choice.
   */
  response(type: string | undefined): Check {
    const ids = (value: string) => value.split('[,]');
    const every = (value: string, check: (part: string) => boolean) => value !== '' && ids(value).every(check);
    const formats: Record<string, Check> = {
      'true-false': oneOf('true-false response', ['true', 'false']),
      choice: (value) =>
        !every(value, (id) => SHORT_ID.test(id))
          ? 'is not a choice response (short identifiers joined by [,])'
          : new Set(ids(value)).size !== ids(value).length
            ? 'repeats a choice'
            : undefined,
      sequencing: (value) =>
        every(value, (id) => SHORT_ID.test(id))
          ? undefined
          : 'is not a sequencing response (short identifiers joined by [,])',
      matching: (value) =>
        every(value, (pair) => {
          const sides = pair.split('[.]');
          return sides.length === 2 && sides.every((side) => SHORT_ID.test(side));
        })
          ? undefined
          : 'is not a matching response (source[.]target pairs of short identifiers, joined by [,])',
      likert: (value) => (SHORT_ID.test(value) ? undefined : 'is not a likert response (one short identifier)'),
    };
    return (type && formats[type]) || (() => `has no format to check: interaction type ${type ?? 'unset'}`);
  },
};
// #endregion
