/** The SCORM versions: what the packager writes, what the tracker speaks, and how people name them. */

/** A SCORM version a package targets and a tracker speaks. */
export type ScormVersion = 'scorm12' | 'scorm2004';

/** How the player records progress: through an LMS speaking a SCORM version, or in this browser alone. */
export type TrackingMode = ScormVersion | 'standalone';

export const SCORM_VERSIONS: readonly ScormVersion[] = ['scorm12', 'scorm2004'];

/** How people name the versions in messages and manifests. */
export const SCORM_LABELS: Record<ScormVersion, string> = {
  scorm12: 'SCORM 1.2',
  scorm2004: 'SCORM 2004 4th Edition',
};

/**
 * Reads a `--standard` value.
 * @example parseScormVersions('all') // ['scorm12', 'scorm2004']
 */
export function parseScormVersions(value: string): ScormVersion[] | undefined {
  if (value === 'all') return [...SCORM_VERSIONS];
  return (SCORM_VERSIONS as readonly string[]).includes(value) ? [value as ScormVersion] : undefined;
}

/**
 * The short name of a version, for notices and logs.
 * @example scormName('scorm2004') // 'SCORM 2004'
 */
export const scormName = (version: ScormVersion): string => (version === 'scorm12' ? 'SCORM 1.2' : 'SCORM 2004');
