/**
 * Every problem an author can be shown, in one place, as Astro's `errors-data.ts` does:
 * a stable id, a short title, the message (what happened, why where it helps, what to do),
 * a hint for the docs page, and example parameters. Report sites pass an id and typed
 * parameters, never text; `npm run schema` writes docs/errors.md from this file.
 *
 * Longer than the usual file on purpose: one file to read every author-facing sentence,
 * so the wording stays consistent and a new rule cannot hide its message elsewhere.
 * Inline snapshots across tests/ pin the messages, so a change of wording shows in review.
 */
import type { FlowProblemParams, StuckAt } from '../engine/verify.ts';
import type { ContrastFailure } from './brand-palette.ts';
import { formatRatio } from './colour.ts';
import { describeValue, listIds, plural } from './message-parts.ts';
import type { PathRefusal } from './path-refusal.ts';
import { formatPath, type JsonPath, type Problem, type Severity } from './problem.ts';
import type { AssetKind } from './rule-assets.ts';

interface ErrorEntry<P> {
  /** A short title, unique in the catalogue: what the author did, not what the tool felt. */
  title: string;
  /** The message as the author reads it, after `file:line:col → path: `. */
  message: (params: P) => string;
  /** One or two sentences for the docs page: why the rule exists, how to fix it. */
  hint: string;
  /** Parameters for the docs page's example. */
  example: P;
  /** The file and JSON path of the docs page's example, as the CLI would show them. */
  at: { file: string; path: string };
  /** Warnings are printed but never fail validation or packaging. Errors, the default, do both. */
  severity?: Severity;
}

// Parameters are declared, never inferred: an entry without a type argument takes none.
const entry = <P = Record<string, never>>(error: ErrorEntry<NoInfer<P>>) => error;

const COURSE = 'courses/self-care/course.json';
const PROFILE = 'organisations/acme/profile.json';
const TRANSLATION = 'courses/self-care/i18n/fr.json';
const BLOCK = 'lessons[1].pages[0].blocks[2]';
const NODE = `${BLOCK}.nodes[3]`;

// #region Files and JSON syntax
/** What to do with an empty file depends on what kind of file it is. */
export type EmptyFile =
  | { kind: 'course' | 'profile' | 'json' }
  | { kind: 'translation'; folder: string; language: string }
  | { kind: 'other'; advice: string };

const WHEN_EMPTY = {
  course: 'Start from a course made by `npm run new-course -- <id>`',
  profile: 'Copy organisations/demo/profile.json to start one',
  json: 'Write its JSON, or delete the file',
};

/** A JSON syntax mistake: one the validator recognises, or the parser's error code. */
export type JsonSyntax =
  | { mistake: 'parser'; code: string }
  | { mistake: 'trailing-comma'; next: string }
  | { mistake: 'unclosed'; found: '}' | ']' }
  | { mistake: 'missing-comma' }
  | { mistake: 'single-quotes' };

const SYNTAX_HINTS: Record<string, string> = {
  InvalidSymbol: 'unexpected character. Check for a missing quote or a stray character',
  InvalidNumberFormat: 'this number is not valid JSON. Write digits with an optional "." and no leading zeros',
  PropertyNameExpected: 'expected a field name in double quotes. Quote the name, or remove the stray text',
  ValueExpected: 'expected a value here. Add the missing value',
  ColonExpected: 'expected ":" after the field name',
  CommaExpected: 'expected a comma between these two items',
  CloseBraceExpected: 'an object is not closed. Add the missing "}"',
  CloseBracketExpected: 'a list is not closed. Add the missing "]"',
  EndOfFileExpected: 'unexpected text after the end of the JSON. Remove it, or wrap everything in one object',
  InvalidCommentToken: 'comments are not allowed in JSON. Remove the comment',
  UnexpectedEndOfComment: 'comments are not allowed in JSON. Remove the comment',
  UnexpectedEndOfString: 'a string is not closed. Add the missing double quote',
  UnexpectedEndOfNumber: 'a number is cut short',
  InvalidUnicode: 'invalid \\u escape. Use four hex digits, such as \\u00e9',
  InvalidEscapeCharacter: 'invalid escape. Inside strings, write \\" for a quote and \\\\ for a backslash',
  InvalidCharacter: 'a control character such as a tab or newline is inside a string. Use \\n or \\t instead',
};

function syntaxHint(syntax: JsonSyntax): string {
  switch (syntax.mistake) {
    case 'trailing-comma':
      return `a comma before "${syntax.next}" has nothing after it. Remove this trailing comma`;
    case 'unclosed': {
      // A "}" where a "," belongs is inside a list, so the list was never closed; and the other way round.
      const [missing, what] = syntax.found === '}' ? [']', 'a list'] : ['}', 'an object'];
      return `${what} is not closed. Add "${missing}" before this "${syntax.found}"`;
    }
    case 'missing-comma':
      return 'a comma is missing here, between two items. Add ","';
    case 'single-quotes':
      return 'single quotes are not JSON. Put field names and text in double quotes';
    case 'parser':
      return SYNTAX_HINTS[syntax.code] ?? syntax.code;
  }
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const FILE_ERRORS = {
  'missing-course': entry<{ folder: string }>({
    title: 'A course folder has no course.json',
    message: ({ folder }) => `there is no course.json in ${folder}. Create one with \`npm run new-course -- <id>\``,
    hint: 'Every folder under courses/ is a course, and its course.json holds it. Start one with `npm run new-course -- <id>`, or move the folder out of courses/.',
    example: { folder: 'courses/self-care' },
    at: { file: COURSE, path: '' },
  }),
  'file-too-large': entry<{ bytes: number; limit: number }>({
    title: 'A file is too large',
    message: ({ bytes, limit }) =>
      `the file is ${megabytes(bytes)}, above the ${megabytes(limit)} limit. Move media into files of their own and keep only text in the JSON`,
    hint: 'Such a file is refused before it is read: it would stall editors and the preview. The usual cause is an image pasted in as a data: URL; save it as a file in media/ and use its path.',
    example: { bytes: 5.5 * 1024 * 1024, limit: 5 * 1024 * 1024 },
    at: { file: COURSE, path: '' },
  }),
  'empty-file': entry<EmptyFile>({
    title: 'A file is empty',
    message: (empty) => {
      const advice =
        empty.kind === 'translation'
          ? `\`npm run validate -- ${empty.folder} --template ${empty.language}\` prints one to start from`
          : empty.kind === 'other'
            ? empty.advice
            : WHEN_EMPTY[empty.kind];
      return `the file is empty. ${advice}`;
    },
    hint: 'An empty file is not valid JSON. The message says how to start each kind of file: a new course, an organisation profile, or a translation template.',
    example: { kind: 'course' },
    at: { file: COURSE, path: '' },
  }),
  'json-syntax': entry<JsonSyntax>({
    title: 'The JSON cannot be read',
    message: (syntax) => `invalid JSON: ${syntaxHint(syntax)}`,
    hint: 'Course files are plain JSON: double quotes, commas between items and none after the last, no comments. Only the first mistake is reported, because the ones after it are mostly echoes; fix it and validate again.',
    example: { mistake: 'missing-comma' },
    at: { file: COURSE, path: '' },
  }),
  'wrong-encoding': entry<{ encoding: 'utf-16' | 'other' }>({
    title: 'A file is not saved as UTF-8',
    message: ({ encoding }) =>
      encoding === 'utf-16'
        ? 'the file is saved as UTF-16. Save it as UTF-8 (in most editors: Save with encoding, UTF-8)'
        : 'this character is not UTF-8, so the file is probably saved as Latin-1 or Windows-1252 and its accents would show garbled. Save it as UTF-8 (in most editors: Save with encoding, UTF-8)',
    hint: 'Course files are read as UTF-8, the encoding every language of the course can be written in. A file saved in another encoding is refused at its first unreadable character rather than shown to learners with mangled letters. A byte order mark at the start is accepted.',
    example: { encoding: 'other' },
    at: { file: COURSE, path: '' },
  }),
  'too-deep': entry<{ limit: number }>({
    title: 'JSON is nested too deeply',
    message: ({ limit }) =>
      `the JSON is nested more than ${limit} levels deep here, far deeper than any course. Check for brackets opened and never closed`,
    hint: 'No course, contacts or translation file needs more than a few levels of nesting. A file nested thousands of levels deep is refused before it is read, so it cannot exhaust the tools.',
    example: { limit: 32 },
    at: { file: COURSE, path: '' },
  }),
  'bad-character': entry<{ character: 'nul' | 'control' | 'lone-surrogate'; code: string }>({
    title: 'A text holds a character no one can read',
    message: ({ character, code }) => {
      if (character === 'lone-surrogate')
        return `contains ${code}, half of a character pair that cannot stand alone. Remove it, or write the whole character`;
      const which = character === 'nul' ? 'a NUL character' : 'an invisible control character';
      return `contains ${which} (${code}), which the player cannot show. Remove it`;
    },
    hint: 'Escapes such as \\u0000, or half of a surrogate pair such as \\ud800, are valid JSON but no text a learner reads: browsers drop or garble them, and an LMS may refuse them. They usually come from pasting out of another program.',
    example: { character: 'nul', code: '\\u0000' },
    at: { file: COURSE, path: `${BLOCK}.body` },
  }),
  'reserved-key': entry<{ key: string }>({
    title: 'A field uses a name JavaScript reserves',
    message: ({ key }) =>
      `"${key}" is a name every JavaScript object already has, so this field would be silently lost. Rename or remove it`,
    hint: 'A field named __proto__, constructor or prototype would change the object that holds it instead of being stored, and its value would never reach the course. This is refused anywhere in a file, translation strings included.',
    example: { key: '__proto__' },
    at: { file: TRANSLATION, path: 'strings.__proto__' },
  }),
  'duplicate-key': entry({
    title: 'A field appears twice in one object',
    message: () => 'this field appears twice in the same object, and only the last one would count. Keep one',
    hint: 'JSON readers silently keep the last of two equal keys, so the first one would be lost without a word. Merge the two into one.',
    example: {},
    at: { file: COURSE, path: 'lessons[0].title' },
  }),
};
// #endregion

// #region Fields and values (the schema)
const EXPECTED: Record<string, string> = {
  string: 'text in double quotes',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list in [ ]',
  object: 'an object in { }',
};
const expected = (type: string, shape?: string) =>
  type === 'object' && shape ? `an object ${shape}` : (EXPECTED[type] ?? type);
const didYouMean = (suggestion: string | undefined) => (suggestion ? ` Did you mean "${suggestion}"?` : '');
const RAW_HTML = 'contains raw HTML, which the player never renders';

const SCHEMA_ERRORS = {
  'missing-field': entry<{ expected: string; shape?: string }>({
    title: 'A required field is missing',
    message: (p) => `is missing. Add ${expected(p.expected, p.shape)} here`,
    hint: 'The course format requires this field. The JSON Schema (course.schema.json) lets your editor list the fields each item needs.',
    example: { expected: 'string' },
    at: { file: COURSE, path: 'lessons[0].pages[1].title' },
  }),
  'wrong-type': entry<
    { expected: string; value: unknown; shape?: string } | { expected?: undefined; value: unknown; shape?: undefined }
  >({
    title: 'A value has the wrong type',
    message: (p) =>
      p.expected === undefined
        ? `does not match any allowed shape, it is ${describeValue(p.value)}`
        : `should be ${expected(p.expected, p.shape)}, not ${describeValue(p.value)}`,
    hint: 'Numbers are written without quotes, text with double quotes, lists in [ ] and objects in { }. A number in quotes is text. Where an object is expected, the message lists its fields, such as { id, text, feedback? }; a field marked ? is optional.',
    example: { expected: 'number', value: 'forty' },
    at: { file: COURSE, path: 'estimatedMinutes' },
  }),
  'too-short': entry<{ minimum: number | bigint }>({
    title: 'A text is empty or too short',
    message: ({ minimum }) =>
      Number(minimum) <= 1
        ? 'is empty. Write the text, or remove the field if it is optional'
        : `is shorter than ${plural(minimum, 'character')}`,
    hint: 'An empty string would show the learner a blank heading or button. Leave an optional field out rather than empty.',
    example: { minimum: 1 },
    at: { file: COURSE, path: 'description' },
  }),
  'too-few': entry<{ minimum: number | bigint; count: number }>({
    title: 'A list has too few items',
    message: ({ minimum, count }) => `needs at least ${plural(minimum, 'item')}, but has ${count}`,
    hint: 'Some lists need a minimum to make sense: a lesson needs a page, a question needs choices.',
    example: { minimum: 1, count: 0 },
    at: { file: COURSE, path: 'lessons[0].pages' },
  }),
  'out-of-range': entry<{ bound: 'minimum' | 'maximum'; limit: number | bigint; inclusive: boolean; value: unknown }>({
    title: 'A number is out of range',
    message: ({ bound, limit, inclusive, value }) => {
      const relation =
        bound === 'minimum' ? (inclusive ? 'at least' : 'more than') : inclusive ? 'at most' : 'less than';
      return `must be ${relation} ${limit}, not ${describeValue(value)}`;
    },
    hint: 'The field has limits: a pass mark is a percentage, a count is at least one. The message gives the limit.',
    example: { bound: 'maximum', limit: 100, inclusive: true, value: 200 },
    at: { file: COURSE, path: 'assessment.passMark' },
  }),
  'too-long': entry<{ length?: number; maximum: number | bigint }>({
    title: 'A text is too long',
    message: ({ length, maximum }) =>
      `is ${length ?? '?'} characters long, above the limit of ${maximum}. Shorten it, or split it across blocks`,
    hint: 'Limits keep screens readable on a phone and keep titles short enough for the LMS. Long text reads better as several blocks.',
    example: { length: 412, maximum: 300 },
    at: { file: COURSE, path: 'lessons[1].pages[0].title' },
  }),
  'too-many': entry<{ count?: number; maximum: number | bigint }>({
    title: 'A list has too many items',
    message: ({ count, maximum }) =>
      `has ${count ?? '?'} items, more than the ${maximum} allowed. Split them across blocks or pages`,
    hint: 'Long lists overwhelm learners and crowd small screens. Split them into several blocks or pages.',
    example: { count: 14, maximum: 12 },
    at: { file: COURSE, path: `${BLOCK}.items` },
  }),
  'bad-format': entry<{ requirement: string; value: unknown } | { format: string; value: unknown }>({
    title: 'A text is not in the expected format',
    message: (p) =>
      'requirement' in p
        ? `${p.requirement}, not ${describeValue(p.value)}`
        : `${describeValue(p.value)} is not a valid ${p.format === 'url' ? 'https:// address' : p.format}`,
    hint: 'Ids, versions, phone numbers and web addresses have a fixed form, which the message describes. Ids in particular are lower-case words joined by hyphens, because learner progress is stored under them.',
    example: {
      requirement: 'must be lower-case letters, digits and single hyphens, like "listening-basics"',
      value: 'Self Care',
    },
    at: { file: COURSE, path: 'id' },
  }),
  'not-allowed': entry<{ value: unknown; allowed: readonly unknown[] }>({
    title: 'A value is not one of the allowed ones',
    message: ({ value, allowed }) =>
      `${describeValue(value)} is not allowed here. Use ${allowed.length === 1 ? '' : 'one of '}${allowed.map((v) => JSON.stringify(v)).join(', ')}`,
    hint: 'This field takes one of a fixed set of words, listed in the message. Check the spelling and the letter case.',
    example: { value: 'pages-completed', allowed: ['pages-complete', 'assessment-passed', 'assessment-finished'] },
    at: { file: COURSE, path: 'completion.when[0]' },
  }),
  'missing-type': entry<{ field: string; options: readonly string[] }>({
    title: 'An item does not say what type it is',
    message: ({ field, options }) =>
      `has no "${field}". Add one of ${options.map((v) => JSON.stringify(v)).join(', ')}`,
    hint: 'Blocks and other items that come in several kinds say which one they are in their "type", and the rest of their fields follow from it.',
    example: { field: 'type', options: ['text', 'image', 'audio', 'video', 'callout'] },
    at: { file: COURSE, path: `${BLOCK}.type` },
  }),
  'unknown-type': entry<{ field: string; value: unknown; options: readonly string[]; suggestion?: string }>({
    title: 'An item has an unknown type',
    message: ({ field, value, options, suggestion }) =>
      `${describeValue(value)} is not a known ${field}.${didYouMean(suggestion)} Use one of ${options.map((v) => JSON.stringify(v)).join(', ')}`,
    hint: 'The player renders only the block types it knows, so a misspelt type would leave a gap in the page. The message suggests the closest known type.',
    example: {
      field: 'type',
      value: 'single-choise',
      options: ['single-choice', 'multiple-choice'],
      suggestion: 'single-choice',
    },
    at: { file: COURSE, path: `${BLOCK}.type` },
  }),
  'unknown-field': entry<{ missing: string } | { suggestion?: string }>({
    title: 'A field is not part of the course format',
    message: (p) =>
      'missing' in p
        ? `is not a field here, and "${p.missing}" is missing. Did you mean "${p.missing}"? Fix the spelling`
        : `is not a field here.${didYouMean(p.suggestion)} Remove it or fix the spelling`,
    hint: 'Unknown fields are refused rather than ignored, so that a misspelt field never silently loses its text. A misspelt required field is reported once, at the misspelling.',
    example: { missing: 'title' },
    at: { file: COURSE, path: 'lessons[0].pages[0].titel' },
  }),
  invalid: entry<{ detail: string }>({
    title: 'A value is refused by the schema',
    message: ({ detail }) => detail,
    hint: "The schema refused the value for a reason the validator has no wording of its own for, so the message is the schema library's. Please report it, so that it gets a clearer message.",
    example: { detail: 'Invalid input' },
    at: { file: COURSE, path: 'lessons[0]' },
  }),
  'raw-html': entry<{ found: string }>({
    title: 'A text contains raw HTML',
    message: ({ found }) =>
      `${RAW_HTML}. Write plain text or Markdown (**bold**, *italic*, [link](https://…)) instead (found ${JSON.stringify(found)})`,
    hint: 'The player shows author text as text, never as HTML, so that no course can inject markup or scripts. Use the Markdown subset for emphasis and links.',
    example: { found: '<b>' },
    at: { file: COURSE, path: `${BLOCK}.body` },
  }),
  'unsafe-link': entry<{ target: string }>({
    title: 'A link goes to an address that is not allowed',
    message: ({ target }) =>
      `links to ${JSON.stringify(target)}, which is not allowed. Link only to https://, http://, mailto: or tel: addresses`,
    hint: "Links such as javascript: or data: could run code in the learner's browser. Link to a web page, an e-mail address or a phone number.",
    example: { target: 'javascript:alert(1)' },
    at: { file: COURSE, path: `${BLOCK}.body` },
  }),
  'link-not-read': entry<{ text: string; safe: boolean }>({
    title: 'Link syntax the Markdown subset does not read',
    message: ({ text, safe }) =>
      `${JSON.stringify(text)} is not read as a link, so the learner sees it as typed. Write it as [words](https://…), with nothing between "]" and "("${safe ? '' : ' and an https://, mailto: or tel: address'}`,
    hint: 'Only inline links are read: [words](address). A space between "]" and "(", a reference such as [words][1] or a definition such as [1]: https://… shows brackets and the address as typed. A warning, unless the address could run code, which is an error.',
    example: { text: '[the helpline] (https://example.org/help)', safe: true },
    at: { file: COURSE, path: `${BLOCK}.body` },
    severity: 'warning',
  }),
  'link-in-plain-text': entry<{ text: string }>({
    title: 'Link syntax in a plain-text field',
    message: ({ text }) =>
      `is plain text, so ${JSON.stringify(text)} shows as typed, brackets and all. Put the link in a Markdown field, such as a text block's body, or write the address alone`,
    hint: 'Titles, prompts, choices and other one-line fields are plain text: no Markdown is read in them. The JSON Schema says which fields take Markdown. A warning, unless the address could run code, which is an error.',
    example: { text: '[Call us](tel:112)' },
    at: { file: COURSE, path: 'lessons[0].pages[1].title' },
    severity: 'warning',
  }),
};
// #endregion

// #region Ids and references
const ID_ERRORS = {
  'reserved-id': entry<{ id: string }>({
    title: 'An item uses a reserved id',
    message: ({ id }) =>
      id === 'course'
        ? '"course" is reserved for the course\'s own strings in translations. Choose a more specific id'
        : `"${id}" is a name every JavaScript object already has, so progress saved under it would be misread. Choose a more specific id`,
    hint: "Translation keys start with the id of the item that owns the text, and `course.` keys are the course's own title and description. Learner progress is stored by id, so names every object already has (constructor, prototype) cannot be ids.",
    example: { id: 'course' },
    at: { file: COURSE, path: `${BLOCK}.id` },
  }),
  'duplicate-id': entry<
    | { scope: 'course'; id: string; first: JsonPath }
    | { scope: 'pair'; id: string }
    | { scope: 'block'; id: string; items: string }
    | { scope: 'profile'; id: string; items: string }
  >({
    title: 'An id is used twice',
    message: (p) => {
      if (p.scope === 'course')
        return `"${p.id}" is already the id at ${formatPath(p.first)}. Ids must be unique across the whole course; give this one a new id`;
      if (p.scope === 'pair') return `"${p.id}" is already the id of a pair. Give each distractor an id of its own`;
      if (p.scope === 'profile') return `"${p.id}" is used twice in ${p.items}. Give each an id of its own`;
      return `"${p.id}" is used twice in this block. Give each of its ${p.items} a different id`;
    },
    hint: 'Learner progress, translations and references are keyed by ids, so two items with one id would share them. Lessons, pages and blocks need ids unique in the course; choices and nodes, unique in their block.',
    example: { scope: 'course', id: 'page-intro', first: ['lessons', 0, 'pages', 0] },
    at: { file: COURSE, path: 'lessons[0].pages[1].id' },
  }),
  'unknown-objective': entry<{ ref: string; objectives: readonly string[]; suggestion?: string }>({
    title: 'A block names an objective that does not exist',
    message: ({ ref, objectives, suggestion }) =>
      `"${ref}" is not a learning objective of this course (${listIds(objectives)}).${didYouMean(suggestion)} Use the id of an objective, or add it to "objectives"`,
    hint: 'Questions and scenarios report to the LMS which objectives they assess, by the ids listed in the course\'s "objectives".',
    example: { ref: 'obj-listening', objectives: ['obj-listen', 'obj-refer'], suggestion: 'obj-listen' },
    at: { file: COURSE, path: `${BLOCK}.objectives[0]` },
  }),
  'unassessed-objective': entry<{ objective: string }>({
    title: 'A learning objective is never assessed',
    message: ({ objective }) =>
      `objective "${objective}" is not assessed by any question or scenario. List it in the "objectives" of the questions that assess it`,
    hint: 'An objective nothing assesses would stay unknown in the LMS for every learner. Name it in the questions that test it, or remove it.',
    example: { objective: 'obj-refer' },
    at: { file: COURSE, path: 'objectives[1].id' },
  }),
  'unknown-block': entry<{ ref: string }>({
    title: 'A plan names a block that does not exist',
    message: ({ ref }) =>
      `"${ref}" is not the id of any block in this course. Use the id of a checklist or reflection block`,
    hint: 'A plan block gathers the learner\'s answers from the checklist and reflection blocks it names in "sources".',
    example: { ref: 'care-lst' },
    at: { file: COURSE, path: `${BLOCK}.sources[0]` },
  }),
  'wrong-block': entry<{ ref: string; type: string }>({
    title: 'A plan names a block it cannot use',
    message: ({ ref, type }) =>
      `"${ref}" is a ${type} block. A plan is built only from checklist and reflection blocks`,
    hint: "Only checklists and reflections hold the learner's own words and choices, which is what a plan collects.",
    example: { ref: 'welcome-text', type: 'text' },
    at: { file: COURSE, path: `${BLOCK}.sources[1]` },
  }),
};
// #endregion

// #region Questions
const QUESTION_ERRORS = {
  'unknown-choice': entry<{ ref: string; choices: readonly string[] }>({
    title: 'A correct answer is not one of the choices',
    message: ({ ref, choices }) =>
      `"${ref}" is not one of this question's choices (${listIds(choices)}). Use the id of a choice`,
    hint: '"correct" names choices by their ids, not by their text or position, so that reordering or translating the choices keeps the answer right.',
    example: { ref: 'c', choices: ['a', 'b'] },
    at: { file: COURSE, path: `${BLOCK}.correct` },
  }),
  'duplicate-answer': entry<{ ref: string }>({
    title: 'A correct answer is listed twice',
    message: ({ ref }) => `"${ref}" is listed twice. List each correct choice once`,
    hint: 'A multiple-choice question\'s "correct" is the set of right choices; a repeat is most likely a typo for another choice.',
    example: { ref: 'a' },
    at: { file: COURSE, path: `${BLOCK}.correct[1]` },
  }),
  'all-correct': entry({
    title: 'Every choice of a question is correct',
    message: () =>
      'every choice is correct, so the question tests nothing. Add at least one choice that is not correct',
    hint: 'A learner who ticks every box would always pass such a question.',
    example: {},
    at: { file: COURSE, path: `${BLOCK}.correct` },
  }),
  'ambiguous-match': entry<{ text: string }>({
    title: 'Two answers of a matching question read the same',
    message: ({ text }) =>
      `"${text}" appears twice among the answers, so the learner cannot tell them apart. Make every answer different`,
    hint: 'Answers are compared without letter case or surrounding spaces, as a learner would read them.',
    example: { text: 'Listen' },
    at: { file: COURSE, path: `${BLOCK}.distractors[0].text` },
  }),
};
// #endregion

// #region Scenarios
const SCENARIO_ERRORS = {
  'unknown-node': entry<{ ref: string; nodes: readonly string[]; field: 'start' | 'next' }>({
    title: 'A scenario points at a node that does not exist',
    message: ({ ref, nodes, field }) =>
      `"${ref}" is not a node of this scenario (${listIds(nodes)}). ${field === 'start' ? 'Use the id of the first node' : 'Point "next" at an existing node'}`,
    hint: 'A scenario\'s "start" and each choice\'s "next" name nodes of the same scenario by id. Nodes past a broken link are not checked until it is fixed.',
    example: { ref: 'ending', nodes: ['start', 'ask', 'end'], field: 'next' },
    at: { file: COURSE, path: `${NODE}.choices[0].next` },
  }),
  'node-shape': entry<{ node: string; has: 'both' | 'neither' }>({
    title: 'A scenario node has both or neither choices and an ending',
    message: ({ node, has }) =>
      has === 'both'
        ? `node "${node}" has both choices and an ending. Give it choices to go on, or an ending to stop, not both`
        : `node "${node}" has neither choices nor an ending, so the dialogue stops without an outcome. Add "choices" or an "ending"`,
    hint: 'Each node either goes on (its choices lead to other nodes) or stops (its ending gives the outcome).',
    example: { node: 'probe', has: 'neither' },
    at: { file: COURSE, path: NODE },
  }),
  'unknown-character': entry<{ speaker: string; characters: readonly string[] }>({
    title: 'A scenario node names a character that does not exist',
    message: ({ speaker, characters }) =>
      `"${speaker}" is not a character of this scenario${characters.length ? ` (${listIds(characters)})` : ''}. Add it to "characters", or leave "speaker" out for narration`,
    hint: 'A node\'s "speaker" is the id of one of the scenario\'s "characters", which gives the name the learner sees.',
    example: { speaker: 'bob', characters: ['sam'] },
    at: { file: COURSE, path: `${NODE}.speaker` },
  }),
  'no-ending': entry({
    title: 'A scenario has no ending',
    message: () =>
      'this scenario has no ending, so the learner can never finish it. Give at least one node an "ending"',
    hint: 'Its page counts as complete only once the scenario reaches an ending, so without one the course could never be completed.',
    example: {},
    at: { file: COURSE, path: `${BLOCK}.nodes` },
  }),
  'unreachable-node': entry<{ node: string; start: string } | FlowProblemParams['unreachable-node']>({
    title: 'A scenario node can never be reached',
    message: (p) =>
      'start' in p
        ? `node "${p.node}" can never be reached from the start "${p.start}". Point a choice at it, or remove it`
        : `scenario node "${p.node}" can never be reached in "${p.scenario}". Point a choice at it, or remove it`,
    hint: 'No path of choices from the start leads to this node, so no learner would ever see it. It is often a "next" that points at the wrong node.',
    example: { node: 'later', start: 'start' },
    at: { file: COURSE, path: `${NODE}.id` },
  }),
  'dead-end-node': entry<{ node: string }>({
    title: 'A scenario node has no way to an ending',
    message: ({ node }) =>
      `node "${node}" has no way to any ending: every path from it loops or stops. Point one of its choices towards an ending`,
    hint: 'A learner who reaches this node could never finish the scenario, and so never complete its page.',
    example: { node: 'probe' },
    at: { file: COURSE, path: `${NODE}.id` },
  }),
};
// #endregion

// #region Media, paths and accessibility
/** Whose folder a path is relative to: a course's, or an organisation profile's (its logo). */
type Folder = 'course' | 'profile';

const UNSAFE_PATH: Record<Exclude<PathRefusal['reason'], 'symlink' | 'letter-case'>, (folder: Folder) => string> = {
  backslash: () => 'uses "\\". Use "/" between folders',
  absolute: (folder) =>
    `is an absolute path, which will not exist inside the package. Use a path relative to the ${folder} folder, such as "${folder === 'course' ? 'media/photo.jpg' : 'logo.svg'}"`,
  'outside-folder': (folder) =>
    `leaves the ${folder} folder with "..". Copy the file into the ${folder} folder and use a path inside it`,
  'empty-folder-name': () => 'has an empty or "." folder name. Write it as "folder/file.ext"',
  'percent-encoded': () =>
    'has a percent-encoded character, which a browser decodes and a file name does not, so it could lead somewhere else in the package. Write the character itself, or rename the file without it',
  'control-character': () => 'contains an invisible control character. Retype the path',
  'hard-link': (folder) =>
    `is a hard link, which shares its bytes with another file that may be outside the ${folder} folder. Copy the file into the ${folder} folder instead of linking it`,
  'not-a-file': () => 'is a folder, not a file. Name a file inside it',
  'outside-real': (folder) =>
    `leads outside the ${folder} folder on disk. Copy the file into the ${folder} folder and use a path inside it`,
};

/** The clause after a refused path, as the author reads it. */
function refusalClause(path: string, refusal: Exclude<PathRefusal, { reason: 'letter-case' }>, folder: Folder): string {
  if (refusal.reason !== 'symlink') return UNSAFE_PATH[refusal.reason](folder);
  const what = refusal.link === path ? 'is' : `goes through "${refusal.link}", which is`;
  return `${what} a symbolic link, and a link can lead anywhere on the disk. Copy the file itself into the ${folder} folder`;
}

const ARTICLE: Record<AssetKind, string> = {
  image: 'an image',
  audio: 'an audio',
  video: 'a video',
  captions: 'a WebVTT captions',
};

const MEDIA_ERRORS = {
  'remote-asset': entry<{ url: string }>({
    title: 'A media file is a web address',
    message: ({ url }) =>
      `"${url}" is a web address. Media ships inside the package so it works offline and in every LMS: copy the file into the course folder, or list its https:// prefix in "assets.allowRemote"`,
    hint: 'Many LMSs run courses offline or behind strict content policies, where remote media would not load.',
    example: { url: 'https://example.org/listening.svg' },
    at: { file: COURSE, path: `${BLOCK}.src` },
  }),
  'unsafe-path': entry<{ path: string; folder?: Folder } & Exclude<PathRefusal, { reason: 'letter-case' }>>({
    title: 'A file path could lead outside its folder',
    message: (p) => `"${p.path}" ${refusalClause(p.path, p, p.folder ?? 'course')}`,
    hint: 'Only the course folder (and the logo from the profile folder) goes into the package, so every path must stay inside its folder: written with "/" and relative to it, with no ".." or percent escapes, and leading to a real file, never through a symbolic or hard link. Validation, packaging and the preview refuse the same paths.',
    example: { path: '../secret.svg', reason: 'outside-folder' },
    at: { file: COURSE, path: `${BLOCK}.src` },
  }),
  'wrong-file-type': entry<{ path: string; kind: AssetKind; extensions: readonly string[] }>({
    title: 'A media file is not of the kind its block plays',
    message: ({ path, kind, extensions }) =>
      `"${path}" is not ${ARTICLE[kind]} file. Use a file ending in ${extensions.join(', ')}`,
    hint: 'Browsers play only some formats, and an image block cannot show a video. The message lists the endings that work.',
    example: { path: 'media/listening.txt', kind: 'video', extensions: ['.mp4', '.m4v', '.webm'] },
    at: { file: COURSE, path: `${BLOCK}.src` },
  }),
  'letter-case': entry<{ path: string; spelt: string }>({
    title: 'A path differs from the file on disk only in letter case',
    message: ({ path, spelt }) =>
      `"${path}" is spelt "${spelt}" on disk. Write it exactly as the file is named, letter case included`,
    hint: 'Windows and macOS find the file either way, but many LMS servers tell capitals from small letters, so the picture or recording would be missing there.',
    example: { path: 'media/Listening.svg', spelt: 'media/listening.svg' },
    at: { file: COURSE, path: `${BLOCK}.src` },
  }),
  'missing-file': entry<{ what: 'asset' | 'logo'; path: string }>({
    title: 'A file does not exist',
    message: ({ what, path }) =>
      `"${path}" does not exist in the ${what === 'asset' ? 'course' : 'profile'} folder. Check the spelling and the letter case, or add the file`,
    hint: 'Letter case counts even where your disk ignores it, because many LMS servers do not.',
    example: { what: 'asset', path: 'media/Listening.svg' },
    at: { file: COURSE, path: `${BLOCK}.src` },
  }),
  'media-mismatch': entry<{ path: string; expected: string; found: string }>({
    title: 'A media file holds something other than its name says',
    message: ({ path, expected, found }) =>
      `"${path}" is named as ${expected}, but its bytes are ${found}. Export it again in the format its name says, or give it the ending of what it holds`,
    hint: 'Browsers go by what a file holds and refuse one whose bytes contradict its type, so the learner would see a broken picture or a silent player. The first bytes of every image, recording, video and captions file are checked against its ending.',
    example: { path: 'media/listening.png', expected: 'a PNG image', found: 'an MP3 recording' },
    at: { file: COURSE, path: `${BLOCK}.src` },
  }),
  'missing-alt': entry({
    title: 'An image has no text alternative',
    message: () =>
      'is missing. Describe what the image shows for people who cannot see it, or set "decorative": true if it adds nothing to the text',
    hint: 'Screen readers read the alt text in place of the image (WCAG 1.1.1). An image that only decorates is marked decorative, so they skip it.',
    example: {},
    at: { file: COURSE, path: `${BLOCK}.alt` },
  }),
  'decorative-with-alt': entry({
    title: 'A decorative image has alt text',
    message: () =>
      'is true, but the image also has alt text that screen readers would then skip. Remove "alt", or set "decorative": false',
    hint: 'A decorative image is hidden from screen readers, so its alt text would never be heard. Decide which the image is.',
    example: {},
    at: { file: COURSE, path: `${BLOCK}.decorative` },
  }),
};
// #endregion

// #region Assessment and completion
const ASSESSMENT_ERRORS = {
  'no-assessment': entry<{ condition: string }>({
    title: 'A completion condition needs an assessment',
    message: ({ condition }) =>
      `"${condition}" needs an assessment, and this course has none. Add an "assessment", or use "pages-complete"`,
    hint: 'Without an assessment the course could never meet this condition, and so never be completed.',
    example: { condition: 'assessment-passed' },
    at: { file: COURSE, path: 'completion.when[0]' },
  }),
  'draw-too-large': entry<{ draw: number; pool: number }>({
    title: 'An assessment draws more questions than it has',
    message: ({ draw, pool }) =>
      `asks for ${draw} questions per attempt, but the pool has only ${pool}. Add questions to the pool, or lower "draw"`,
    hint: '"draw" is how many questions each attempt picks from the pool, so it cannot be larger than the pool.',
    example: { draw: 10, pool: 4 },
    at: { file: COURSE, path: 'assessment.draw' },
  }),
  'draw-too-small': entry<{
    draw: number;
    always: readonly string[];
    perObjective: number;
    objectives: number;
    needed: number;
  }>({
    title: 'An assessment draws too few questions for what every attempt must include',
    message: ({ draw, always, perObjective, objectives, needed }) => {
      const parts = [
        ...(always.length ? [`${plural(always.length, 'question')} marked "alwaysDraw" (${listIds(always)})`] : []),
        ...(perObjective ? [`${plural(perObjective, 'question')} on each of its ${objectives} objectives`] : []),
      ];
      const lower = perObjective ? 'lower "drawPerObjective"' : 'mark fewer questions "alwaysDraw"';
      const upTo = perObjective ? `, which can take up to ${needed}` : '';
      return `draws ${plural(draw, 'question')} per attempt, but every attempt must include ${parts.join(' and ')}${upTo}. Raise "draw" to ${needed}, or ${lower}`;
    },
    hint: 'An attempt takes the questions marked "alwaysDraw" first, then, with "drawPerObjective", questions for each objective not yet covered, then fills up to "draw" at random. In the worst shuffle every objective takes a question of its own, so "draw" must leave room for that.',
    example: { draw: 5, always: ['fa-crisis'], perObjective: 1, objectives: 6, needed: 6 },
    at: { file: COURSE, path: 'assessment.draw' },
  }),
  'objective-pool-too-small': entry<{ objective: string; count: number; perObjective: number }>({
    title: 'An objective has too few questions to draw by objective',
    message: ({ objective, count, perObjective }) =>
      `objective "${objective}" has ${count ? `only ${plural(count, 'question')}` : 'no question'} in the pool, but every attempt must draw ${perObjective} on it. Add questions on it to the pool, or lower "drawPerObjective"`,
    hint: '"drawPerObjective" promises that every attempt assesses every objective of the course that many times, so the pool needs at least that many questions on each.',
    example: { objective: 'obj-refer', count: 1, perObjective: 2 },
    at: { file: COURSE, path: 'assessment.drawPerObjective' },
  }),
  'always-draw-practice': entry({
    title: 'A knowledge check is marked "alwaysDraw"',
    message: () =>
      'only graded questions are drawn, and a knowledge check is always on its page. Remove "alwaysDraw", or move the question into "assessment.questions"',
    hint: '"alwaysDraw" puts a question in every assessment attempt. A question on a page is a practice knowledge check, never drawn.',
    example: {},
    at: { file: COURSE, path: `${BLOCK}.alwaysDraw` },
  }),
  'redundant-condition': entry({
    title: 'Two completion conditions say the same',
    message: () => '"assessment-passed" already implies "assessment-finished". Keep only one',
    hint: 'Conditions in "when" must all hold, and a passed assessment is always a finished one.',
    example: {},
    at: { file: COURSE, path: 'completion.when' },
  }),
};
// #endregion

// #region Care for learners: content notes, contacts, language, time
const CARE_ERRORS = {
  'no-content-note': entry({
    title: 'A sensitive page has no content note to show',
    message: () =>
      'is true, but the course has no "contentNote" to show before this page. Add a contentNote to the course',
    hint: "A page marked sensitive is announced with the course's content note, so learners can prepare for difficult material or choose to skip it.",
    example: {},
    at: { file: COURSE, path: 'lessons[2].pages[0].sensitive' },
  }),
  'no-contacts': entry<{ kinds: readonly string[]; profile: string; language: string }>({
    title: 'A contacts block would be empty',
    message: ({ kinds, profile, language }) =>
      `no "${language}" contact in ${profile} is of kind ${kinds.map((k) => `"${k}"`).join(' or ')}, so this block would be empty in that organisation's package. Add such a contact to the profile, or change "kinds"`,
    hint: "A contacts block shows the organisation's contacts of the kinds it lists. `npm run package` checks it against the profile it packages for, in each language, and builds no package that would show an empty block.",
    example: { kinds: ['helpline'], profile: PROFILE, language: 'fr' },
    at: { file: COURSE, path: `${BLOCK}.kinds` },
  }),
  'no-interface-text': entry<{ language: string; available: readonly string[] }>({
    title: 'The player has no interface text in the course language',
    message: ({ language, available }) =>
      `"${language}" has no interface text in the player (it has ${available.join(', ')}), so its buttons would show in English. Add src/player/i18n/${language.split('-')[0]}.ts, translated from en.ts, and list it in src/player/i18n/index.ts`,
    hint: 'Buttons and notices in English inside a page marked as another language are mispronounced by screen readers (WCAG 3.1.2), and lost on learners who do not read English.',
    example: { language: 'sw', available: ['ar', 'en', 'es', 'fr'] },
    at: { file: COURSE, path: 'language' },
  }),
  'estimate-disagrees': entry<{
    declared: number;
    minutes: number;
    words: number;
    wordsPerMinute: number;
    readingMinutes: number;
    activityMinutes: number;
    low: number;
    high: number;
    /** A translation without an `estimatedMinutes` of its own shows the course's. */
    inherited?: boolean;
  }>({
    title: 'The declared duration does not match the content',
    message: (p) => {
      const takes = `the content takes about ${p.minutes} (${p.words} words at ${p.wordsPerMinute} a minute is ${Math.round(p.readingMinutes)} min, plus ${Math.round(p.activityMinutes)} min of activities)`;
      return p.inherited
        ? `this translation shows the course's ${p.declared} minutes, but in this language ${takes}. Add "estimatedMinutes" between ${p.low} and ${p.high} to the translation`
        : `says ${p.declared} minutes, but ${takes}. Set it between ${p.low} and ${p.high}`;
    },
    hint: 'Volunteers plan their time by the duration the LMS shows. It is estimated from the words read and the activities, and must agree within 20% (3 minutes for short courses). Each language is checked against its own words: a translation may declare its own "estimatedMinutes", and otherwise shows the course\'s.',
    example: {
      declared: 10,
      minutes: 16,
      words: 1830,
      wordsPerMinute: 180,
      readingMinutes: 10.2,
      activityMinutes: 5.8,
      low: 13,
      high: 19,
    },
    at: { file: COURSE, path: 'estimatedMinutes' },
  }),
};
// #endregion

// #region Organisation profiles
const LAYER_HINT =
  'basic-psychosocial-support, focused-psychosocial-support, psychological-support, specialized-mental-health-care';
const PALETTE_NAME = { light: 'light', dark: 'dark' } as const;

const PROFILE_ERRORS = {
  'missing-profile': entry<{ folder: string }>({
    title: 'An organisation folder has no profile.json',
    message: ({ folder }) =>
      `there is no profile.json in ${folder}. Copy organisations/demo/profile.json into it, then make it your organisation's`,
    hint: 'Every folder under organisations/ is an organisation, and its profile.json holds its name, look, contacts and services.',
    example: { folder: 'organisations/acme' },
    at: { file: PROFILE, path: '' },
  }),
  'profile-id-mismatch': entry<{ id: string; folder: string }>({
    title: "A profile's id is not its folder's name",
    message: ({ id, folder }) =>
      `is "${id}", but the profile is in ${folder}/. Make them the same: \`npm run package -- --org <id>\` finds a profile by its folder`,
    hint: "The id names the organisation on the command line, in every package file name and manifest identifier, and in the storage keys on learners' devices.",
    example: { id: 'acme-rc', folder: 'organisations/acme' },
    at: { file: PROFILE, path: 'id' },
  }),
  'profile-text-missing': entry<{ language: string }>({
    title: 'A profile text lacks one of its languages',
    message: ({ language }) =>
      `has no "${language}" text, but the profile has contacts in "${language}", so its "${language}" packages would show nothing here. Add "${language}": "…"`,
    hint: "The profile's languages are the languages it has contacts in. Every text a learner reads (the name, the logo's alt text, regions, services, the signatory's role) needs each of them, so no package mixes languages.",
    example: { language: 'ar' },
    at: { file: PROFILE, path: 'services[2].offers' },
  }),
  'no-contacts-in-language': entry<{ language: string; course?: string }>({
    title: 'A language to package has no contacts in the profile',
    message: ({ language, course }) =>
      course
        ? `has no "${language}" set, so ${course} (${language}) got no package: its learners would meet another language's contacts, or none. Add "${language}" contacts (and "${language}" to the profile's other texts), or leave "${language}" out of "build.languages"`
        : `"${language}" has no contacts in this profile, so no "${language}" package can be made. Add "contacts": { "${language}": … } (and "${language}" to the profile's other texts), or remove it here`,
    hint: "Each language's packages carry that language's contacts and never fall back to another's: a learner in distress must be able to read where to turn.",
    example: { language: 'ar', course: 'courses/self-care' },
    at: { file: PROFILE, path: 'contacts' },
  }),
  'no-emergency-contact': entry<{ language: string }>({
    title: "A language's contacts have no emergency contact",
    message: ({ language }) =>
      `the "${language}" contacts have none of kind "emergency". Add one first in the list: a learner who meets someone in danger must know where to turn at once`,
    hint: 'Every contacts block and the end of every course show the contacts, and the emergency contact comes first among them.',
    example: { language: 'fr' },
    at: { file: PROFILE, path: 'contacts.fr.contacts' },
  }),
  'unknown-region': entry<{ ref: string; regions: readonly string[]; suggestion?: string }>({
    title: 'A contact or service names a region that does not exist',
    message: ({ ref, regions, suggestion }) =>
      regions.length
        ? `"${ref}" is not a region of this profile (${listIds(regions)}).${didYouMean(suggestion)} Use the id of a region in "regions"`
        : `"${ref}" is not a region: this profile has no "regions". Add the region to "regions", or leave "region" out for everyone`,
    hint: 'Learners pick their region to see the services near them, from the regions listed in the profile.',
    example: { ref: 'nort', regions: ['north', 'south'], suggestion: 'north' },
    at: { file: PROFILE, path: 'services[0].region' },
  }),
  'unknown-course': entry<{ id: string }>({
    title: 'A profile lists a course that does not exist',
    message: ({ id }) =>
      `"${id}" is not a course here: there is no courses/${id}/ folder. Use the id of a course in courses/, or leave "courses" out to package them all`,
    hint: 'A profile\'s "build.courses" names the courses `npm run package -- --org <id>` builds, each by its folder in courses/. The other courses are still packaged; this one gets no package.',
    example: { id: 'self-cair' },
    at: { file: PROFILE, path: 'build.courses[1]' },
  }),
  'unreachable-service': entry({
    title: 'A service says no way to reach it',
    message: () => 'gives no way to reach it. Add a "phone", "email", "url", or "access" saying how to get there',
    hint: 'A referral is only useful when the learner can pass on how to reach the service.',
    example: {},
    at: { file: PROFILE, path: 'services[3]' },
  }),
  'example-contact': entry<{ value: string; found: 'domain' | 'demo-phone' }>({
    title: 'A real profile carries an example contact',
    message: ({ value, found }) =>
      `"${value}" ${found === 'domain' ? 'is on a domain reserved for examples' : "is one of the demo profile's fictional numbers"}, so whoever turns to it would reach nobody. Put your organisation's real contact here`,
    hint: 'Only the demo profile ("demo": true) may carry example contacts, and its packages say so on every contacts block. A profile without it is refused while any contact is on example.org, example.com, example.net, *.example, *.test or *.invalid, or uses a demo number, and no package is written.',
    example: { value: 'wellbeing@example.org', found: 'domain' },
    at: { file: PROFILE, path: 'contacts.en.contacts[2].email' },
  }),
  'low-contrast': entry<Omit<ContrastFailure, 'field'>>({
    title: 'A brand colour is too faint against the player',
    message: ({ colour, palette, against, againstHex, ratio, suggestion }) =>
      `"${colour}" reaches only ${formatRatio(ratio)} against --${against} (${againstHex}) in the player's ${PALETTE_NAME[palette]} colours, below the 4.5:1 WCAG AA asks of text. ${suggestion ? `Use "${suggestion}", the nearest shade that passes everywhere, or another colour` : 'No shade of it passes: choose another colour'}`,
    hint: 'The brand colour is text on every light background of the player (accents, secondary buttons) and the background of its primary buttons; darkAccent is text on the dark backgrounds. The message names the background where it fails worst and suggests the nearest shade of the same hue that passes on all of them.',
    example: {
      colour: '#e4002b',
      palette: 'light',
      against: 'soft',
      againstHex: '#f1eee8',
      ratio: 4.18,
      suggestion: '#da0029',
    },
    at: { file: PROFILE, path: 'colours.brand' },
  }),
  'demo-profile': entry<{ id: string }>({
    title: 'The profile is the fictional demo',
    message: ({ id }) =>
      `is true: "${id}" is a fictional organisation, and its packages say "Demo contacts: replace before publishing" on every contacts block. To publish, copy organisations/${id} to organisations/<your id>, put in your organisation's names, contacts and services, remove "demo", then \`npm run validate -- organisations/<your id>\` and \`npm run package -- --org <your id>\``,
    hint: `The demo profile lets the courses be tried before a National Society has made its own. Its contacts and services (in the framework's layers: ${LAYER_HINT}) are examples that reach nobody.`,
    example: { id: 'demo' },
    at: { file: 'organisations/demo/profile.json', path: 'demo' },
    severity: 'warning',
  }),
};
// #endregion

// #region Guessable assessments (warnings)
const QUALITY_HINT_TAIL =
  'Knowledge checks and the assessment pool are counted together, once the course has at least three such questions. A warning never fails validation or packaging.';

const QUALITY_WARNINGS = {
  'longest-answer-bias': entry<{ longest: readonly string[]; total: number }>({
    title: 'The correct answer is too often the longest choice',
    message: ({ longest, total }) =>
      `the correct answer is the strictly longest choice in ${longest.length} of ${total} single-choice questions (${listIds(longest)}), more than a third, so a learner can pick the longest and pass. In ${longest.length - Math.floor(total / 3)} of them, shorten the correct answer or make a wrong one as long`,
    hint: `Careful writing makes the right answer the longest, and test-wise learners notice. Lengths are the characters a learner reads, so each language is checked. ${QUALITY_HINT_TAIL}`,
    example: { longest: ['kc-open', 'fa-open', 'fa-refer'], total: 4 },
    at: { file: COURSE, path: `${BLOCK}.choices[1].text` },
    severity: 'warning',
  }),
  'one-sided-true-false': entry<{ side: boolean; count: number; total: number }>({
    title: 'True/false answers lean to one side',
    message: ({ side, count, total }) =>
      `only ${count} of ${total} true/false statements are ${side}, so a learner who always answers "${!side}" scores well. Make at least ${Math.ceil(total / 3)} of them ${side}`,
    hint: `At least a third of the statements should be true and at least a third false. ${QUALITY_HINT_TAIL}`,
    example: { side: true, count: 0, total: 11 },
    at: { file: COURSE, path: `${BLOCK}.correct` },
    severity: 'warning',
  }),
  'fixed-correct-count': entry<{ count: number; total: number }>({
    title: 'Every multiple-choice question has the same number of correct answers',
    message: ({ count, total }) =>
      `all ${total} multiple-choice questions have exactly ${plural(count, 'correct answer')}, so a learner can learn to tick ${count}. Vary how many choices are correct`,
    hint: `When the count never changes, it becomes a clue. ${QUALITY_HINT_TAIL}`,
    example: { count: 3, total: 6 },
    at: { file: COURSE, path: `${BLOCK}.correct` },
    severity: 'warning',
  }),
  'objective-can-be-missed': entry<{ objectives: readonly string[]; inPool: boolean }>({
    title: 'An assessment attempt can leave an objective unassessed',
    message: ({ objectives, inPool }) => {
      const named = `objective${objectives.length === 1 ? '' : 's'} ${objectives.map((o) => `"${o}"`).join(', ')}`;
      return inPool
        ? `an attempt can draw no question on ${named}, and the LMS would then learn nothing about ${objectives.length === 1 ? 'it' : 'them'}. Add "drawPerObjective": 1 to the assessment, or mark questions "alwaysDraw"`
        : `no question in the pool assesses ${named}, so the LMS never learns whether ${objectives.length === 1 ? 'it was' : 'they were'} met. Add graded questions on ${objectives.length === 1 ? 'it' : 'them'}`;
    },
    hint: 'The objectives the LMS records come only from the questions an attempt drew, so an attempt that misses an objective leaves it unknown. "drawPerObjective" makes every attempt cover every objective.',
    example: { objectives: ['obj-refer', 'obj-listen'], inPool: true },
    at: { file: COURSE, path: 'assessment.draw' },
    severity: 'warning',
  }),
};
// #endregion

// #region Translations
const TRANSLATION_ERRORS = {
  'language-mismatch': entry<
    { language: string; against: 'file-name'; fileLanguage: string } | { language: string; against: 'source' }
  >({
    title: "A translation's language does not fit",
    message: (p) =>
      p.against === 'file-name'
        ? `is "${p.language}", but the file is named ${p.fileLanguage}.json. Make them agree`
        : `is "${p.language}", the language of the source course. A translation must be in another language`,
    hint: 'A translation in i18n/<language>.json says the same language inside, and a different one from the source course.',
    example: { language: 'es', against: 'file-name', fileLanguage: 'fr' },
    at: { file: TRANSLATION, path: 'language' },
  }),
  'stale-translation': entry<{ translated: string; current: string }>({
    title: 'A translation was made from an older version of the course',
    message: ({ translated, current }) =>
      `is ${translated}, but the course is now ${current}. Review the strings that changed since, then set sourceVersion to "${current}"`,
    hint: '"sourceVersion" records the course version the strings were translated from, so that a changed course never ships with translations of its old text.',
    example: { translated: '0.9.0', current: '1.0.0' },
    at: { file: TRANSLATION, path: 'sourceVersion' },
  }),
  'missing-strings': entry<{ keys: readonly string[]; folder: string; language: string }>({
    title: 'A translation lacks some strings',
    message: ({ keys, folder, language }) =>
      `${keys.length} string${keys.length === 1 ? ' is' : 's are'} not translated: ${keys
        .slice(0, 5)
        .map((key) => `"${key}"`)
        .join(
          ', ',
        )}${keys.length > 5 ? ', …' : ''}. Add them; \`npm run validate -- ${folder} --template ${language}\` prints every key`,
    hint: 'Every text of the course needs a translation, or learners would meet the source language in the middle of a page.',
    example: { keys: ['page-try.title', 'q-reply.choices.b.text'], folder: 'courses/self-care', language: 'fr' },
    at: { file: TRANSLATION, path: 'strings' },
  }),
  'unknown-string': entry<{ suggestion?: string }>({
    title: 'A translation has a string the course does not',
    message: ({ suggestion }) =>
      `is not a string of the source course.${didYouMean(suggestion)} Remove it, or check that the source id has not changed`,
    hint: 'Keys are made of the ids of the items that hold the text, so a key goes stale when an id changes in the source.',
    example: { suggestion: 'q-reply.choices.b.text' },
    at: { file: TRANSLATION, path: 'strings["q-reply.choices.c.text"]' },
  }),
  'empty-string': entry({
    title: 'A translated string is empty',
    message: () => 'is empty. Translate it, or copy the source text until a translator can',
    hint: 'An empty string would show the learner nothing where the text belongs.',
    example: {},
    at: { file: TRANSLATION, path: 'strings["q-reply.prompt"]' },
  }),
};
// #endregion

// #region Course flow (the engine's walk of the course)
function describeStuck(stuck: StuckAt): string {
  if (stuck.on === 'page') return `on page "${stuck.page}"`;
  if (stuck.on === 'assessment') return 'in the assessment';
  return `in state ${JSON.stringify(stuck.state)}`;
}

const FLOW_ERRORS = {
  'unreachable-page': entry<FlowProblemParams['unreachable-page']>({
    title: 'A page can never be reached',
    message: ({ page }) => `page "${page}" can never be reached. Check that every page before it can be completed`,
    hint: 'The engine walks every path a learner can take through the course. When a page before this one can never be completed, no one gets this far.',
    example: { page: 'page-after' },
    at: { file: COURSE, path: 'lessons[0].pages[2].id' },
  }),
  'unfinishable-scenario': entry<FlowProblemParams['unfinishable-scenario']>({
    title: 'A scenario can never end',
    message: ({ scenario }) =>
      `scenario "${scenario}" can never reach an ending, so its page can never be completed. Give its nodes a way to an ending`,
    hint: "Walking the course's own state machine, no learner reaches an ending of this scenario.",
    example: { scenario: 'scene-door' },
    at: { file: COURSE, path: `${BLOCK}.id` },
  }),
  'completion-unreachable': entry<FlowProblemParams['completion-unreachable']>({
    title: 'The course can never be completed',
    message: ({ when }) =>
      `no path through the course meets ${when.map((c) => `"${c}"`).join(' and ')}, so it can never be completed. Fix the blocks reported above, or relax the rule`,
    hint: 'No path through the course meets every condition in "completion.when", so the LMS would never record it as completed. It usually follows from another problem reported with it.',
    example: { when: ['pages-complete'] },
    at: { file: COURSE, path: 'completion.when' },
  }),
  'trap-state': entry<FlowProblemParams['trap-state']>({
    title: 'A learner can get stuck',
    message: ({ stuck }) =>
      `a learner ${describeStuck(stuck)} can get stuck: from there the course can no longer be completed. Check the gating and scenarios of that page`,
    hint: 'Some path leads to a place from which neither completion nor the failure outcome can be reached, so the learner could only leave the course unfinished.',
    example: { stuck: { on: 'page', page: 'page-scenario' } },
    at: { file: COURSE, path: 'lessons' },
  }),
  'too-complex': entry<FlowProblemParams['too-complex']>({
    title: 'The course has too many paths to check',
    message: ({ reason }) =>
      `the course has too many paths to check (${reason}). Split long pages or scenarios into smaller ones`,
    hint: 'The engine proves a course can be finished by walking every path through it; too many branches on one page make that walk too long.',
    example: { reason: 'Traversal limit exceeded' },
    at: { file: COURSE, path: 'lessons' },
  }),
};
// #endregion

/** The catalogue's sections, in the order the docs page lists them. */
export const ERROR_SECTIONS = [
  { title: 'Files and JSON syntax', errors: FILE_ERRORS },
  { title: 'Fields and values', errors: SCHEMA_ERRORS },
  { title: 'Ids and references', errors: ID_ERRORS },
  { title: 'Questions', errors: QUESTION_ERRORS },
  { title: 'Scenarios', errors: SCENARIO_ERRORS },
  { title: 'Media, paths and accessibility', errors: MEDIA_ERRORS },
  { title: 'Assessment and completion', errors: ASSESSMENT_ERRORS },
  { title: 'Content notes, contacts, language and time', errors: CARE_ERRORS },
  { title: 'Translations', errors: TRANSLATION_ERRORS },
  { title: 'Organisation profiles', errors: PROFILE_ERRORS },
  { title: 'Guessable assessments (warnings)', errors: QUALITY_WARNINGS },
  { title: 'Course flow', errors: FLOW_ERRORS },
] as const;

/** Every error, by id. */
export const ERRORS = {
  ...FILE_ERRORS,
  ...SCHEMA_ERRORS,
  ...ID_ERRORS,
  ...QUESTION_ERRORS,
  ...SCENARIO_ERRORS,
  ...MEDIA_ERRORS,
  ...ASSESSMENT_ERRORS,
  ...CARE_ERRORS,
  ...TRANSLATION_ERRORS,
  ...PROFILE_ERRORS,
  ...QUALITY_WARNINGS,
  ...FLOW_ERRORS,
};

/** The stable id of a kind of problem, as `[id]` on each CLI line and a heading in docs/errors.md. */
export type ErrorId = keyof typeof ERRORS;

/** The parameters an error's message takes. */
export type ErrorParams<Id extends ErrorId> = (typeof ERRORS)[Id] extends ErrorEntry<infer P> ? P : never;

/** An error with its parameters, for code that chooses the id at run time (zod issues, the engine's flow). */
export type FoundError = { [Id in ErrorId]: { rule: Id; params: ErrorParams<Id> } }[ErrorId];

/**
 * The message of an error, as the author reads it after the path.
 * @example errorMessage('duplicate-answer', { ref: 'a' }) // '"a" is listed twice. List each correct choice once'
 */
export function errorMessage<Id extends ErrorId>(rule: Id, params: ErrorParams<Id>): string {
  return errorEntry(rule).message(params);
}

/** The message of an error whose id was chosen at run time. */
export function foundErrorMessage(found: FoundError): string {
  return errorEntry(found.rule).message(found.params);
}

/** The catalogue entry of an id, for the docs page. */
export function errorEntry(rule: ErrorId): ErrorEntry<unknown> {
  return ERRORS[rule] as ErrorEntry<unknown>;
}

/** Where a problem is: the file, the line and column, and the JSON path as the author reads it. */
export type ProblemPlace = Omit<Problem, 'rule' | 'message' | 'severity'>;

/** Whether a rule fails validation (an error) or is only printed (a warning). */
export function severityOf(rule: ErrorId): Severity {
  return errorEntry(rule).severity ?? 'error';
}

/** A located problem of one catalogue error, its message worded from the parameters. */
export function problemAt<Id extends ErrorId>(place: ProblemPlace, rule: Id, params: ErrorParams<Id>): Problem {
  return { ...place, rule, severity: severityOf(rule), message: errorMessage(rule, params) };
}

/** A located problem of an error whose id was chosen at run time. */
export function foundProblemAt(place: ProblemPlace, found: FoundError): Problem {
  return { ...place, rule: found.rule, severity: severityOf(found.rule), message: foundErrorMessage(found) };
}
