/**
 * The package command's arguments, parsed and checked before anything is read or built.
 * A new option is one entry in OPTIONS and one field in PackageArgs.
 */
import { parseArgs } from 'node:util';
import { parseScormVersions, type ScormVersion } from '../src/scorm/scorm-version.ts';

export const PACKAGE_USAGE =
  'Usage: npm run package [-- courses/<id> …] [--org <id>] [--standard scorm12|scorm2004|all] [--out <dir>] [--skip-build] [--player-dir <dir>]';

const OPTIONS = {
  org: { type: 'string', default: 'demo' },
  standard: { type: 'string' },
  out: { type: 'string', default: 'dist/packages' },
  'skip-build': { type: 'boolean', default: false },
  'player-dir': { type: 'string' },
} as const;

export interface PackageArgs {
  /** Course folders as given, or empty for the profile's courses (every folder in courses/ by default). */
  targets: string[];
  /** The organisation's id: its profile is organisations/<id>/profile.json. */
  org: string;
  /** Standards given with --standard; undefined leaves the choice to the profile (both by default). */
  standards?: ScormVersion[];
  /** Where each organisation's folder of zips goes. */
  out: string;
  skipBuild: boolean;
  playerDir?: string;
}

/** The arguments, or the one message saying what is wrong with them (usage included). */
export function parsePackageArgs(argv: string[]): { args: PackageArgs } | { error: string } {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: typeof OPTIONS }>>;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    const message = (error as Error).message;
    // The option that profiles replaced gets a pointer to its successor rather than a bare "unknown option".
    if (/'--contacts'/.test(message))
      return {
        error: `--contacts is gone: contacts now come from an organisation profile. Package with --org <id> (organisations/<id>/profile.json).\n${PACKAGE_USAGE}`,
      };
    return { error: `${message}\n${PACKAGE_USAGE}` };
  }
  const { values, positionals } = parsed;
  const standards = values.standard === undefined ? undefined : parseScormVersions(values.standard);
  if (values.standard !== undefined && !standards)
    return { error: `--standard must be scorm12, scorm2004 or all, not "${values.standard}".\n${PACKAGE_USAGE}` };
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(values.org))
    return { error: `--org takes an organisation id such as "demo", not "${values.org}".\n${PACKAGE_USAGE}` };
  return {
    args: {
      targets: positionals,
      org: values.org,
      ...(standards ? { standards } : {}),
      out: values.out,
      skipBuild: values['skip-build'],
      ...(values['player-dir'] !== undefined ? { playerDir: values['player-dir'] } : {}),
    },
  };
}
