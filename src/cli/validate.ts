/**
 * `npm run validate [-- courses/<id> | organisations/<id> …] [--template <language>]`
 *
 * Checks every course in courses/ and every organisation profile in organisations/ (or the
 * folders given) and prints one line per valid course language or profile, or every problem,
 * sorted, as `file:line:col → path: message [rule-id]`.
 * Warnings follow the errors, in the same form; they never change the exit code.
 * Exits 0 when all is well and 1 when anything is wrong. It never writes a file.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { courseChecks } from '../validator/flow-check.ts';
import { listCourseFolders, nodeCourseFolder } from '../validator/node-folder.ts';
import { formatProblemLine, type Problem } from '../validator/problem.ts';
import { translationTemplate } from '../validator/translations.ts';
import { type CourseFolder, type FolderResult, validateCourseFolder } from '../validator/validate-course.ts';
import { isProfileFolder, validateProfileFolder } from '../validator/validate-profile.ts';
import { courseSummary, green, profileSummary, red, runCommand, yellow } from './cli-output.ts';

const USAGE = 'Usage: npm run validate [-- courses/<id> | organisations/<id> …] [--template <language>]';

/** What validating one folder found, and the lines to print when it is valid. */
function validateFolder(folder: CourseFolder): Pick<FolderResult, 'problems' | 'warnings'> & { valid: string[] } {
  if (isProfileFolder(folder)) {
    const { problems, warnings, profile } = validateProfileFolder(folder);
    return { problems, warnings, valid: profile ? [profileSummary(profile.file, profile.profile)] : [] };
  }
  const { problems, warnings, courses } = validateCourseFolder(folder, courseChecks);
  return { problems, warnings, valid: courses.map(courseSummary) };
}

function main(argv: string[]): number {
  const parsed = (() => {
    try {
      return parseArgs({ args: argv, allowPositionals: true, options: { template: { type: 'string' } } });
    } catch (error) {
      console.error(red(`${(error as Error).message}\n${USAGE}`));
      return undefined;
    }
  })();
  if (!parsed) return 1;
  const targets = parsed.positionals.length
    ? parsed.positionals
    : [...listCourseFolders(resolve('courses')), ...listCourseFolders(resolve('organisations'))];
  if (!targets.length) {
    console.error(red('No courses found in courses/. Create one with `npm run new-course -- <id>`.'));
    return 1;
  }

  let failed = 0;
  const kinds = new Set<string>();
  const warned: { folder: string; warnings: Problem[] }[] = [];
  for (const target of targets) {
    const folder = nodeCourseFolder(target);
    kinds.add(isProfileFolder(folder) ? 'profile' : 'course');
    const { problems, warnings, valid } = validateFolder(folder);
    if (warnings.length) warned.push({ folder: folder.path, warnings });
    if (problems.length) {
      failed += 1;
      console.error(red(`✖ ${folder.path}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`));
      for (const problem of problems) console.error(`  ${formatProblemLine(problem)}`);
      continue;
    }
    for (const line of valid) console.log(`${green('✓')} ${line}`);
    const source = parsed.values.template ? validateCourseFolder(folder).courses[0] : undefined;
    if (parsed.values.template && source) {
      const template = {
        language: parsed.values.template,
        sourceVersion: source.course.version,
        strings: translationTemplate(source.raw),
      };
      console.log(JSON.stringify(template, null, 2));
    }
  }
  for (const { folder, warnings } of warned) {
    console.error(yellow(`⚠ ${folder}: ${warnings.length} warning${warnings.length === 1 ? '' : 's'}`));
    for (const warning of warnings) console.error(`  ${formatProblemLine(warning)}`);
  }
  const noun = kinds.size === 1 ? [...kinds][0]! : 'folder';
  if (failed)
    console.error(
      red(
        `\n${failed} of ${targets.length} ${noun}${targets.length === 1 ? '' : 's'} failed validation. Nothing was written.`,
      ),
    );
  return failed ? 1 : 0;
}

await runCommand(() => main(process.argv.slice(2)));
