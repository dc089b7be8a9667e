/**
 * The LMS hears about one commit per page turn: answers given on a page ride on the next
 * page turn's commit, while completion, a pass or a score is committed at once.
 */
import { basename } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recordTimestamp } from '../../src/engine/record-decode.ts';
import { dictionaryFor } from '../../src/player/i18n/index.ts';
import { startRuntime } from '../../src/runtime/start-runtime.ts';
import { createTracker } from '../../src/tracking/create-tracker.ts';
import { courseFolders, loadCourse } from '../support/courses.ts';
import { organisationFor } from '../support/organisations.ts';
import { walkCourse } from '../support/walkthrough.ts';
import { fakeLms, memoryStorage } from '../tracking/fake-lms.ts';

beforeEach(() => void vi.useFakeTimers({ now: Date.UTC(2026, 10, 22, 9, 0, 0) }));
afterEach(() => void vi.useRealTimers());

// Every change of screen: pages, the assessment's screens (each question is one), the summary.
const PAGE_TURNS = new Set([
  'course.start',
  'course.resume',
  'nav.next',
  'nav.back',
  'nav.goto',
  'assessment.open',
  'summary.open',
  'assessment.start',
  'assessment.answer',
]);
const courses = courseFolders().filter((dir) => dir.includes('/courses/') && !dir.includes('fixtures'));

describe.each(courses.map((dir) => [basename(dir), dir]))('%s', (_, dir) => {
  it.each([['scorm12'], ['scorm2004']] as const)(
    'commits at most once per page turn, plus once on exit, in SCORM %s',
    async (version) => {
      const { course } = loadCourse(dir)[0]!;
      const lms = fakeLms(
        version,
        version === 'scorm12'
          ? { core: { student_id: 'l', entry: 'ab-initio' } }
          : { learner_id: 'l', entry: 'ab-initio', scaled_passing_score: '0.8' },
      );
      const standard = version;
      const window = version === 'scorm12' ? { API: lms.api } : { API_1484_11: lms.api };
      const tracker = createTracker({
        standard,
        courseId: course.id,
        timestampOf: recordTimestamp,
        window,
        storage: memoryStorage(),
      });
      const session = await startRuntime(
        {
          course,
          organisation: organisationFor(course.language, 'demo'),
          standard,
          ui: dictionaryFor(course.language),
        },
        { tracker, seed: 2 },
      );
      let turns = 0;
      // A person takes a few seconds over every action.
      walkCourse(session.actor, course, {
        between: (event) => {
          turns += PAGE_TURNS.has(event.type) ? 1 : 0;
          vi.advanceTimersByTime(5_000);
        },
      });
      session.actor.send({ type: 'course.exit' });
      await vi.advanceTimersByTimeAsync(60_000);
      const commits = lms.count(version === 'scorm12' ? 'LMSCommit' : 'Commit');
      expect(commits).toBeLessThanOrEqual(turns + 1);
      expect(lms.errors()).toEqual([]);
      expect(lms.stored).toBeDefined();
    },
  );
});
