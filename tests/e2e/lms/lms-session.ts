/**
 * What every LMS test file shares: course folders packaged in both standards and served
 * by one test LMS, launches with a learner at the keyboard, and the learner's moves that
 * recur (resuming, checking a kept answer).
 */
import { expect } from 'vitest';
import type { Course, Question } from '../../../src/course/types.ts';
import type { ScormVersion } from '../../../src/scorm/scorm-version.ts';
import { loadCourse } from '../../support/courses.ts';
import { extractPackages } from '../support/packages.ts';
import { Learner, plain } from './learner.ts';
import { type Cmi, type Launch, startTestLms, type TestLmsOptions } from './test-lms.ts';

export const LEARNER = 'learner-7';
export const STANDARDS = ['scorm12', 'scorm2004'] as const;

/** What an LMS hands a first launch; the harness adds the manifest's pass mark. */
export function firstLaunch(version: ScormVersion): Cmi {
  return version === 'scorm12'
    ? { core: { student_id: LEARNER, student_name: 'Doe, Jane', entry: 'ab-initio' } }
    : { learner_id: LEARNER, learner_name: 'Jane Doe', entry: 'ab-initio' };
}

export interface Lms {
  course(dir: string, language: string): Course;
  /** The base URL a package is served from. */
  url(dir: string, language: string, version: ScormVersion): string;
  open(
    dir: string,
    language: string,
    version: ScormVersion,
    cmi: Cmi,
    context?: Launch['context'],
  ): Promise<{ launch: Launch; me: Learner }>;
  /** A fresh browser profile, to prepare before a launch. */
  newContext(): Promise<Launch['context']>;
  close(): Promise<void>;
}

/** Packages every language of each folder in both standards (the player built once) and serves them. */
export async function openLms(dirs: string[], options: TestLmsOptions = {}): Promise<Lms> {
  const key = (dir: string, language: string, version?: ScormVersion) => `${dir} ${language} ${version ?? ''}`;
  const jobs = dirs.flatMap((dir) =>
    STANDARDS.map(async (version) => ({ dir, version, packages: await extractPackages(dir, version) })),
  );
  const [lms, built] = await Promise.all([startTestLms(options), Promise.all(jobs)]);
  const urls = new Map<string, string>();
  for (const { dir, version, packages } of built)
    for (const pkg of packages) urls.set(key(dir, pkg.language, version), lms.serve(pkg));
  const courses = new Map<string, Course>();
  for (const dir of dirs) for (const { course } of loadCourse(dir)) courses.set(key(dir, course.language), course);

  return {
    course: (dir, language) => courses.get(key(dir, language))!,
    url: (dir, language, version) => urls.get(key(dir, language, version))!,
    async open(dir, language, version, cmi, context) {
      const launch = await lms.launch(version, urls.get(key(dir, language, version))!, cmi, context);
      return { launch, me: new Learner(launch.sco, courses.get(key(dir, language))!) };
    },
    newContext: () => lms.newContext(),
    close: () => lms.close(),
  };
}

/** Start, then Continue where you left off, as a returning learner does. */
export async function resume(me: Learner): Promise<void> {
  await me.button(me.t.start).click();
  await me.on('resume');
  await me.sco.getByRole('heading', { level: 2, name: me.t.welcomeBack, exact: true }).waitFor();
  await me.button(me.t.resume).click();
}

export const blocksOf = (course: Course) => course.lessons.flatMap((l) => l.pages.flatMap((p) => p.blocks));

/** The answer a knowledge check shows after a relaunch: its radio checked and locked, and the verdict. */
export async function expectShownAnswer(me: Learner, question: Question): Promise<void> {
  if (question.type !== 'true-false' && question.type !== 'single-choice')
    throw new Error(`${question.id}: only radio questions are checked here`);
  const name =
    question.type === 'true-false'
      ? question.correct
        ? me.t.trueLabel
        : me.t.falseLabel
      : plain(question.choices.find((c) => c.id === question.correct)!.text);
  const radio = me.question(question.id).getByRole('radio', { name, exact: true });
  expect([await radio.isChecked(), await radio.isDisabled()]).toEqual([true, true]);
  expect(await me.verdict(question)).toBe(me.t.verdict.correct);
}
