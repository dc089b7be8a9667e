/**
 * `npm run validate [-- courses/<id> …] [--template <language>]`
 *
 * Checks every course in courses/ (or the folders given) and prints one line per valid
 * course and language, or every problem, sorted, as `file:line:col → path: message [rule-id]`.
 * Exits 0 when all is well and 1 when anything is wrong. It never writes a file.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { courseChecks } from '../validator/flow-check.ts';
import { listCourseFolders, nodeCourseFolder } from '../validator/node-folder.ts';
import { formatProblemLine } from '../validator/problem.ts';
import { translationTemplate } from '../validator/translations.ts';
import { validateCourseFolder } from '../validator/validate-course.ts';
import { courseSummary, green, red, runCommand } from './cli-output.ts';

const USAGE = 'Usage: npm run validate [-- courses/<id> …] [--template <language>]';

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
  const targets = parsed.positionals.length ? parsed.positionals : listCourseFolders(resolve('courses'));
  if (!targets.length) {
    console.error(red('No courses found in courses/. Create one with `npm run new-course -- <id>`.'));
    return 1;
  }

  let failed = 0;
  for (const target of targets) {
    const folder = nodeCourseFolder(target);
    const { problems, courses } = validateCourseFolder(folder, courseChecks);
    if (problems.length) {
      failed += 1;
      console.error(red(`✖ ${folder.path}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`));
      for (const problem of problems) console.error(`  ${formatProblemLine(problem)}`);
      continue;
    }
    for (const validated of courses) console.log(`${green('✓')} ${courseSummary(validated)}`);
    const source = courses[0];
    if (parsed.values.template && source) {
      const template = {
        language: parsed.values.template,
        sourceVersion: source.course.version,
        strings: translationTemplate(source.raw),
      };
      console.log(JSON.stringify(template, null, 2));
    }
  }
  if (failed)
    console.error(
      red(
        `\n${failed} of ${targets.length} course${targets.length === 1 ? '' : 's'} failed validation. Nothing was written.`,
      ),
    );
  return failed ? 1 : 0;
}

await runCommand(() => main(process.argv.slice(2)));
