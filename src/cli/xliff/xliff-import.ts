/**
 * Checks a translated XLIFF file against the course as it is now, then turns it into the
 * i18n file. Every unit must belong to the course, carry a translation, still match its
 * source text, and keep the source's Markdown; each problem points at its unit.
 */
import { suggest } from '../../validator/schema-messages.ts';
import { optionalStrings } from '../../validator/translations.ts';
import type { SourceCourse, TranslationOnFile } from './course-strings.ts';
import { markdownChanges } from './markdown-shape.ts';
import type { ReadXliff } from './xliff-document.ts';

export interface ImportProblem {
  line: number;
  column: number;
  /** The unit's id, when the problem belongs to one. */
  unit?: string;
  message: string;
}

const quote = (text: string) => `"${text.length > 70 ? `${text.slice(0, 67)}…` : text}"`;

/** Every reason the file cannot become the course's translation, in file order. */
export function importProblems(xliff: ReadXliff, course: SourceCourse): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const sources = new Map(course.strings.map((s) => [s.key, s.value]));
  const seen = new Set<string>();
  if (xliff.srcLang && xliff.srcLang !== course.language)
    problems.push({
      line: 1,
      column: 1,
      message: `the file's source language is "${xliff.srcLang}", but the course is written in "${course.language}"`,
    });
  for (const unit of xliff.units) {
    const at = { line: unit.line, column: unit.column, unit: unit.id };
    const source = sources.get(unit.id);
    if (seen.has(unit.id)) {
      problems.push({ ...at, message: 'appears twice. Keep one unit for each key' });
      continue;
    }
    seen.add(unit.id);
    if (source === undefined) {
      const near = suggest(unit.id, sources.keys());
      problems.push({
        ...at,
        message: `is not a string of the course.${near ? ` Did you mean "${near}"?` : ' Remove the unit, or export the file again.'}`,
      });
      continue;
    }
    if (unit.source !== source) {
      problems.push({
        ...at,
        message: `its source text changed since the file was exported: the course now says ${quote(source)}. Translate the new text (export again to get it)`,
      });
      continue;
    }
    if (unit.target === undefined) {
      problems.push({ ...at, message: 'has no translation. Fill in its target' });
      continue;
    }
    const changes = markdownChanges(source, unit.target);
    if (changes.length)
      problems.push({ ...at, message: `the Markdown did not survive the translation: ${changes.join('; ')}` });
  }
  const missing = course.strings.filter((s) => !seen.has(s.key));
  for (const { key } of missing)
    problems.push({
      line: 1,
      column: 1,
      unit: key,
      message: 'is missing from the file. Export the course again: it has strings this file does not',
    });
  return problems;
}

/**
 * The i18n file's content: the fields already on file (its $schema and direction) kept,
 * the language and source version updated, strings in source order.
 */
export function translationFromXliff(
  xliff: ReadXliff,
  course: SourceCourse,
  existing: TranslationOnFile | undefined,
): Record<string, unknown> {
  const targets = new Map(xliff.units.map((unit) => [unit.id, unit.target ?? '']));
  const fields = existing?.fields ?? { $schema: '../../../translation.schema.json' };
  const { strings: _old, ...kept } = fields;
  return {
    ...kept,
    language: xliff.trgLang,
    sourceVersion: course.version,
    strings: Object.fromEntries(withOptionalKeys(course, existing, targets)),
  };
}

/**
 * The strings in source order, with the optional keys already on file (an image's own `src`
 * in this language) kept where they stood: XLIFF carries text, not file names, so the
 * translation's choice of picture survives the round trip untouched.
 */
function withOptionalKeys(
  course: SourceCourse,
  existing: TranslationOnFile | undefined,
  targets: Map<string, string>,
): [string, string][] {
  const regular = new Set(course.strings.map((s) => s.key));
  const optional = new Set(optionalStrings(course.raw).map((s) => s.key));
  const after = new Map<string, [string, string][]>();
  let anchor = '';
  for (const [key, value] of Object.entries(existing?.strings ?? {})) {
    if (regular.has(key)) anchor = key;
    else if (optional.has(key)) after.set(anchor, [...(after.get(anchor) ?? []), [key, value]]);
  }
  return [
    ...(after.get('') ?? []),
    ...course.strings.flatMap(({ key }): [string, string][] => [
      [key, targets.get(key) ?? ''],
      ...(after.get(key) ?? []),
    ]),
  ];
}

/** A problem as the command prints it. */
export function formatImportProblem(file: string, problem: ImportProblem): string {
  const unit = problem.unit ? `unit "${problem.unit}": ` : '';
  const message = /[.!?]$/.test(problem.message) ? problem.message : `${problem.message}.`;
  return `${file}:${problem.line}:${problem.column} → ${unit}${message}`;
}
