/**
 * `npm run package [-- courses/<id> …] [--org <id>] [--standard scorm12|scorm2004|all]
 *  [--out <dir>] [--skip-build] [--player-dir <dir>]`
 *
 * Validates the organisation's profile (the demo by default) and the courses, builds the
 * player once, and writes one zip per course, language and standard into <out>/<org>/.
 * A profile with problems stops everything; a course or a language with problems gets its
 * messages and no zip, and the exit code is 1. Each step is its own function.
 */
import { resolve } from 'node:path';
import { type CommandIo, createReporter, defaultIo, plural } from './command-io.ts';
import { parsePackageArgs } from './package-args.ts';
import { languagesFor } from './package-languages.ts';
import { courseTargets, loadOrganisation, standardsFor } from './package-org.ts';
import { type ReadyCourse, validateCourses } from './package-validate.ts';
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
  const org = loadOrganisation(args.org, report);
  if (!org) {
    report.flushWarnings();
    report.fail('\nNothing was written.');
    return 1;
  }
  const { targets, missing } = courseTargets(args, org.profile, io.cwd);
  if (missing.length) report.problems(`✖ ${org.profile.file}: ${plural(missing.length, 'problem')}`, missing);
  if (!targets.length && !missing.length) {
    report.fail('No courses found in courses/. Create one with `npm run new-course -- <id>`.');
    return 1;
  }

  report.progress(`Validating ${plural(targets.length, 'course')} for ${org.profile.profile.id}…`);
  const validated = validateCourses(targets, report);
  const failed = validated.failed + missing.length;
  const planned: ReadyCourse[] = [];
  let failedLanguages = 0;
  for (const ready of validated.ready) {
    const chosen = languagesFor(ready, org.profile, report);
    failedLanguages += chosen.failed;
    if (chosen.languages.length) planned.push({ ...ready, languages: chosen.languages });
  }
  const failedLines = [
    failed ? `${failed} of ${plural(targets.length + missing.length, 'course')} failed validation` : '',
    failedLanguages
      ? `${plural(failedLanguages, 'course language')} could not be packaged for ${org.profile.profile.id}`
      : '',
  ].filter(Boolean);
  if (!planned.length) {
    report.flushWarnings();
    const why = failedLines.join('; ') || `${org.profile.file} asks for no language these courses have`;
    report.fail(`\n${why}. Nothing was written.`);
    return 1;
  }

  const playerDir = await preparePlayer(args, report);
  if (!playerDir) return 1;
  const outDir = resolve(io.cwd, args.out, org.profile.profile.id);
  const standards = standardsFor(args, org.profile);
  const written = await writePackages(planned, standards, playerDir, outDir, org, report);
  report.flushWarnings();
  if (failedLines.length) report.fail(`\n${failedLines.map((line) => `${line} and got no package.`).join('\n')}`);
  printSummary(written, outDir, report);
  return failedLines.length || written.failed ? 1 : 0;
}
