/**
 * A course so long that its progress cannot fit SCORM 1.2's 4,096 characters (issue 16):
 * the LMS keeps the bookmark, the status and a shortened record, this browser keeps the
 * whole record, the learner is told once, and nothing throws.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import type { Question } from '../../src/course/types.ts';
import { createCourseMachine } from '../../src/engine/course-machine.ts';
import { wrongResponse } from '../../src/engine/explore.ts';
import { decodeProgress, recordTimestamp } from '../../src/engine/record-decode.ts';
import { encodeProgress, savedProgressOf } from '../../src/engine/record-encode.ts';
import { dictionaryFor } from '../../src/player/i18n/index.ts';
import { startRuntime } from '../../src/runtime/start-runtime.ts';
import { createTracker } from '../../src/tracking/create-tracker.ts';
import { LocalCopy, localKey } from '../../src/tracking/local-copy.ts';
import type { TrackingNotice } from '../../src/tracking/tracker.ts';
import { parseCourse } from '../support/courses.ts';
import { generateCourse } from '../support/generate-course.ts';
import { organisationFor } from '../support/organisations.ts';
import { fakeLms, memoryStorage, relaunchCmi } from '../tracking/fake-lms.ts';

beforeEach(() => void vi.useFakeTimers({ now: Date.UTC(2026, 10, 22, 9, 0, 0) }));
afterEach(() => void vi.useRealTimers());

const course = parseCourse(generateCourse(2000, 1200));

/** The whole record of a learner who answered every check on the first 1,500 pages wrongly. */
function wholeRecord(): string {
  const actor = createActor(createCourseMachine(course), { input: { seed: 3 } }).start();
  actor.send({ type: 'course.start' });
  for (const page of course.lessons.flatMap((l) => l.pages).slice(0, 1500)) {
    for (const block of page.blocks.filter((b) => b.type !== 'text'))
      actor.send({ type: 'question.submit', questionId: block.id, response: wrongResponse(block as Question)! });
    actor.send({ type: 'nav.next' });
  }
  return encodeProgress(course, savedProgressOf(actor.getSnapshot().context), Date.now() - 60_000);
}

async function launch(cmi: object, storage: ReturnType<typeof memoryStorage>) {
  const lms = fakeLms('scorm12', cmi);
  const tracker = createTracker({
    standard: 'scorm12',
    courseId: course.id,
    graded: true,
    timestampOf: recordTimestamp,
    window: { API: lms.api },
    storage,
  });
  const notices: TrackingNotice[] = [];
  tracker.notices.subscribe((n) => notices.push(n));
  const session = await startRuntime(
    { course, organisation: organisationFor('en', 'demo'), standard: 'scorm12', ui: dictionaryFor('en') },
    { tracker, now: () => Date.now() },
  );
  return { lms, session, notices };
}

describe('a progress record longer than SCORM 1.2 allows', () => {
  it('leaves the LMS the bookmark, the status and a shortened record, and this browser all of it', async () => {
    const whole = wholeRecord();
    expect(whole.length).toBeGreaterThan(4096);
    // The learner's own browser holds the whole record from an earlier session.
    const storage = memoryStorage();
    new LocalCopy(storage, localKey(course.id, 'learner-1')).write({ record: whole, location: 'page-1500' });
    const { lms, session, notices } = await launch({ core: { student_id: 'learner-1', entry: 'resume' } }, storage);

    session.actor.send({ type: 'course.start' });
    session.actor.send({ type: 'course.resume' });
    session.actor.send({ type: 'nav.next' });
    await vi.advanceTimersByTimeAsync(5000);

    expect(lms.sets().every(([, value]) => value.length <= 4096)).toBe(true);
    const stored = lms.stored!;
    expect(stored.core.lesson_location).toBe('page-1501');
    expect(stored.core.lesson_status).toBe('incomplete');
    expect(stored.suspend_data.slice(0, 3)).toBe('P3~');
    expect(stored.suspend_data.length).toBeLessThanOrEqual(4096);
    // This browser's copy is the whole record, every wrong answer included.
    const local = new LocalCopy(storage, localKey(course.id, 'learner-1')).read()!;
    const restored = decodeProgress(course, local.record);
    expect(restored).toMatchObject({ ok: true, dropped: 0 });
    if (restored.ok) expect(restored.progress.answers.size).toBe(900);
    // Told once, however many saves follow.
    session.actor.send({ type: 'nav.next' });
    await vi.advanceTimersByTimeAsync(5000);
    expect(notices.map((n) => n.kind)).toEqual(['progress-partial']);
  });

  it('resumes from the shortened record on a device that has no copy of its own', async () => {
    const storage = memoryStorage();
    new LocalCopy(storage, localKey(course.id, 'learner-1')).write({ record: wholeRecord(), location: 'page-1500' });
    const first = await launch({ core: { student_id: 'learner-1', entry: 'resume' } }, storage);
    first.session.actor.send({ type: 'course.start' });
    first.session.actor.send({ type: 'course.resume' });
    first.session.actor.send({ type: 'course.exit' });
    await vi.advanceTimersByTimeAsync(1000);

    const elsewhere = await launch(relaunchCmi('scorm12', first.lms.stored!), memoryStorage());
    elsewhere.session.actor.send({ type: 'course.start' });
    expect(elsewhere.session.actor.getSnapshot().value).toBe('resumePrompt');
    elsewhere.session.actor.send({ type: 'course.resume' });
    const { context } = elsewhere.session.actor.getSnapshot();
    expect(context.pageId).toBe('page-1500');
    expect(context.visited.size).toBe(1501);
  });
});
