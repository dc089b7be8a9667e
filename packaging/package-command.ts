/**
 * `npm run package [-- courses/<id> …] [--standard scorm12|scorm2004|all] [--out <dir>]
 *  [--contacts <file>] [--skip-build] [--player-dir <dir>]`
 *
 * Validates the courses, builds the player once, and writes one zip per course, language
 * and standard. A course with problems gets its messages and no zip; the exit code is 1.
 */

import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeFileAtomic } from '../src/cli/atomic-write.ts';
import { bold, dim, green, red } from '../src/cli/cli-output.ts';
import type { ContactsFile } from '../src/course/types.ts';
import { parseScormVersions, type ScormVersion } from '../src/scorm/scorm-version.ts';
import { courseChecks } from '../src/validator/flow-check.ts';
import { listCourseFolders, nodeCourseFolder } from '../src/validator/node-folder.ts';
import { formatProblemLine, type Problem } from '../src/validator/problem.ts';
import { type ValidatedCourse, validateCourseFolder } from '../src/validator/validate-course.ts';
import { buildPlayer, missingPlayerFiles } from './build-player.ts';
import { packageCourse, packageFileName } from './course-zip.ts';
import { loadContactsFile, replacementProblems, withContacts } from './replace-contacts.ts';

const USAGE =
  'Usage: npm run package [-- courses/<id> …] [--standard scorm12|scorm2004|all] [--out <dir>] [--contacts <file>] [--skip-build] [--player-dir <dir>]';
const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Where the command reads and writes, and where it prints; tests replace these. */
export interface CommandIo {
  cwd: string;
  log(line: string): void;
  error(line: string): void;
}

const defaultIo: CommandIo = {
  cwd: process.cwd(),
  log: (line) => console.log(line),
  error: (line) => console.error(line),
};

interface ReadyCourse {
  dir: string;
  languages: ValidatedCourse[];
}

/** Runs the package command and returns its exit code. */
export async function runPackage(argv: string[], io: CommandIo = defaultIo): Promise<number> {
  const parsed = (() => {
    try {
      return parseArgs({
        args: argv,
        allowPositionals: true,
        options: {
          standard: { type: 'string', default: 'all' },
          out: { type: 'string', default: 'dist/packages' },
          contacts: { type: 'string' },
          'skip-build': { type: 'boolean', default: false },
          'player-dir': { type: 'string' },
        },
      });
    } catch (error) {
      io.error(red(`${(error as Error).message}\n${USAGE}`));
      return undefined;
    }
  })();
  if (!parsed) return 1;
  const { values, positionals } = parsed;
  const standards = parseScormVersions(values.standard);
  if (!standards) {
    io.error(red(`--standard must be scorm12, scorm2004 or all, not "${values.standard}".\n${USAGE}`));
    return 1;
  }
  const targets = positionals.length ? positionals : listCourseFolders(resolve(io.cwd, 'courses'));
  if (!targets.length) {
    io.error(red('No courses found in courses/. Create one with `npm run new-course -- <id>`.'));
    return 1;
  }

  let contacts: ContactsFile | undefined;
  if (values.contacts) {
    const loaded = loadContactsFile(values.contacts, io.cwd);
    if (!loaded.contacts) {
      printProblems(
        io,
        `✖ ${values.contacts} cannot replace the support contacts: ${loaded.problems.length} problem${loaded.problems.length === 1 ? '' : 's'}`,
        loaded.problems,
      );
      io.error(red('\nNothing was written.'));
      return 1;
    }
    contacts = loaded.contacts;
  }

  const { ready, failed } = validateAll(targets, contacts, values.contacts ?? '', io);
  if (!ready.length) {
    io.error(
      red(
        `\n${failed} of ${targets.length} course${targets.length === 1 ? '' : 's'} failed validation. Nothing was written.`,
      ),
    );
    return 1;
  }

  // An explicit --player-dir is a player built elsewhere, so it is not rebuilt either.
  const playerDir = values['player-dir'] ? resolve(io.cwd, values['player-dir']) : join(REPO_ROOT, 'dist', 'player');
  if (!values['skip-build'] && !values['player-dir']) {
    io.log(dim('Building the player…'));
    const buildProblem = await buildPlayer(REPO_ROOT);
    if (buildProblem) {
      io.error(red(`${buildProblem}\nNothing was written.`));
      return 1;
    }
  }
  const missing = missingPlayerFiles(playerDir, display(io.cwd, playerDir));
  if (missing) {
    io.error(red(`${missing}\nNothing was written.`));
    return 1;
  }

  const outDir = resolve(io.cwd, values.out);
  await writePackages(ready, standards, playerDir, outDir, io);
  if (failed)
    io.error(
      red(
        `\n${failed} of ${targets.length} course${targets.length === 1 ? '' : 's'} failed validation and got no package.`,
      ),
    );
  return failed ? 1 : 0;
}

function validateAll(targets: string[], contacts: ContactsFile | undefined, contactsPath: string, io: CommandIo) {
  const ready: ReadyCourse[] = [];
  const folderById = new Map<string, string>();
  let failed = 0;
  for (const target of targets) {
    const folder = nodeCourseFolder(target, io.cwd);
    const { problems, courses } = validateCourseFolder(folder, courseChecks);
    const source = courses[0];
    const more = contacts && source ? replacementProblems(folder, source, contacts, contactsPath) : [];
    if (problems.length || more.length || !source) {
      failed += 1;
      const all = [...problems, ...more];
      printProblems(io, `✖ ${folder.path}: ${all.length} problem${all.length === 1 ? '' : 's'}`, all);
      continue;
    }
    // Package names come from the course id, so a second folder with the same id would overwrite the first's zips.
    const other = folderById.get(source.course.id);
    if (other) {
      failed += 1;
      io.error(
        red(
          `✖ ${folder.path}: ${other} already has the course id "${source.course.id}", and its packages would be overwritten. Give each course its own id.`,
        ),
      );
      continue;
    }
    folderById.set(source.course.id, folder.path);
    ready.push({ dir: resolve(io.cwd, target), languages: withContacts(courses, contacts) });
  }
  return { ready, failed };
}

function printProblems(io: CommandIo, heading: string, problems: Problem[]): void {
  io.error(red(heading));
  for (const problem of problems) io.error(`  ${formatProblemLine(problem)}`);
}

/** Writes every package, printing a line for each and a summary. */
async function writePackages(
  ready: ReadyCourse[],
  standards: ScormVersion[],
  playerDir: string,
  outDir: string,
  io: CommandIo,
): Promise<void> {
  const started = performance.now();
  let count = 0;
  let totalBytes = 0;
  for (const { dir, languages } of ready) {
    for (const validated of languages) {
      for (const standard of standards) {
        const name = packageFileName(validated.course, standard);
        const t0 = performance.now();
        const bytes = await packageCourse(validated, { standard, courseDir: dir, playerDir });
        const path = join(outDir, name);
        writeFileAtomic(path, bytes);
        count += 1;
        totalBytes += bytes.byteLength;
        io.log(
          `${green('✓')} ${display(io.cwd, path).padEnd(48)} ${kilobytes(bytes.byteLength).padStart(10)}  ${dim(`${Math.round(performance.now() - t0)} ms`)}`,
        );
      }
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  io.log(
    bold(
      `\n${count} package${count === 1 ? '' : 's'}, ${kilobytes(totalBytes)} in total, written in ${seconds} s to ${display(io.cwd, outDir)}/`,
    ),
  );
}

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
// Paths inside the project read best relative to it; anywhere else, in full.
function display(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  if (rel.startsWith('..') || isAbsolute(rel)) return path;
  return rel.split(sep).join('/') || '.';
}
