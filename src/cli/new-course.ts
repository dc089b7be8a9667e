/**
 * `npm run new-course -- <id> [--title "…"] [--language en]`
 *
 * Creates courses/<id>/ with a minimal valid course, checks it with the validator, and
 * never overwrites an existing folder. Support contacts come from organisation profiles.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { LANGUAGE_TAG } from '../course/language.ts';
import { courseChecks } from '../validator/flow-check.ts';
import { nodeCourseFolder } from '../validator/node-folder.ts';
import { formatProblemLine } from '../validator/problem.ts';
import { validateCourseFolder } from '../validator/validate-course.ts';
import { green, red, runCommand } from './cli-output.ts';
import { starterCourse } from './starter-course.ts';

const USAGE = 'Usage: npm run new-course -- <id> [--title "Course title"] [--language en]';

function main(argv: string[]): number {
  const parsed = (() => {
    try {
      return parseArgs({
        args: argv,
        allowPositionals: true,
        options: {
          title: { type: 'string' },
          language: { type: 'string', default: 'en' },
          dir: { type: 'string', default: 'courses' },
        },
      });
    } catch (error) {
      console.error(red(`${(error as Error).message}\n${USAGE}`));
      return undefined;
    }
  })();
  if (!parsed) return 1;
  const [id, ...extra] = parsed.positionals;
  if (!id || extra.length) {
    console.error(red(`Give one course id.\n${USAGE}`));
    return 1;
  }
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) || id.length > 64) {
    console.error(
      red(
        `"${id}" is not a valid course id. Use lower-case letters, digits and single hyphens, such as "coping-skills".`,
      ),
    );
    return 1;
  }
  const language = parsed.values.language!;
  if (!LANGUAGE_TAG.test(language)) {
    console.error(red(`"${language}" is not a BCP 47 language tag. Use one such as "en", "fr" or "ar".`));
    return 1;
  }
  const target = resolve(parsed.values.dir!, id);
  if (existsSync(target)) {
    console.error(red(`${join(parsed.values.dir!, id)} already exists. Choose another id, or edit that course.`));
    return 1;
  }
  // Write into a temporary folder and rename, so a failure never leaves half a course behind.
  const staging = `${target}.tmp-${process.pid}`;
  mkdirSync(staging, { recursive: true });
  try {
    const title = parsed.values.title ?? id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
    // "$schema" points at the repo root's schema files, wherever the course folder is.
    const schemaDir = relative(target, process.cwd()).split(sep).join('/');
    writeFileSync(
      join(staging, 'course.json'),
      `${JSON.stringify(starterCourse(id, title, language, schemaDir), null, 2)}\n`,
    );
    renameSync(staging, target);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  const { problems, courses } = validateCourseFolder(nodeCourseFolder(target), courseChecks);
  if (problems.length) {
    for (const problem of problems) console.error(formatProblemLine(problem));
    return 1;
  }
  const shown = join(parsed.values.dir!, id);
  console.log(`${green('✓')} created ${shown}/course.json (${courses[0]!.estimate.minutes} min so far)`);
  console.log(`  Preview it with \`npm run dev\`, check it with \`npm run validate -- ${shown}\`.`);
  return 0;
}

await runCommand(() => main(process.argv.slice(2)));
