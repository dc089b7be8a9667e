/**
 * Organisations for tests: the test profiles in tests/fixtures/organisations (lakeside,
 * left to right, English; oasis, right to left, Arabic and English) and the repo's demo,
 * validated exactly as packaging validates them, and in one language as a package carries them.
 */
import { join } from 'node:path';
import type { PackageInput } from '../../packaging/course-zip.ts';
import { organisationFiles } from '../../packaging/organisation-files.ts';
import type { Course, Organisation } from '../../src/course/types.ts';
import { nodeCourseFolder } from '../../src/validator/node-folder.ts';
import { formatProblem } from '../../src/validator/problem.ts';
import { organisationIn } from '../../src/validator/profile-language.ts';
import { type ValidatedProfile, validateProfileFolder } from '../../src/validator/validate-profile.ts';

const ROOT = join(import.meta.dirname, '..', '..');

export type TestOrganisation = 'lakeside' | 'oasis' | 'demo';

/** Where an organisation's folder is, relative to the repo. */
export const organisationDir = (id: TestOrganisation) =>
  id === 'demo' ? 'organisations/demo' : `tests/fixtures/organisations/${id}`;

/** A profile, validated; throws with the problems when it is invalid. */
export function loadProfile(id: TestOrganisation): ValidatedProfile {
  const { problems, profile } = validateProfileFolder(nodeCourseFolder(organisationDir(id), ROOT));
  if (!profile) throw new Error(problems.map(formatProblem).join('\n'));
  return profile;
}

/** The test profile that has a language: oasis for Arabic, lakeside otherwise. */
const defaultFor = (language: string): TestOrganisation => (language === 'ar' ? 'oasis' : 'lakeside');

/**
 * The organisation in one language, its logo at its path in the profile folder. By
 * default the test profile that has the language: oasis for Arabic, lakeside otherwise.
 */
export function organisationFor(language: string, id?: TestOrganisation): Organisation {
  const chosen = id ?? defaultFor(language);
  const { profile } = loadProfile(chosen);
  return organisationIn(profile, language, profile.logo?.src);
}

/**
 * What packaging zips for one course language: the course, the organisation in its
 * language, and the organisation's files (its logo), exactly as `npm run package` makes them.
 */
export function packageInputFor(validated: { course: Course }, id?: TestOrganisation): PackageInput {
  const chosen = id ?? defaultFor(validated.course.language);
  const { organisation, files } = organisationFiles(
    loadProfile(chosen),
    join(ROOT, organisationDir(chosen)),
    validated.course.language,
  );
  return { course: validated.course, organisation, organisationFiles: files };
}
