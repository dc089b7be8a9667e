/** The cross-reference rules every course language runs, and the extra checks that follow them. */
import type { Course } from '../course/types.ts';
import { severityOf } from './error-catalogue.ts';
import { estimateAgrees } from './estimate.ts';
import type { Report } from './problem.ts';
import { assetFiles } from './rule-assets.ts';
import type { Rule, RuleContext } from './rule-context.ts';
import { drawRules } from './rule-draw.ts';
import { objectiveReferences, uniqueIds } from './rule-ids.ts';
import { interfaceLanguage } from './rule-language.ts';
import { linkText } from './rule-links.ts';
import { correctAnswers } from './rule-questions.ts';
import { scenarioGraphs } from './rule-scenarios.ts';
import { assessmentRules, imageText, planSources, sensitivePages } from './rule-structure.ts';
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
  drawRules,
  sensitivePages,
  interfaceLanguage,
  estimateAgrees,
  linkText,
];

/** Runs the rules on a parsed course, then the extra checks if the rules found nothing. */
export function runRules(
  course: Course,
  folder: CourseFolder,
  report: Report,
  extraChecks: CourseCheck[],
  options: Pick<RuleContext, 'inheritedMinutes'> = {},
) {
  let found = 0;
  const counted: Report = (...args) => {
    // Warnings never stop the checks that need a sound course.
    if (severityOf(args[1]) === 'error') found++;
    report(...args);
  };
  const context: RuleContext = {
    course,
    report: counted,
    fileExists: (p) => folder.exists(p),
    ...(folder.refusal ? { fileRefusal: (p: string) => folder.refusal!(p) } : {}),
    ...(folder.head ? { fileHead: (p: string) => folder.head!(p) } : {}),
    ...options,
  };
  for (const rule of RULES) rule(context);
  // Extra checks such as the engine's flow analysis need a sound course, and would only repeat what the rules said.
  if (!found) for (const check of extraChecks) check(course, report);
}
