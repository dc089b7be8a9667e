/** The SCORM versions the packager writes, with the names used in file names and on the command line. */
import type { Standard } from '../src/tracking/tracker.ts';

/** A standard a package can target. `standalone` is the player's own mode, never packaged. */
export type PackageStandard = Exclude<Standard, 'standalone'>;

export const PACKAGE_STANDARDS: readonly PackageStandard[] = ['scorm12', 'scorm2004'];

/** How people name the standards in messages and manifests. */
export const STANDARD_LABELS: Record<PackageStandard, string> = {
  scorm12: 'SCORM 1.2',
  scorm2004: 'SCORM 2004 4th Edition',
};

/**
 * Reads a `--standard` value.
 * @example parseStandards('all') // ['scorm12', 'scorm2004']
 */
export function parseStandards(value: string): PackageStandard[] | undefined {
  if (value === 'all') return [...PACKAGE_STANDARDS];
  return (PACKAGE_STANDARDS as readonly string[]).includes(value) ? [value as PackageStandard] : undefined;
}
