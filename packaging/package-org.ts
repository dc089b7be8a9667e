/**
 * The organisation a run packages for: its profile, validated as `npm run validate` checks
 * it, and what it asks to build. Without a profile of its own, a project still has the
 * tool's demo organisation, so `npx pss-scorm package` works in any folder that holds courses/.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCORM_VERSIONS, type ScormVersion } from '../src/scorm/scorm-version.ts';
import { listCourseFolders, nodeCourseFolder } from '../src/validator/node-folder.ts';
import { formatProblemLine, type Problem } from '../src/validator/problem.ts';
import { profileProblem, type ValidatedProfile, validateProfileFolder } from '../src/validator/validate-profile.ts';
import { plural, type Reporter } from './command-io.ts';
import type { PackageArgs } from './package-args.ts';

const TOOL_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The organisation's validated profile and its folder, or undefined when it cannot be used (the reason is printed). */
export function loadOrganisation(
  org: string,
  report: Reporter,
): { dir: string; profile: ValidatedProfile } | undefined {
  const { cwd } = report.io;
  const own = resolve(cwd, 'organisations', org);
  const dir = existsSync(own) || org !== 'demo' ? own : join(TOOL_ROOT, 'organisations', 'demo');
  if (!existsSync(dir)) {
    report.fail(
      `✖ There is no organisation "${org}": organisations/${org}/ does not exist. Copy organisations/demo to organisations/${org} and make it yours, as the README's guide for learning teams says.`,
    );
    return undefined;
  }
  const { problems, warnings, profile } = validateProfileFolder(nodeCourseFolder(dir, cwd));
  // The demo's warning says how to make a real profile: at the end of the run, where it cannot scroll away.
  for (const warning of warnings) report.warn(formatProblemLine(warning));
  if (!profile) {
    report.problems(`✖ organisations/${org}: ${plural(problems.length, 'problem')}`, problems);
    return undefined;
  }
  return { dir, profile };
}

/** The course folders to package: those given, else the profile's, else every folder in courses/. */
export function courseTargets(args: PackageArgs, validated: ValidatedProfile, cwd: string) {
  const missing: Problem[] = [];
  if (args.targets.length) return { targets: args.targets, missing };
  const listed = validated.profile.build.courses;
  if (!listed) return { targets: listCourseFolders(resolve(cwd, 'courses')), missing };
  const targets: string[] = [];
  listed.forEach((id, i) => {
    const dir = join('courses', id);
    if (existsSync(resolve(cwd, dir))) targets.push(dir);
    else missing.push(profileProblem(validated, ['build', 'courses', i], 'unknown-course', { id }));
  });
  return { targets, missing };
}

/** The standards to package: those given with --standard, else the profile's, else both. */
export function standardsFor(args: PackageArgs, validated: ValidatedProfile): ScormVersion[] {
  return args.standards ?? validated.profile.build.standards ?? [...SCORM_VERSIONS];
}
