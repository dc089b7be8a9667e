// @vitest-environment jsdom
/**
 * Two organisations' packages of one course, on one device and in one LMS: each keeps its
 * own browser copy and device answers, and SCORM 2004 objective ids name the package, while
 * the progress record itself is the same as before organisation profiles. A learner's copy
 * from a package made before profiles moves to the first organisation package that opens.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { packageKey } from '../../src/course/package-key.ts';
import { dictionaryFor } from '../../src/player/i18n/index.ts';
import { adoptFormerKeys } from '../../src/runtime/former-keys.ts';
import { startRuntime } from '../../src/runtime/start-runtime.ts';
import { createTracker } from '../../src/tracking/create-tracker.ts';
import type { ValidatedCourse } from '../../src/validator/validate-course.ts';
import { loadCourse } from '../support/courses.ts';
import { organisationFor, type TestOrganisation } from '../support/organisations.ts';
import { answers, objectives, record, timestampOf } from '../tracking/course-script.ts';
import { fakeLms, memoryStorage } from '../tracking/fake-lms.ts';

const [mini] = loadCourse('tests/fixtures/courses/mini') as [ValidatedCourse];
afterEach(() => localStorage.clear());

/** A standalone launch of mini (English) for an organisation, as its package's player.js starts it. */
async function launch(org: TestOrganisation) {
  const data = {
    course: mini.course,
    organisation: organisationFor('en', org),
    standard: 'standalone' as const,
    ui: dictionaryFor('en'),
  };
  const session = await startRuntime(data, { seed: 1 });
  session.actor.send({ type: 'course.start' });
  session.actor.send({ type: 'nav.next' });
  return session;
}

const progressKeys = () =>
  Object.keys(localStorage)
    .filter((key) => key.startsWith('pss-progress:'))
    .sort();

describe('storage on the device', () => {
  it('keeps each organisation package of a course apart', async () => {
    await launch('lakeside');
    await launch('oasis');
    expect(progressKeys()).toEqual(['pss-progress:lakeside.mini.en:local', 'pss-progress:oasis.mini.en:local']);
    expect(packageKey('lakeside', mini.course)).not.toBe(packageKey('oasis', mini.course));
  });

  it("moves a pre-profile package's copy and device answers to the first organisation package, and only that one", async () => {
    const saved = JSON.stringify({ record: 'P2~former', location: 'page-try' });
    localStorage.setItem('pss-progress:mini:local', saved);
    localStorage.setItem('pss-device:mini:learner 7:reflect', '"A walk"');
    localStorage.setItem('pss-device:mini-two:learner 7:reflect', '"Another course"');
    adoptFormerKeys('mini', 'lakeside.mini.en');
    expect(Object.fromEntries(Object.entries(localStorage).sort())).toEqual({
      'pss-device:lakeside.mini.en:learner 7:reflect': '"A walk"',
      'pss-device:mini-two:learner 7:reflect': '"Another course"',
      'pss-progress:lakeside.mini.en:local': saved,
    });
    // A second organisation's package finds nothing left to take.
    adoptFormerKeys('mini', 'oasis.mini.en');
    expect(Object.keys(localStorage).filter((key) => key.includes('oasis'))).toEqual([]);
  });

  it("keeps the package's own copy when one is already there", () => {
    localStorage.setItem('pss-progress:lakeside.mini.en:local', 'newer');
    localStorage.setItem('pss-progress:mini:local', 'older');
    adoptFormerKeys('mini', 'lakeside.mini.en');
    expect([localStorage.getItem('pss-progress:lakeside.mini.en:local'), localStorage.length]).toEqual(['newer', 1]);
  });
});

describe('objective ids in the LMS', () => {
  async function objectiveIds(standard: 'scorm12' | 'scorm2004') {
    const lms = fakeLms(standard, standard === 'scorm12' ? { core: { entry: 'ab-initio' } } : { entry: 'ab-initio' });
    const tracker = createTracker({
      standard,
      courseId: 'pss-basics',
      packageKey: 'lakeside.pss-basics.en',
      timestampOf,
      window: standard === 'scorm12' ? { API: lms.api } : { API_1484_11: lms.api },
      storage: memoryStorage(),
    });
    await tracker.start();
    tracker.saveProgress(record('lesson-1/page-1'), 'lesson-1/page-1');
    tracker.recordInteraction(answers.single!);
    tracker.setObjectives(objectives(false));
    tracker.finish();
    const cmi = lms.stored!;
    return {
      objectives: Object.values(cmi.objectives as Record<string, { id: string }>).map((o) => o.id),
      interaction: Object.values(cmi.interactions[0].objectives as Record<string, { id: string }>).map((o) => o.id),
    };
  }

  it('name the package in SCORM 2004, where LMSs may share objectives between packages, the interactions too', async () => {
    expect(await objectiveIds('scorm2004')).toEqual({
      objectives: ['lakeside.pss-basics.en.recognise-distress', 'lakeside.pss-basics.en.self-care'],
      interaction: ['lakeside.pss-basics.en.recognise-distress'],
    });
  });

  it("stay the course's own in SCORM 1.2, where they belong to the SCO", async () => {
    expect((await objectiveIds('scorm12')).objectives).toEqual(['recognise-distress', 'self-care']);
  });
});
