/**
 * `npm run package [-- courses/<id> …] [--standard scorm12|scorm2004|all] [--out <dir>]
 *  [--contacts <file>] [--skip-build] [--player-dir <dir>]`
 *
 * Validates the courses, builds the player once, and writes one zip per course, language
 * and standard. A course with problems gets its messages and no zip; the exit code is 1.
 * Each step is its own function, so a new option (such as `--org`) changes one of them.
 */
import { resolve } from 'node:path';
import { listCourseFolders } from '../src/validator/node-folder.ts';
import { type CommandIo, createReporter, defaultIo, plural } from './command-io.ts';
import { parsePackageArgs } from './package-args.ts';
import { loadReplacementContacts, validateCourses } from './package-validate.ts';
import { preparePlayer, printSummary, writePackages } from './package-write.ts';

export type { CommandIo } from './command-io.ts';

/** Runs the package command and returns its exit code. */
export async function runPackage(argv: string[], io: CommandIo = defaultIo): Promise<number> {
  const report = createReporter(io);
  const parsed = parsePackageArgs(argv);
  if ('error' in parsed) {
    report.fail(parsed.error);
    return 1;
  }
  const { args } = parsed;
  const targets = args.targets.length ? args.targets : listCourseFolders(resolve(io.cwd, 'courses'));
  if (!targets.length) {
    report.fail('No courses found in courses/. Create one with `npm run new-course -- <id>`.');
    return 1;
  }

  report.progress(`Validating ${plural(targets.length, 'course')}…`);
  const contacts = loadReplacementContacts(args.contacts, report);
  if (contacts === false) {
    report.fail('\nNothing was written.');
    return 1;
  }
  const { ready, failed } = validateCourses(targets, contacts, args.contacts ?? '', report);
  const failedLine = `${failed} of ${plural(targets.length, 'course')} failed validation`;
  if (!ready.length) {
    report.flushWarnings();
    report.fail(`\n${failedLine}. Nothing was written.`);
    return 1;
  }

  const playerDir = await preparePlayer(args, report);
  if (!playerDir) return 1;
  const outDir = resolve(io.cwd, args.out);
  const written = await writePackages(ready, args.standards, playerDir, outDir, report);
  report.flushWarnings();
  if (failed) report.fail(`\n${failedLine} and got no package.`);
  printSummary(written, outDir, report);
  return failed || written.failed ? 1 : 0;
}
