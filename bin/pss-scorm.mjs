#!/usr/bin/env node
/**
 * The `pss-scorm` command: `npx pss-scorm <command> [arguments]`, run from a folder that
 * holds courses/. Each command is the same TypeScript file its `npm run` script runs,
 * loaded in this process through tsx's loader, so there is no second Node process to start
 * and the first line of output comes sooner.
 */
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const COMMANDS = {
  package: ['../packaging/main.ts', 'validate every course and write its SCORM 1.2 and 2004 zips'],
  check: ['../packaging/check/main.ts', 'verify built zips as an LMS would meet them'],
  validate: ['../src/cli/validate.ts', 'check courses without writing anything'],
  'new-course': ['../src/cli/new-course.ts', 'start a new, valid course in courses/<id>'],
  xliff: ['../src/cli/xliff.ts', 'export a course to XLIFF 2.0 for translators, or import it back'],
};

const [name, ...rest] = process.argv.slice(2);
const command = Object.hasOwn(COMMANDS, name ?? '') ? COMMANDS[name] : undefined;
if (!command) {
  const width = Math.max(...Object.keys(COMMANDS).map((key) => key.length));
  const list = Object.entries(COMMANDS).map(([key, [, what]]) => `  ${key.padEnd(width)}  ${what}`);
  console.error(
    `${name ? `"${name}" is not a pss-scorm command.\n` : ''}Usage: pss-scorm <command> [arguments]\n\n${list.join('\n')}`,
  );
  process.exitCode = 1;
} else {
  // The tool's own tsconfig (Preact's JSX), whatever folder the command runs from.
  register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
  // The command reads its arguments from process.argv, as it does under `npm run`.
  process.argv = [process.argv[0], fileURLToPath(new URL(command[0], import.meta.url)), ...rest];
  await import(command[0]);
}
