/** Builds the XLIFF file a translator works in: every string of the course, with notes. */

import { fieldFormat } from '../../validator/field-format.ts';
import type { CourseFolder } from '../../validator/validate-course.ts';
import type { SourceCourse, TranslationOnFile } from './course-strings.ts';
import { describeLocation } from './location.ts';
import type { XliffFile, XliffNote } from './xliff-document.ts';

const MARKDOWN_NOTE =
  'Markdown: keep **bold**, *italic*, [link text](address) with the address unchanged, lines starting "- " or "1. " for lists, and a blank line between paragraphs. No HTML.';
const PLAIN_NOTE = 'Plain text on one line: no Markdown, no HTML, no line breaks.';

export interface ExportContext {
  folder: CourseFolder;
  course: SourceCourse;
  language: string;
  translation?: TranslationOnFile;
  /** The glossary for the language, as a path the translator can open, when one exists. */
  glossary?: string;
}

function fileNotes({ folder, course, translation, glossary }: ExportContext): XliffNote[] {
  const notes: XliffNote[] = [];
  if (glossary) notes.push({ category: 'glossary', text: `Use the terms agreed in the glossary: ${glossary}.` });
  notes.push({
    category: 'source-version',
    text: `Made from ${folder.path}/course.json version ${course.version}.${
      translation && translation.fields.sourceVersion !== course.version
        ? ` The translation on file was made from version ${String(translation.fields.sourceVersion)}: check every unit against its source.`
        : ''
    }`,
  });
  notes.push({
    category: 'contacts',
    text: `The support contacts are not in this file: each organisation gives its own, in each language, in its profile (organisations/<id>/profile.json).`,
  });
  return notes;
}

/** The XLIFF document for one course and target language. */
export function exportXliff(context: ExportContext): XliffFile {
  const { folder, course, language, translation } = context;
  return {
    srcLang: course.language,
    trgLang: language,
    fileId: course.id,
    original: `${folder.path}/course.json`,
    notes: fileNotes(context),
    units: course.strings.map(({ key, value, path }) => {
      const format = fieldFormat(course.raw, path);
      const notes: XliffNote[] = [{ category: 'location', text: describeLocation(course.raw, path) }];
      if (format) notes.push({ category: 'format', text: format.markdown ? MARKDOWN_NOTE : PLAIN_NOTE });
      if (format?.maxLength)
        notes.push({ category: 'length', text: `At most ${format.maxLength.toLocaleString('en')} characters.` });
      const target = translation?.strings[key];
      return { id: key, source: value, ...(target ? { target } : {}), notes };
    }),
  };
}
