/**
 * What the XLIFF commands read from a course folder: the source course's strings in
 * document order, and the translation on file for a language, if any. Only the source must
 * be valid: a half-done translation is exactly what a translator exports to finish.
 */
import { course as courseSchema } from '../../course/course-schema.ts';
import { problemAt } from '../../validator/error-catalogue.ts';
import type { Problem } from '../../validator/problem.ts';
import { extractStrings, type SourceString } from '../../validator/translations.ts';
import type { CourseFolder } from '../../validator/validate-course.ts';
import { validateJsonFile } from '../../validator/validate-file.ts';

export interface SourceCourse {
  id: string;
  version: string;
  language: string;
  raw: unknown;
  strings: SourceString[];
}

/** The translation file on disk, read loosely: its fields and whatever strings it has. */
export interface TranslationOnFile {
  fields: Record<string, unknown>;
  strings: Record<string, string>;
}

export function readSourceCourse(folder: CourseFolder): { course?: SourceCourse; problems: Problem[] } {
  const file = `${folder.path}/course.json`;
  const text = folder.read('course.json');
  if (text === undefined)
    return {
      problems: [problemAt({ file, line: 1, column: 1, path: '' }, 'missing-course', { folder: folder.path })],
    };
  const result = validateJsonFile(file, text, courseSchema, { kind: 'course' });
  if (!result.value || !result.source) return { problems: result.problems };
  const raw = result.source.value;
  const { id, version, language } = result.value;
  return { course: { id, version, language, raw, strings: extractStrings(raw) }, problems: [] };
}

export function readTranslation(folder: CourseFolder, language: string): TranslationOnFile | undefined {
  const text = folder.read(`i18n/${language}.json`);
  if (text === undefined) return undefined;
  try {
    const fields = JSON.parse(text) as Record<string, unknown>;
    const strings =
      fields.strings && typeof fields.strings === 'object' ? (fields.strings as Record<string, string>) : {};
    return { fields, strings };
  } catch {
    return undefined;
  }
}
