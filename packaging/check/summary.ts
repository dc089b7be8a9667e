/** The check's one-screen summary of a package: what it is, who it is for, and how it fared. */

import { green, red } from '../../src/cli/cli-output.ts';
import { kilobytes, plural } from '../command-io.ts';
import type { CheckArea, CheckResult } from './check-package.ts';
import type { OpenedPackage } from './read-package.ts';

const AREAS: Record<CheckArea, string> = {
  zip: 'zip',
  schema: 'manifest against the SCORM schemas',
  files: 'files, paths and references',
  launch: 'launch in Chromium with the built-in LMS',
};

const STANDARD_NAMES = { scorm12: 'SCORM 1.2', scorm2004: 'SCORM 2004' } as const;

/** The organisation the package was made for, and whether it is the demo, whose contacts reach nobody. */
function organisation(opened: OpenedPackage): string {
  const org = opened.bundle?.organisation;
  if (!org) return '?';
  const demo = org.demo ? ' (demo contacts: replace them before publishing)' : '';
  return `${org.name} [${org.id}]${demo}`;
}

/** Who the LMS team calls about the package, from the organisation's profile. */
function support(opened: OpenedPackage): string {
  const help = opened.bundle?.organisation.technicalSupport;
  if (!help) return '?';
  return [help.name, help.phone, help.email, help.url].filter(Boolean).join(', ');
}

/** The lines printed for one package: a heading, then its facts, then its problems. */
export function summaryLines(label: string, opened: OpenedPackage, result: CheckResult): string[] {
  const { manifest, bundle } = opened;
  const course = bundle?.course;
  const fileCount = [...opened.files.keys()].filter((path) => !path.endsWith('/')).length;
  const rows: Array<[string, string]> = [
    ['course', course ? `${course.id} ${course.version}: ${course.title}` : '?'],
    ['language', course?.language ?? '?'],
    ['standard', manifest ? `${STANDARD_NAMES[manifest.standard]} (schemaversion "${manifest.schemaVersion}")` : '?'],
    ['organisation', organisation(opened)],
    ['support', support(opened)],
    ['size', `${kilobytes(opened.bytes)}, ${plural(fileCount, 'file')}`],
    [
      'identifiers',
      manifest
        ? [
            `manifest ${manifest.identifier}`,
            manifest.organization && `organization ${manifest.organization.identifier}`,
            manifest.item && `item ${manifest.item}`,
            manifest.resource && `resource ${manifest.resource.identifier} → ${manifest.resource.href}`,
          ]
            .filter(Boolean)
            .join(', ')
        : '?',
    ],
  ];
  const failed = result.problems.length > 0;
  const heading = failed ? red(`✖ ${label}: ${plural(result.problems.length, 'problem')}`) : `${green('✓')} ${label}`;
  const lines = [heading, ...rows.map(([name, value]) => `  ${name.padEnd(13)} ${value}`)];
  for (const area of Object.keys(AREAS) as CheckArea[]) {
    const found = result.problems.filter((problem) => problem.area === area);
    const status = result.skipped.includes(area) ? 'not checked' : found.length ? red('✖') : green('✓');
    lines.push(`  ${(area === 'zip' ? 'checks' : '').padEnd(13)} ${status} ${AREAS[area]}`);
    for (const problem of found) lines.push(`${' '.repeat(18)}- ${problem.text}`);
  }
  return lines;
}
