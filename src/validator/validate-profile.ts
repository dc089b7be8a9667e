/**
 * Validates one organisation folder, `organisations/<id>/`: its profile.json against the
 * schema, then the profile's own rules. Like a course, it is read through a folder reader
 * and nothing is written; the CLI, the packager and the preview share it.
 */
import { profile as profileSchema } from '../course/profile-schema.ts';
import type { Profile } from '../course/types.ts';
import { type ErrorId, type ErrorParams, problemAt } from './error-catalogue.ts';
import type { JsonSource } from './json-source.ts';
import { formatPath, type JsonPath, type Problem, type Report, sortProblems } from './problem.ts';
import { PROFILE_RULES } from './profile-rules.ts';
import type { CourseFolder } from './validate-course.ts';
import { validateJsonFile } from './validate-file.ts';

/** A profile that passed every rule, with where its values are, for problems found later (when packaging). */
export interface ValidatedProfile {
  profile: Profile;
  /** profile.json as the author names it, such as `organisations/acme/profile.json`. */
  file: string;
  folder: CourseFolder;
  source: JsonSource;
}

export interface ProfileResult {
  /** Errors, sorted. Any error means the profile cannot be used. */
  problems: Problem[];
  warnings: Problem[];
  profile?: ValidatedProfile;
}

/** Whether a folder holds an organisation rather than a course: a profile.json, or a place in organisations/. */
export const isProfileFolder = (folder: CourseFolder) =>
  folder.exists('profile.json') || (!folder.exists('course.json') && /(?:^|\/)organisations\/[^/]+$/.test(folder.path));

export function validateProfileFolder(folder: CourseFolder): ProfileResult {
  const file = `${folder.path}/profile.json`;
  const text = folder.read('profile.json');
  if (text === undefined) {
    const place = { file, line: 1, column: 1, path: '' };
    return { problems: [problemAt(place, 'missing-profile', { folder: folder.path })], warnings: [] };
  }
  const parsed = validateJsonFile(file, text, profileSchema, { kind: 'profile' });
  if (!parsed.value || !parsed.source) return { problems: sortProblems(parsed.problems), warnings: [] };
  const source = parsed.source;
  const found: Problem[] = [];
  const report: Report = (path, rule, params) => found.push(problemAt(placeIn(file, source, path), rule, params));
  // Validated from inside its own folder ("."), the folder's name is not known here: the id stands.
  const folderName = folder.path === '.' ? parsed.value.id : (folder.path.split('/').at(-1) ?? folder.path);
  const context = {
    profile: parsed.value,
    folderName,
    folderPath: folder.path,
    report,
    fileExists: (p: string) => folder.exists(p),
    ...(folder.refusal ? { fileRefusal: (p: string) => folder.refusal!(p) } : {}),
  };
  for (const rule of PROFILE_RULES) rule(context);
  const problems = sortProblems(found.filter((p) => p.severity === 'error'));
  const warnings = sortProblems(found.filter((p) => p.severity === 'warning'));
  return {
    problems,
    warnings,
    ...(problems.length ? {} : { profile: { profile: parsed.value, file, folder, source } }),
  };
}

function placeIn(file: string, source: JsonSource, path: JsonPath) {
  return { file, ...source.locate(path), path: formatPath(path) };
}

/** A problem at a path of a validated profile, found after validation (by the packager). */
export function profileProblem<Id extends ErrorId>(
  validated: ValidatedProfile,
  path: JsonPath,
  rule: Id,
  params: ErrorParams<Id>,
): Problem {
  return problemAt(placeIn(validated.file, validated.source, path), rule, params);
}
