/** Picks the manifest writer for a standard. */
import { buildScorm12Manifest } from './manifest-scorm12.ts';
import { buildScorm2004Manifest } from './manifest-scorm2004.ts';
import type { ManifestInput } from './manifest-xml.ts';
import type { PackageStandard } from './standards.ts';

/**
 * imsmanifest.xml for one course language and one standard.
 * @example buildManifest('scorm12', { course, files: ['index.html', 'player.js'] })
 */
export function buildManifest(standard: PackageStandard, input: ManifestInput): string {
  return standard === 'scorm12' ? buildScorm12Manifest(input) : buildScorm2004Manifest(input);
}

export type { ManifestInput };
