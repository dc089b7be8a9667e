/** docs/errors.md: every error an author can meet, generated from the error catalogue by `npm run schema`. */
import { ERROR_SECTIONS, type ErrorId, errorEntry } from '../validator/error-catalogue.ts';
import { asSentence } from '../validator/problem.ts';

export const ERROR_DOCS_FILE = 'docs/errors.md';

/**
 * An error's example as the CLI prints it, without the line and column a real file would give.
 * @example exampleLine('all-correct') // 'courses/self-care/course.json → …: every choice is correct, … [all-correct]'
 */
export function exampleLine(id: ErrorId): string {
  const { message, example, at } = errorEntry(id);
  const text = asSentence(message(example));
  return `${at.file} → ${at.path ? `${at.path}: ` : ''}${text} [${id}]`;
}

function errorSection(id: ErrorId): string[] {
  const { title, hint } = errorEntry(id);
  return [`### ${id}`, '', `**${title}.**`, '', hint, '', '```text', exampleLine(id), '```', ''];
}

/** The text of docs/errors.md, stable from run to run. */
export function renderErrorDocs(): string {
  const lines = [
    '# Errors',
    '',
    '<!-- Generated from src/validator/error-catalogue.ts by `npm run schema`. Do not edit by hand. -->',
    '',
    'Every problem the validator can report in a course, by its id. `npm run validate`, `npm run new-course`,',
    '`npm run package` and the preview end each problem line with the id in brackets, such as `[duplicate-id]`:',
    'look it up here. The examples show such lines without the line and column numbers a real file gives.',
    '',
  ];
  for (const section of ERROR_SECTIONS) {
    const ids = Object.keys(section.errors) as ErrorId[];
    lines.push(`## ${section.title}`, '');
    for (const id of ids) lines.push(`- [\`${id}\`](#${id}): ${errorEntry(id).title}`);
    lines.push('');
    for (const id of ids) lines.push(...errorSection(id));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
