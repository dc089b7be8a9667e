/**
 * The package command's arguments, parsed and checked before anything is read or built.
 * A new option (organisation profiles will add `--org <id>`) is one entry in OPTIONS and
 * one field in PackageArgs.
 */
import { parseArgs } from 'node:util';
import { parseScormVersions, type ScormVersion } from '../src/scorm/scorm-version.ts';

export const PACKAGE_USAGE =
  'Usage: npm run package [-- courses/<id> …] [--standard scorm12|scorm2004|all] [--out <dir>] [--contacts <file>] [--skip-build] [--player-dir <dir>]';

const OPTIONS = {
  standard: { type: 'string', default: 'all' },
  out: { type: 'string', default: 'dist/packages' },
  contacts: { type: 'string' },
  'skip-build': { type: 'boolean', default: false },
  'player-dir': { type: 'string' },
} as const;

export interface PackageArgs {
  /** Course folders as given, or empty for every folder in courses/. */
  targets: string[];
  standards: ScormVersion[];
  out: string;
  contacts?: string;
  skipBuild: boolean;
  playerDir?: string;
}

/** The arguments, or the one message saying what is wrong with them (usage included). */
export function parsePackageArgs(argv: string[]): { args: PackageArgs } | { error: string } {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: typeof OPTIONS }>>;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    return { error: `${(error as Error).message}\n${PACKAGE_USAGE}` };
  }
  const { values, positionals } = parsed;
  const standards = parseScormVersions(values.standard);
  if (!standards)
    return { error: `--standard must be scorm12, scorm2004 or all, not "${values.standard}".\n${PACKAGE_USAGE}` };
  return {
    args: {
      targets: positionals,
      standards,
      out: values.out,
      ...(values.contacts !== undefined ? { contacts: values.contacts } : {}),
      skipBuild: values['skip-build'],
      ...(values['player-dir'] !== undefined ? { playerDir: values['player-dir'] } : {}),
    },
  };
}
