/**
 * Validates a manifest with xmllint against the schema files shipped in the package.
 * xmllint is given a small wrapper schema that imports every namespace the manifest uses,
 * each with its file: validating against imscp_*.xsd alone skips the ADL and IMSSS parts
 * (lax wildcards in 2004) or fails on them (strict wildcards in 1.2).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ScormVersion } from '../../src/scorm/scorm-version.ts';

// Written out here from SCORM-NOTES.md, not imported from the packager, so a wrong namespace there is caught.
export const WRAPPER_IMPORTS: Record<ScormVersion, Record<string, string>> = {
  scorm12: {
    'http://www.imsproject.org/xsd/imscp_rootv1p1p2': 'imscp_rootv1p1p2.xsd',
    'http://www.adlnet.org/xsd/adlcp_rootv1p2': 'adlcp_rootv1p2.xsd',
    'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1': 'imsmd_rootv1p2p1.xsd',
  },
  scorm2004: {
    'http://www.imsglobal.org/xsd/imscp_v1p1': 'imscp_v1p1.xsd',
    'http://www.adlnet.org/xsd/adlcp_v1p3': 'adlcp_v1p3.xsd',
    'http://www.adlnet.org/xsd/adlseq_v1p3': 'adlseq_v1p3.xsd',
    'http://www.adlnet.org/xsd/adlnav_v1p3': 'adlnav_v1p3.xsd',
    'http://www.imsglobal.org/xsd/imsss': 'imsss_v1p0.xsd',
  },
};

export function wrapperSchema(imports: Record<string, string>): string {
  const lines = Object.entries(imports).map(
    ([ns, file]) => `  <xs:import namespace="${ns}" schemaLocation="${file}"/>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">\n${lines.join('\n')}\n</xs:schema>\n`;
}

export interface XsdResult {
  valid: boolean;
  /** xmllint's report, without the harmless ims_xml.xsd warning about the xml namespace. */
  errors: string[];
}

/**
 * Writes `files` (the unzipped package) to a temp folder, adds the wrapper schema and runs
 * xmllint on `manifest`. Throws when xmllint is missing: the check must never pass silently.
 */
export function validateManifest(
  files: ReadonlyMap<string, Uint8Array | string>,
  manifest: string,
  imports: Record<string, string>,
): XsdResult {
  const dir = mkdtempSync(join(tmpdir(), 'pss-xsd-'));
  try {
    for (const [name, content] of files) if (!name.includes('/')) writeFileSync(join(dir, name), content);
    writeFileSync(join(dir, 'wrapper.xsd'), wrapperSchema(imports));
    writeFileSync(join(dir, 'imsmanifest.xml'), manifest);
    const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', 'wrapper.xsd', 'imsmanifest.xml'], {
      cwd: dir,
      encoding: 'utf8',
    });
    if (run.error)
      throw new Error(`xmllint could not run (${run.error.message}). Install it: apt-get install libxml2-utils`);
    const errors = run.stderr
      .split('\n')
      .filter((line) => /error|fails to validate/i.test(line) && !line.startsWith('ims_xml.xsd'));
    return { valid: run.status === 0, errors };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
