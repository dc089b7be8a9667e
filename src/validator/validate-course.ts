/**
 * Validates one course folder: course.json, its contacts file, its translations, and
 * every rule that ties them together. It reads files through `CourseFolder`, so the
 * CLI, the packager and the preview share it, and it never writes anything.
 */
import { contactsFile, course as courseSchema } from '../course/course-schema.ts';
import { translationFile } from '../course/translation-schema.ts';
import type { ContactsFile, Course } from '../course/types.ts';
import { type Estimate, estimateAgrees, estimateCourse } from './estimate.ts';
import { formatPath, type JsonPath, type Problem, sortProblems } from './problem.ts';
import { assetFiles, unsafePathReason } from './rule-assets.ts';
import type { Rule, RuleContext } from './rule-context.ts';
import { objectiveReferences, uniqueIds } from './rule-ids.ts';
import { interfaceLanguage } from './rule-language.ts';
import { correctAnswers } from './rule-questions.ts';
import { scenarioGraphs } from './rule-scenarios.ts';
import { assessmentRules, contactKinds, imageText, planSources, sensitivePages } from './rule-structure.ts';
import { foundText, messageFor, suggest } from './schema-messages.ts';
import { applyTranslation, extractStrings } from './translations.ts';
import { validateJsonFile } from './validate-file.ts';

/** Read access to a course folder. Paths are relative to the folder and use "/". */
export interface CourseFolder {
  /** The folder as the author would type it, such as `courses/self-care`. */
  path: string;
  read(relativePath: string): string | undefined;
  exists(relativePath: string): boolean;
  /** File names directly inside a sub-folder, or [] when it does not exist. */
  list(relativeFolder: string): string[];
}

/** One playable language of a validated course. */
export interface ValidatedCourse {
  course: Course;
  contacts: ContactsFile;
  estimate: Estimate;
  /** The file this language came from: course.json or i18n/<lang>.json. */
  file: string;
  /** The raw JSON the course was parsed from, as packaging and the preview need it. */
  raw: unknown;
}

export const RULES: Rule[] = [
  uniqueIds,
  objectiveReferences,
  correctAnswers,
  scenarioGraphs,
  assetFiles,
  imageText,
  planSources,
  assessmentRules,
  sensitivePages,
  contactKinds,
  interfaceLanguage,
  estimateAgrees,
];

/** Extra checks that other parts of the project add, such as the engine's reachability analysis. They run once the rules pass. */
export type CourseCheck = (course: Course, report: (path: JsonPath, rule: string, message: string) => void) => void;

export function validateCourseFolder(
  folder: CourseFolder,
  extraChecks: CourseCheck[] = [],
): { problems: Problem[]; courses: ValidatedCourse[] } {
  const file = `${folder.path}/course.json`;
  const text = folder.read('course.json');
  if (text === undefined) {
    return {
      problems: [
        {
          file,
          line: 1,
          column: 1,
          path: '',
          rule: 'missing-course',
          message: `there is no course.json in ${folder.path}. Create one with \`npm run new-course -- <id>\``,
        },
      ],
      courses: [],
    };
  }
  const source = validateJsonFile(file, text, courseSchema, 'Start from a course made by `npm run new-course -- <id>`');
  if (!source.value || !source.source) return { problems: sortProblems(source.problems), courses: [] };
  const problems: Problem[] = [];
  const locate = source.source.locate;

  const contacts = loadContacts(folder, source.value.contacts, problems, (rule, message) =>
    problems.push({ file, ...locate(['contacts']), path: 'contacts', rule, message }),
  );
  const report = (path: JsonPath, rule: string, message: string) =>
    problems.push({ file, ...locate(path), path: formatPath(path), rule, message });
  runRules(source.value, contacts, folder, report, extraChecks);
  const courses: ValidatedCourse[] = [];
  if (!problems.length && contacts)
    courses.push({
      course: source.value,
      contacts,
      estimate: estimateCourse(source.value),
      file,
      raw: source.source.value,
    });

  for (const name of folder
    .list('i18n')
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const translated = validateTranslation(
      folder,
      `i18n/${name}`,
      source.value,
      source.source.value,
      contacts,
      extraChecks,
      problems,
    );
    if (translated) courses.push(translated);
  }
  return { problems: sortProblems(problems), courses: problems.length ? [] : courses };
}

// Reading speed differs by language, so the time estimate is checked on the source only.
const TRANSLATION_RULES = RULES.filter((rule) => rule !== estimateAgrees);

function runRules(
  course: Course,
  contacts: ContactsFile | undefined,
  folder: CourseFolder,
  report: RuleContext['report'],
  extraChecks: CourseCheck[],
  rules = RULES,
) {
  let found = 0;
  const counted: RuleContext['report'] = (...args) => {
    found++;
    report(...args);
  };
  const context: RuleContext = {
    course,
    report: counted,
    fileExists: (p) => folder.exists(p),
    ...(contacts ? { contacts } : {}),
  };
  for (const rule of rules) rule(context);
  // Extra checks such as the engine's flow analysis need a sound course, and would only repeat what the rules said.
  if (!found) for (const check of extraChecks) check(course, report);
}

function loadContacts(
  folder: CourseFolder,
  relative: string,
  problems: Problem[],
  reportAtReference: (rule: string, message: string) => void,
): ContactsFile | undefined {
  const unsafe = unsafePathReason(relative);
  if (unsafe) {
    reportAtReference('unsafe-path', `"${relative}" ${unsafe}`);
    return undefined;
  }
  const text = folder.read(relative);
  if (text === undefined) {
    reportAtReference(
      'missing-file',
      `"${relative}" does not exist in the course folder. Add a contacts file: support contacts are required`,
    );
    return undefined;
  }
  const result = validateJsonFile(
    `${folder.path}/${relative}`,
    text,
    contactsFile,
    'List the support contacts in it: { "contacts": [ … ] }',
  );
  problems.push(...result.problems);
  return result.value;
}

function validateTranslation(
  folder: CourseFolder,
  relative: string,
  source: Course,
  raw: unknown,
  sourceContacts: ContactsFile | undefined,
  extraChecks: CourseCheck[],
  problems: Problem[],
): ValidatedCourse | undefined {
  const file = `${folder.path}/${relative}`;
  const language = relative.slice('i18n/'.length, -'.json'.length);
  const result = validateJsonFile(
    file,
    folder.read(relative) ?? '',
    translationFile,
    `\`npm run validate -- ${folder.path} --template ${language}\` prints one to start from`,
  );
  problems.push(...result.problems);
  if (!result.value || !result.source) return undefined;
  const { value: translation, source: located } = result;
  // At the key by default; at `find` inside the value when the problem is in the translated text.
  const at = (path: JsonPath, rule: string, message: string, find?: string) =>
    problems.push({
      file,
      ...(find === undefined ? located.locate(path, 'key') : located.locateText(path, find)),
      path: formatPath(path),
      rule,
      message,
    });
  const before = problems.length;

  const expected = extractStrings(raw);
  const keys = new Set(expected.map((s) => s.key));
  if (translation.language !== language)
    at(
      ['language'],
      'language-mismatch',
      `is "${translation.language}", but the file is named ${language}.json. Make them agree`,
    );
  if (translation.language === source.language)
    at(
      ['language'],
      'language-mismatch',
      `is "${translation.language}", the language of the source course. A translation must be in another language`,
    );
  if (translation.sourceVersion !== source.version) {
    at(
      ['sourceVersion'],
      'stale-translation',
      `is ${translation.sourceVersion}, but the course is now ${source.version}. Review the strings that changed since, then set sourceVersion to "${source.version}"`,
    );
  }
  const missing = expected.filter((s) => !(s.key in translation.strings));
  if (missing.length) {
    at(
      ['strings'],
      'missing-strings',
      `${missing.length} string${missing.length === 1 ? ' is' : 's are'} not translated: ${missing
        .slice(0, 5)
        .map((s) => `"${s.key}"`)
        .join(
          ', ',
        )}${missing.length > 5 ? ', …' : ''}. Add them; \`npm run validate -- ${folder.path} --template ${translation.language}\` prints every key`,
    );
  }
  for (const key of Object.keys(translation.strings)) {
    if (keys.has(key)) continue;
    // A renamed key is most likely one of the missing ones.
    const near =
      suggest(
        key,
        missing.map((s) => s.key),
      ) ?? suggest(key, keys);
    at(
      ['strings', key],
      'unknown-string',
      `is not a string of the source course.${near ? ` Did you mean "${near}"?` : ''} Remove it, or check that the source id has not changed`,
    );
  }
  for (const [key, value] of Object.entries(translation.strings)) {
    if (keys.has(key) && !value.trim())
      at(['strings', key], 'empty-string', 'is empty. Translate it, or copy the source text until a translator can');
  }
  if (problems.length > before) return undefined;

  // The translated course must pass every check the source passes. Report problems at the string that caused them.
  const pathToKey = new Map(expected.map((s) => [formatPath(s.path), s.key]));
  const translatedRaw = {
    ...(applyTranslation(raw, translation.strings) as object),
    language: translation.language,
    direction: translation.direction,
    contacts: translation.contacts ?? source.contacts,
  };
  const parsed = courseSchema.safeParse(translatedRaw, { reportInput: true });
  const reportTranslated = (path: JsonPath, rule: string, message: string, find = '') => {
    const key = pathToKey.get(formatPath(path));
    if (key) at(['strings', key], rule, message, find);
    else at([], rule, `${formatPath(path)}: ${message}`);
  };
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const { rule, message } = messageFor(issue);
      reportTranslated(issue.path as JsonPath, rule, message, foundText(issue));
    }
    return undefined;
  }
  const contacts = translation.contacts
    ? loadContacts(folder, translation.contacts, problems, (rule, message) => at(['contacts'], rule, message))
    : sourceContacts;
  runRules(parsed.data, contacts, folder, reportTranslated, extraChecks, TRANSLATION_RULES);
  if (problems.length > before || !contacts) return undefined;
  return { course: parsed.data, contacts, estimate: estimateCourse(parsed.data), file, raw: translatedRaw };
}
