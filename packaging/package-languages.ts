/**
 * Which languages of a course an organisation gets packages in. Each language needs the
 * profile's contacts in that language, never another's, and every contacts block of the
 * course must find contacts of the kinds it shows. A language that fails gets its
 * messages and no package; the course's other languages still get theirs.
 */

import { problemAt } from '../src/validator/error-catalogue.ts';
import { parseJsonSource } from '../src/validator/json-source.ts';
import { formatPath, type Problem } from '../src/validator/problem.ts';
import { hasLanguage } from '../src/validator/profile-language.ts';
import { emptyContactsBlocks } from '../src/validator/rule-structure.ts';
import type { ValidatedCourse } from '../src/validator/validate-course.ts';
import { profileProblem, type ValidatedProfile } from '../src/validator/validate-profile.ts';
import { plural, type Reporter } from './command-io.ts';
import type { ReadyCourse } from './package-validate.ts';

/** Why the organisation cannot have this course language, or nothing when it can. */
function languageProblems(ready: ReadyCourse, validated: ValidatedCourse, org: ValidatedProfile): Problem[] {
  const { course } = validated;
  const { profile } = org;
  if (!hasLanguage(profile, course.language))
    return [
      profileProblem(org, ['contacts'], 'no-contacts-in-language', { language: course.language, course: ready.label }),
    ];
  // Every language shares the source's blocks, so the source file shows where each one is.
  const file = `${ready.label}/course.json`;
  const located = parseJsonSource(file, ready.folder.read('course.json') ?? '').source;
  return emptyContactsBlocks(course, profile.contacts[course.language]!).map(({ path, kinds }) =>
    problemAt({ file, ...(located?.locate(path) ?? { line: 1, column: 1 }), path: formatPath(path) }, 'no-contacts', {
      kinds,
      profile: org.file,
      language: course.language,
    }),
  );
}

/** The languages of a course to package for the organisation; prints why any is refused. */
export function languagesFor(
  ready: ReadyCourse,
  org: ValidatedProfile,
  report: Reporter,
): { languages: ValidatedCourse[]; failed: number } {
  const wanted = org.profile.build.languages;
  const languages: ValidatedCourse[] = [];
  let failed = 0;
  for (const validated of ready.languages) {
    const { language } = validated.course;
    if (wanted && !wanted.includes(language)) continue;
    const problems = languageProblems(ready, validated, org);
    if (!problems.length) {
      languages.push(validated);
      continue;
    }
    failed += 1;
    report.problems(
      `✖ ${ready.label} (${language}) for ${org.profile.id}: ${plural(problems.length, 'problem')}`,
      problems,
    );
  }
  return { languages, failed };
}
