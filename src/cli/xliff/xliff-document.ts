/**
 * XLIFF 2.0 documents, written and read with fast-xml-parser, never by string building:
 * one <file> per course, one <unit> per translatable string keyed by its course key, with
 * the source, the translation when there is one, and notes for the translator.
 */
import { XMLBuilder } from 'fast-xml-parser';
import { descendants, parseXmlTree } from '../xml-tree.ts';

export const XLIFF_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0';

export interface XliffNote {
  /** What the note is about: location, format, length, glossary, source-version. */
  category: string;
  text: string;
}

export interface XliffUnit {
  /** The translation key, such as `kc-open.choices.a.text`. */
  id: string;
  source: string;
  target?: string;
  notes: XliffNote[];
}

export interface XliffFile {
  srcLang: string;
  trgLang: string;
  /** The course id. */
  fileId: string;
  /** The source file, as the CLI names it, such as `courses/self-care/course.json`. */
  original: string;
  notes: XliffNote[];
  units: XliffUnit[];
}

const noteElements = (notes: readonly XliffNote[]) => ({
  note: notes.map((note) => ({ '@_category': note.category, '#text': note.text })),
});

/** The XLIFF 2.0 text of a file. */
export function writeXliff(file: XliffFile): string {
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    format: true,
    indentBy: '  ',
    suppressEmptyNode: true,
  });
  const document = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    xliff: {
      '@_xmlns': XLIFF_NAMESPACE,
      '@_version': '2.0',
      '@_srcLang': file.srcLang,
      '@_trgLang': file.trgLang,
      file: {
        '@_id': file.fileId,
        '@_original': file.original,
        // Markdown line breaks and spaces are part of the text: CAT tools must keep them.
        '@_xml:space': 'preserve',
        ...(file.notes.length ? { notes: noteElements(file.notes) } : {}),
        unit: file.units.map((unit) => ({
          '@_id': unit.id,
          ...(unit.notes.length ? { notes: noteElements(unit.notes) } : {}),
          segment: {
            '@_state': unit.target === undefined ? 'initial' : 'translated',
            source: { '#text': unit.source },
            ...(unit.target === undefined ? {} : { target: { '#text': unit.target } }),
          },
        })),
      },
    },
  };
  return builder.build(document) as string;
}

/** A unit as read back, with where it starts in the file. */
export interface ReadUnit {
  id: string;
  source: string;
  /** Undefined when the unit has no <target> (or only an empty one). */
  target?: string;
  line: number;
  column: number;
}

export interface ReadXliff {
  srcLang: string;
  trgLang: string;
  original: string;
  units: ReadUnit[];
}

/** Where each `<unit id="…">` starts in the text, for messages. */
function unitPositions(xml: string): Map<string, { line: number; column: number }> {
  const positions = new Map<string, { line: number; column: number }>();
  const lineStarts = [0];
  for (let i = 0; i < xml.length; i++) if (xml[i] === '\n') lineStarts.push(i + 1);
  for (const match of xml.matchAll(/<(?:\w+:)?unit\b[^>]*?\bid\s*=\s*(["'])(.*?)\1/g)) {
    const offset = match.index;
    const line = lineStarts.findLastIndex((start) => start <= offset);
    positions.set(match[2]!, { line: line + 1, column: offset - lineStarts[line]! + 1 });
  }
  return positions;
}

/** Reads an XLIFF 2.0 document, or says why it cannot (with a line for XML mistakes). */
export function readXliff(xml: string): { xliff: ReadXliff } | { error: string; line: number; column: number } {
  const parsed = parseXmlTree(xml);
  if ('error' in parsed) return parsed;
  const { root } = parsed;
  if (root.name !== 'xliff' || root.attributes.version !== '2.0')
    return { error: 'this is not an XLIFF 2.0 document (<xliff version="2.0">)', line: 1, column: 1 };
  const file = descendants(root, 'file')[0];
  if (!root.attributes.trgLang) return { error: 'the <xliff> element has no trgLang', line: 1, column: 1 };
  const positions = unitPositions(xml);
  const units = descendants(root, 'unit').map((unit): ReadUnit => {
    const segments = descendants(unit, 'segment');
    const text = (name: string) => segments.map((segment) => descendants(segment, name)[0]?.text ?? '').join('');
    const hasTarget = segments.some((segment) => descendants(segment, 'target').length > 0);
    const target = text('target');
    const id = unit.attributes.id ?? '';
    return {
      id,
      source: text('source'),
      ...(hasTarget && target !== '' ? { target } : {}),
      ...(positions.get(id) ?? { line: 1, column: 1 }),
    };
  });
  return {
    xliff: {
      srcLang: root.attributes.srcLang ?? '',
      trgLang: root.attributes.trgLang,
      original: file?.attributes.original ?? '',
      units,
    },
  };
}
