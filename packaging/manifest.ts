/** Picks the manifest writer for a standard. */

import type { ScormVersion } from '../src/scorm/scorm-version.ts';
import { buildScorm12Manifest } from './manifest-scorm12.ts';
import { buildScorm2004Manifest } from './manifest-scorm2004.ts';
import type { ManifestInput } from './manifest-xml.ts';

/**
 * imsmanifest.xml for one course language and one standard.
 * @example buildManifest('scorm12', { course, files: ['index.html', 'player.js'] })
 */
export function buildManifest(standard: ScormVersion, input: ManifestInput): string {
  return standard === 'scorm12' ? buildScorm12Manifest(input) : buildScorm2004Manifest(input);
}

export type { ManifestInput };
