/**
 * Full runs of every course through the real session wiring, against scorm-again as the
 * LMS in both standards: no LMS error code at all, the final cmi values, and resume.
 */

import { basename } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isQuestion } from '../../src/course/kinds.ts';
import { recordTimestamp } from '../../src/engine/record-decode.ts';
import { dictionaryFor } from '../../src/player/i18n/index.ts';
import { startRuntime } from '../../src/runtime/start-runtime.ts';
import type { ScormVersion } from '../../src/scorm/scorm-version.ts';
import { createTracker } from '../../src/tracking/create-tracker.ts';
import type { ValidatedCourse } from '../../src/validator/validate-course.ts';
import { strictViolations } from '../e2e/lms/strict-cmi.ts';
import { courseFolders, loadCourse } from '../support/courses.ts';
import { organisationFor } from '../support/organisations.ts';
import { walkCourse } from '../support/walkthrough.ts';
import { fakeLms, memoryStorage, relaunchCmi } from '../tracking/fake-lms.ts';

beforeEach(() => void vi.useFakeTimers({ now: Date.UTC(2026, 10, 22, 9, 0, 0) }));
afterEach(() => void vi.useRealTimers());

const STANDARDS = [
  ['scorm12', 'scorm12'],
  ['scorm2004', 'scorm2004'],
] as const;

/** What an LMS sends on first launch of our package: the manifest's pass mark comes back as mastery. */
function firstLaunch(version: ScormVersion, course: ValidatedCourse['course']) {
  const pass = course.assessment?.passMark;
  if (version === 'scorm12')
    return {
      core: { student_id: 'learner-7', student_name: 'Doe, Jane', entry: 'ab-initio' },
      ...(pass !== undefined ? { student_data: { mastery_score: String(Math.ceil(pass)) } } : {}),
    };
  return {
    learner_id: 'learner-7',
    learner_name: 'Jane Doe',
    entry: 'ab-initio',
    ...(pass !== undefined ? { scaled_passing_score: String(pass / 100) } : {}),
  };
}

async function open(version: ScormVersion, validated: ValidatedCourse, cmi: object) {
  const lms = fakeLms(version, cmi);
  const standard = version;
  const window = version === 'scorm12' ? { API: lms.api } : { API_1484_11: lms.api };
  const tracker = createTracker({
    standard,
    courseId: validated.course.id,
    graded: !!validated.course.assessment,
    timestampOf: recordTimestamp,
    window,
    storage: memoryStorage(),
  });
  const session = await startRuntime(
    {
      course: validated.course,
      organisation: organisationFor(validated.course.language, 'demo'),
      standard,
      ui: dictionaryFor(validated.course.language),
    },
    { tracker, seed: 3, now: () => Date.now() },
  );
  return { lms, session };
}

const courses = courseFolders().map((dir) => ({ name: basename(dir), validated: loadCourse(dir)[0]! }));

describe.each(courses)('$name', ({ validated }) => {
  const { course } = validated;
  const checks = course.lessons.flatMap((l) => l.pages.flatMap((p) => p.blocks)).filter(isQuestion).length;
  const surveys = course.lessons
    .flatMap((l) => l.pages.flatMap((p) => p.blocks))
    .filter((b) => b.type === 'likert').length;
  const drawn = course.assessment ? (course.assessment.draw ?? course.assessment.questions.length) : 0;

  describe.each(STANDARDS)('%s', (_, version) => {
    it('completes with no LMS error code and leaves the right record', async () => {
      const { lms, session } = await open(version, validated, firstLaunch(version, course));
      walkCourse(session.actor, course);
      await vi.advanceTimersByTimeAsync(60_000);
      session.actor.send({ type: 'course.exit' });
      await vi.advanceTimersByTimeAsync(1_000);

      expect(lms.errors()).toEqual([]);
      expect(strictViolations(version, lms.calls)).toEqual([]);
      const cmi = lms.stored!;
      const passed = !!course.assessment;
      if (version === 'scorm12') {
        expect(cmi.core.lesson_status).toBe(passed ? 'passed' : 'completed');
        if (passed) expect(cmi.core.score).toMatchObject({ raw: '100', min: '0', max: '100' });
        expect(cmi.core.lesson_location).toBe('summary');
        expect(cmi.core.exit).toBe('');
        expect(cmi.core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
        expect(cmi.suspend_data.length).toBeLessThanOrEqual(4096);
      } else {
        expect(cmi.completion_status).toBe('completed');
        expect(cmi.success_status).toBe(passed ? 'passed' : 'unknown');
        if (passed) expect(cmi.score).toMatchObject({ scaled: '1', raw: '100', min: '0', max: '100' });
        expect(cmi.progress_measure).toBe('1');
        expect(cmi.location).toBe('summary');
        expect(cmi.exit).toBe('normal');
        expect(cmi.session_time).toMatch(/^P(?:\d+D)?T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d{1,2})?S)?$/);
      }
      expect(Object.keys(cmi.interactions ?? {}).length).toBe(checks + drawn + surveys);
      expect(Object.keys(cmi.objectives ?? {}).length).toBe(course.objectives.length);
    });

    it('resumes at the bookmark with the answers kept, after a relaunch', async () => {
      const first = await open(version, validated, firstLaunch(version, course));
      const pages = Math.min(3, course.lessons.flatMap((l) => l.pages).length - 1);
      walkCourse(first.session.actor, course, { pages });
      const before = first.session.actor.getSnapshot().context;
      first.session.actor.send({ type: 'course.exit' });
      await vi.advanceTimersByTimeAsync(1_000);
      expect(first.lms.errors()).toEqual([]);
      expect(version === 'scorm12' ? first.lms.stored!.core.exit : first.lms.stored!.exit).toBe('suspend');

      const second = await open(version, validated, relaunchCmi(version, first.lms.stored!, 'learner-7'));
      second.session.actor.send({ type: 'course.start' });
      expect(second.session.actor.getSnapshot().value).toBe('resumePrompt');
      second.session.actor.send({ type: 'course.resume' });
      const after = second.session.actor.getSnapshot().context;
      expect(after.pageId).toBe(before.pageId);
      expect(after.visited).toEqual(before.visited);
      expect(after.answers).toEqual(before.answers);
      expect(after.scenarios).toEqual(before.scenarios);
      expect(second.lms.errors()).toEqual([]);
    });
  });
});
