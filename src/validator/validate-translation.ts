/**
 * Validates one translation, `i18n/<language>.json`: its header and keys against the
 * source course, then the translated course against every check the source passes.
 */
import { course as courseSchema } from '../course/course-schema.ts';
import { translationFile } from '../course/translation-schema.ts';
import type { Course, TranslationFile as Translation } from '../course/types.ts';
import { runRules } from './course-rules.ts';
import { type ErrorId, errorMessage, foundErrorMessage, foundProblemAt, severityOf } from './error-catalogue.ts';
import { estimateCourse } from './estimate.ts';
import type { JsonSource } from './json-source.ts';
import { TRANSLATION_LINTS } from './lints.ts';
import { refusalError } from './path-refusal.ts';
import { formatPath, type JsonPath, type Problem, type Report } from './problem.ts';
import { errorFor, foundText, suggest } from './schema-messages.ts';
import { applyTranslation, extractStrings, optionalStrings, type SourceString } from './translations.ts';
import type { CourseCheck, CourseFolder, ValidatedCourse } from './validate-course.ts';
import { validateJsonFile } from './validate-file.ts';

/** The source language of a course, as its translations are checked against it. */
export interface SourceCourse {
  course: Course;
  /** The raw JSON of course.json, whose strings the translation replaces. */
  raw: unknown;
}

/** One translation under check, and where its problems go. */
interface TranslationCheck {
  folder: CourseFolder;
  file: string;
  translation: Translation;
  source: SourceCourse;
  /** Every string of the source, with its key and its path in course.json. */
  expected: readonly SourceString[];
  /** Strings a translation may replace but need not, such as an image's `src`. */
  optional: readonly SourceString[];
  /** Errors and warnings alike; `errorCount` tells whether this translation added errors. */
  problems: Problem[];
  /** Adds a worded problem at a path of the translation file: at the key, or at `find` inside the string. */
  push(path: JsonPath, rule: ErrorId, message: string, find?: string): void;
  /** Reports a catalogue error at a path of the translation file, at its key. */
  report: Report;
}

const errorCount = (problems: readonly Problem[]) => problems.filter((p) => p.severity === 'error').length;

/** Validates `relative` (i18n/<language>.json) and returns the translated course when it is sound. */
export function validateTranslation(
  folder: CourseFolder,
  relative: string,
  source: SourceCourse,
  extraChecks: CourseCheck[],
  problems: Problem[],
): ValidatedCourse | undefined {
  const file = `${folder.path}/${relative}`;
  const language = relative.slice('i18n/'.length, -'.json'.length);
  const empty = { kind: 'translation', folder: folder.path, language } as const;
  const refused = folder.refusal?.(relative);
  if (refused) {
    problems.push(foundProblemAt({ file, line: 1, column: 1, path: '' }, refusalError(relative, refused)));
    return undefined;
  }
  const result = validateJsonFile(file, folder.read(relative) ?? '', translationFile, empty);
  problems.push(...result.problems);
  if (!result.value || !result.source) return undefined;
  const check = translationCheck(folder, file, result.value, result.source, source, problems);
  const before = errorCount(problems);
  checkHeader(check, language);
  checkKeys(check);
  if (errorCount(problems) > before) return undefined;
  return translatedCourse(check, extraChecks);
}

function translationCheck(
  folder: CourseFolder,
  file: string,
  translation: Translation,
  located: JsonSource,
  source: SourceCourse,
  problems: Problem[],
): TranslationCheck {
  const push: TranslationCheck['push'] = (path, rule, message, find) => {
    const at = find === undefined ? located.locate(path, 'key') : located.locateText(path, find);
    problems.push({ file, ...at, path: formatPath(path), rule, severity: severityOf(rule), message });
  };
  const report: Report = (path, rule, params) => push(path, rule, errorMessage(rule, params));
  const expected = extractStrings(source.raw);
  const optional = optionalStrings(source.raw);
  return { folder, file, translation, source, expected, optional, problems, push, report };
}

/** The language agrees with the file name and differs from the source; the source version is current. */
function checkHeader({ translation, source, report }: TranslationCheck, fileLanguage: string) {
  const { language } = translation;
  if (language !== fileLanguage)
    report(['language'], 'language-mismatch', { language, against: 'file-name', fileLanguage });
  if (language === source.course.language) report(['language'], 'language-mismatch', { language, against: 'source' });
  if (translation.sourceVersion !== source.course.version)
    report(['sourceVersion'], 'stale-translation', {
      translated: translation.sourceVersion,
      current: source.course.version,
    });
}

/** Every source string is translated, no key is unknown, and no translated string is empty. */
function checkKeys({ translation, expected, optional, folder, report }: TranslationCheck) {
  const keys = new Set([...expected, ...optional].map((s) => s.key));
  const missing = expected.filter((s) => !(s.key in translation.strings)).map((s) => s.key);
  if (missing.length)
    report(['strings'], 'missing-strings', { keys: missing, folder: folder.path, language: translation.language });
  for (const key of Object.keys(translation.strings)) {
    if (keys.has(key)) continue;
    // A renamed key is most likely one of the missing ones.
    report(['strings', key], 'unknown-string', { suggestion: suggest(key, missing) ?? suggest(key, keys) });
  }
  for (const [key, value] of Object.entries(translation.strings)) {
    if (keys.has(key) && !value.trim()) report(['strings', key], 'empty-string', {});
  }
}

/** The translated course, checked as the source is, with each problem at the string that causes it. */
function translatedCourse(check: TranslationCheck, extraChecks: CourseCheck[]): ValidatedCourse | undefined {
  const { folder, file, translation, source, problems } = check;
  const before = errorCount(problems);
  const atString = inTranslatedStrings(check);
  const raw = {
    ...(applyTranslation(source.raw, translation.strings) as object),
    ...(translation.estimatedMinutes === undefined ? {} : { estimatedMinutes: translation.estimatedMinutes }),
    language: translation.language,
    direction: translation.direction,
  };
  const parsed = courseSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const error = errorFor(issue);
      atString(issue.path as JsonPath, error.rule, foundErrorMessage(error), foundText(issue));
    }
    return undefined;
  }
  const report: Report = (path, rule, params, find) => atString(path, rule, errorMessage(rule, params), find);
  // Reading time is this language's own, checked against its own minutes or the course's it shows.
  runRules(parsed.data, folder, report, extraChecks, {
    inheritedMinutes: translation.estimatedMinutes === undefined,
  });
  for (const lint of TRANSLATION_LINTS) lint(parsed.data, report);
  if (errorCount(problems) > before) return undefined;
  return { course: parsed.data, estimate: estimateCourse(parsed.data), file, raw };
}

/**
 * Places a problem of the translated course at the string that caused it, or, for a path
 * that holds no translated string, at the top of the file with the course path in front.
 */
function inTranslatedStrings({ expected, optional, translation, push, problems, file }: TranslationCheck) {
  const pathToKey = new Map([...expected, ...optional].map((s) => [formatPath(s.path), s.key]));
  return (path: JsonPath, rule: ErrorId, message: string, find = '') => {
    const key = pathToKey.get(formatPath(path));
    // An optional string the translation leaves out is the source's, so the problem is there too.
    if (key && key in translation.strings) push(['strings', key], rule, message, find);
    else if (formatPath(path) === 'estimatedMinutes' && translation.estimatedMinutes !== undefined)
      push(['estimatedMinutes'], rule, message);
    else if (!reportedInSource(problems, file, formatPath(path), message))
      push([], rule, `${formatPath(path)}: ${message}`);
  };
}

/** Whether the source course already reported this problem: a value the translation inherits has one cause, said once. */
function reportedInSource(problems: readonly Problem[], file: string, path: string, message: string): boolean {
  return problems.some((p) => p.file !== file && p.path === path && p.message === message);
}
