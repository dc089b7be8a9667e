/** The cross-reference rules every course language runs, and the extra checks that follow them. */
import type { ContactsFile, Course } from '../course/types.ts';
import { estimateAgrees } from './estimate.ts';
import type { Report } from './problem.ts';
import { assetFiles } from './rule-assets.ts';
import type { Rule, RuleContext } from './rule-context.ts';
import { objectiveReferences, uniqueIds } from './rule-ids.ts';
import { interfaceLanguage } from './rule-language.ts';
import { correctAnswers } from './rule-questions.ts';
import { scenarioGraphs } from './rule-scenarios.ts';
import { assessmentRules, contactKinds, imageText, planSources, sensitivePages } from './rule-structure.ts';
import type { CourseCheck, CourseFolder } from './validate-course.ts';

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

// Reading speed differs by language, so the time estimate is checked on the source only.
export const TRANSLATION_RULES = RULES.filter((rule) => rule !== estimateAgrees);

/** Runs the rules on a parsed course, then the extra checks if the rules found nothing. */
export function runRules(
  course: Course,
  contacts: ContactsFile | undefined,
  folder: CourseFolder,
  report: Report,
  extraChecks: CourseCheck[],
  rules = RULES,
) {
  let found = 0;
  const counted: Report = (...args) => {
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
