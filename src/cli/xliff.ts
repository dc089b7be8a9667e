/**
 * `npm run xliff -- export courses/<id> --lang <tag> [--out <file>]`
 * `npm run xliff -- import <file> [--course courses/<id>]`
 *
 * Export writes one XLIFF 2.0 file for a CAT tool: every string of the course keyed by its
 * course key, with the source, the translation on file and notes for the translator.
 * Import checks the translated file against the course as it is now, then writes
 * i18n/<lang>.json only when the file is complete and the translated course validates.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { LANGUAGE_TAG } from '../course/language.ts';
import { nodeCourseFolder } from '../validator/node-folder.ts';
import { formatProblemLine } from '../validator/problem.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { green, red, runCommand } from './cli-output.ts';
import { readSourceCourse, readTranslation } from './xliff/course-strings.ts';
import { validateImported } from './xliff/validate-import.ts';
import { readXliff, writeXliff } from './xliff/xliff-document.ts';
import { exportXliff } from './xliff/xliff-export.ts';
import { formatImportProblem, importProblems, translationFromXliff } from './xliff/xliff-import.ts';

const USAGE = `Usage: npm run xliff -- export courses/<id> --lang <tag> [--out <file>]
       npm run xliff -- import <file.xlf> [--course courses/<id>]`;
const TOOL_ROOT = resolve(import.meta.dirname, '..', '..');
const shown = (path: string) => relative(process.cwd(), path).split(sep).join('/') || '.';
const encode = (text: string) => new TextEncoder().encode(text);

/** The glossary for a language: the project's own docs/, or the tool's when run from elsewhere. */
function glossaryFor(language: string): string | undefined {
  const name = join('docs', `glossary-${language.split('-')[0]}.md`);
  const found = [resolve(name), join(TOOL_ROOT, name)].find((path) => existsSync(path));
  return found && shown(found);
}

function runExport(target: string | undefined, language: string | undefined, out: string | undefined): number {
  if (!target || !language) {
    console.error(red(`Give the course folder and --lang.\n${USAGE}`));
    return 1;
  }
  if (!LANGUAGE_TAG.test(language)) {
    console.error(red(`"${language}" is not a BCP 47 language tag. Use one such as "fr", "es" or "ar".`));
    return 1;
  }
  const folder = nodeCourseFolder(target);
  const { course, problems } = readSourceCourse(folder);
  if (!course) {
    console.error(red(`✖ ${folder.path}: the source course has problems; fix them before exporting.`));
    for (const problem of problems) console.error(`  ${formatProblemLine(problem)}`);
    return 1;
  }
  const translation = readTranslation(folder, language);
  const glossary = glossaryFor(language);
  const file = exportXliff({
    folder,
    course,
    language,
    ...(translation ? { translation } : {}),
    ...(glossary ? { glossary } : {}),
  });
  const path = resolve(out ?? join('dist', 'xliff', `${course.id}.${language}.xlf`));
  writeFileAtomic(path, encode(writeXliff(file)));
  const done = file.units.filter((unit) => unit.target !== undefined).length;
  console.log(
    `${green('✓')} ${shown(path)}: ${file.units.length} units, ${done} already translated${glossary ? `, glossary ${glossary}` : ''}`,
  );
  return 0;
}

function runImport(file: string | undefined, courseOption: string | undefined): number {
  if (!file) {
    console.error(red(`Give the XLIFF file to import.\n${USAGE}`));
    return 1;
  }
  const path = resolve(file);
  if (!existsSync(path)) {
    console.error(red(`${file} does not exist.`));
    return 1;
  }
  const read = readXliff(readFileSync(path, 'utf8'));
  if ('error' in read) {
    console.error(red(`✖ ${shown(path)}:${read.line}:${read.column} → ${read.error}.`));
    return 1;
  }
  const { xliff } = read;
  const folder = nodeCourseFolder(courseOption ?? dirname(xliff.original || '.'));
  const { course, problems } = readSourceCourse(folder);
  if (!course) {
    console.error(red(`✖ ${folder.path}: no valid source course here. Name it with --course courses/<id>.`));
    for (const problem of problems) console.error(`  ${formatProblemLine(problem)}`);
    return 1;
  }
  const found = importProblems(xliff, course);
  if (found.length) {
    console.error(
      red(`✖ ${shown(path)}: ${found.length} problem${found.length === 1 ? '' : 's'}; nothing was written`),
    );
    for (const problem of found) console.error(`  ${formatImportProblem(shown(path), problem)}`);
    return 1;
  }
  const name = `i18n/${xliff.trgLang}.json`;
  const existing = readTranslation(folder, xliff.trgLang);
  const translation = translationFromXliff(xliff, course, existing);
  const text = `${JSON.stringify(translation, null, 2)}\n`;
  const invalid = validateImported(folder, name, text);
  if (invalid.length) {
    console.error(red(`✖ ${folder.path}/${name} would not validate; nothing was written`));
    for (const problem of invalid) console.error(`  ${formatProblemLine(problem)}`);
    return 1;
  }
  const before = folder.read(name);
  writeFileAtomic(resolve(folder.path, name), encode(text));
  const verdict = before === text ? 'unchanged' : before === undefined ? 'created' : 'updated';
  console.log(
    `${green('✓')} ${folder.path}/${name} ${verdict}: ${xliff.units.length} strings, and the course validates`,
  );
  return 0;
}

function main(argv: string[]): number {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: typeof OPTIONS }>>;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    console.error(red(`${(error as Error).message}\n${USAGE}`));
    return 1;
  }
  const [action, target, ...extra] = parsed.positionals;
  if (extra.length || (action !== 'export' && action !== 'import')) {
    console.error(red(USAGE));
    return 1;
  }
  return action === 'export'
    ? runExport(target, parsed.values.lang, parsed.values.out)
    : runImport(target, parsed.values.course);
}

const OPTIONS = {
  lang: { type: 'string' },
  out: { type: 'string' },
  course: { type: 'string' },
} as const;

await runCommand(() => main(process.argv.slice(2)));
