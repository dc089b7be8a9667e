/**
 * The progress record: round trips, alignment after a republished course, corrupt input and
 * length limits. Long because each way a record can change or break is its own case.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { Course } from '../../src/course/types.ts';
import { alignKeys } from '../../src/engine/align.ts';
import { createCourseMachine } from '../../src/engine/course-machine.ts';
import { wrongResponse } from '../../src/engine/explore.ts';
import { random } from '../../src/engine/random.ts';
import { decodeProgress, recordTimestamp } from '../../src/engine/record-decode.ts';
import { encodeProgress, savedProgressOf } from '../../src/engine/record-encode.ts';
import { correctResponse } from '../../src/engine/scoring.ts';
import { courseFolders, loadCourse, parseCourse, ROOT } from '../support/courses.ts';
import { generateCourse } from '../support/generate-course.ts';
import { walkCourse } from '../support/walkthrough.ts';

const NOW = Date.UTC(2026, 10, 22, 12, 0, 0);
const sample = loadCourse(`${ROOT}/tests/fixtures/courses/sample`)[0]!.course;

/** The record of a learner who finished everything, with an attempt in progress where possible. */
function fullRecord(course: Course, seed = 42): string {
  const actor = createActor(createCourseMachine(course), { input: { seed } }).start();
  walkCourse(actor, course, { assessment: 'fail', attempts: 1 });
  return encodeProgress(course, savedProgressOf(actor.getSnapshot().context), NOW, 4096);
}

function edit(course: Course, change: (copy: Course) => void): Course {
  const copy = structuredClone(course);
  change(copy);
  return parseCourse(copy);
}

describe('progress record', () => {
  it('round-trips every saved part of the context', () => {
    const actor = createActor(createCourseMachine(sample), { input: { seed: 99 } }).start();
    walkCourse(actor, sample, { assessment: 'fail', attempts: 1 });
    actor.send({ type: 'assessment.open' });
    actor.send({ type: 'assessment.start' });
    const [first] = actor.getSnapshot().context.attempt!.questionIds;
    const question = sample.assessment!.questions.find((q) => q.id === first)!;
    actor.send({ type: 'assessment.answer', questionId: first!, response: correctResponse(question) });
    expect(actor.getSnapshot().context.attempt!.responses).toHaveLength(1);
    const saved = savedProgressOf(actor.getSnapshot().context);
    const restored = decodeProgress(sample, encodeProgress(sample, saved, NOW));
    expect(restored).toEqual({ ok: true, progress: saved, savedAt: NOW, fromVersion: '1.2.0', dropped: 0 });
  });

  it('stamps the record with the course version and the time it was saved', () => {
    const record = fullRecord(sample);
    expect(record.split('~').slice(0, 3)).toEqual(['P2', expect.stringMatching(/^.{4}$/), '1.2.0']);
    expect(recordTimestamp(record)).toBe(NOW);
    expect(recordTimestamp('garbage')).toBeUndefined();
  });

  it('restores the learner into the course where they were', () => {
    const actor = createActor(createCourseMachine(sample), { input: { seed: 5 } }).start();
    walkCourse(actor, sample, { pages: 3 });
    const record = encodeProgress(sample, savedProgressOf(actor.getSnapshot().context), NOW);
    const restored = decodeProgress(sample, record);
    if (!restored.ok) throw new Error(restored.detail);
    const again = createActor(createCourseMachine(sample), { input: { progress: restored.progress } }).start();
    again.send({ type: 'course.start' });
    expect(again.getSnapshot().value).toBe('resumePrompt');
    again.send({ type: 'course.resume' });
    expect(again.getSnapshot().context.pageId).toBe('page-check');
    expect(again.getSnapshot().context.answers.get('kc-open')).toMatchObject({ correct: true });
  });

  // #region republished courses
  it('keeps progress on items that still exist when pages are added, removed and moved', () => {
    const record = fullRecord(sample);
    const changed = edit(sample, (c) => {
      const [basics, practice] = c.lessons;
      basics!.pages.splice(1, 1); // remove page-media
      basics!.pages.unshift({
        id: 'page-new',
        title: 'New',
        sensitive: false,
        blocks: [{ type: 'text', id: 'new-text', body: 'New page.' }],
      });
      practice!.pages.reverse(); // move the practice pages around
      c.version = '1.3.0';
    });
    const restored = decodeProgress(changed, record);
    if (!restored.ok) throw new Error(restored.detail);
    expect(restored.fromVersion).toBe('1.2.0');
    expect(restored.progress.visited.keys().sort()).toEqual([
      'page-check',
      'page-order',
      'page-plan',
      'page-scenario',
      'page-welcome',
    ]);
    expect(restored.progress.answers.keys().sort()).toEqual([
      'kc-details',
      'kc-match',
      'kc-open',
      'kc-order',
      'kc-signs',
    ]);
    expect(restored.progress.scenarios.get('scene-shelter')!.completed).toBe(true);
    // The removed page is the one item dropped; moved items survive the diff alignment.
    expect(restored.dropped).toBeGreaterThanOrEqual(1);
  });

  it('drops the answer to a question whose choices changed, and keeps the rest', () => {
    const record = fullRecord(sample);
    const changed = edit(sample, (c) => {
      const q = c.lessons[0]!.pages[2]!.blocks[0]!;
      if (q.type !== 'single-choice') throw new Error('fixture changed');
      q.choices.push({ id: 'c', text: 'A third option' });
    });
    const restored = decodeProgress(changed, record);
    if (!restored.ok) throw new Error(restored.detail);
    expect(restored.progress.answers.get('kc-open')).toBeUndefined();
    expect(restored.progress.answers.get('kc-details')).toBeDefined();
    expect(restored.dropped).toBe(1);
  });

  it('keeps assessment history but drops an attempt in progress when the pool changed', () => {
    const actor = createActor(createCourseMachine(sample), { input: { seed: 4 } }).start();
    walkCourse(actor, sample, { assessment: 'fail', attempts: 1 });
    actor.send({ type: 'assessment.open' });
    actor.send({ type: 'assessment.start' });
    expect(actor.getSnapshot().context.attempt).not.toBeNull();
    const record = encodeProgress(sample, savedProgressOf(actor.getSnapshot().context), NOW);
    const changed = edit(sample, (c) => c.assessment!.questions.pop());
    const restored = decodeProgress(changed, record);
    if (!restored.ok) throw new Error(restored.detail);
    expect(restored.progress.history.count).toBe(1);
    expect(restored.progress.attempt).toBeNull();
  });
  // #endregion

  // #region bad records
  it.each([
    ['an empty record', '', 'empty'],
    ['random text', 'hello world', 'garbage'],
    ['a record from a newer player', 'P9~xxxx~1.0.0~abc~1~p~AA~A~~~', 'unknown-format'],
    ['a truncated record', `P1~${'x'.repeat(20)}`, 'garbage'],
  ])('reports %s without throwing', (_, record, reason) => {
    expect(decodeProgress(sample, record)).toMatchObject({ ok: false, reason });
  });

  it('reports a record from another course as foreign', () => {
    const mini = loadCourse(`${ROOT}/tests/fixtures/courses/mini`)[0]!.course;
    expect(decodeProgress(mini, fullRecord(sample))).toMatchObject({ ok: false, reason: 'foreign' });
  });

  it('never throws on corrupted records', () => {
    const record = fullRecord(sample);
    for (let i = 0; i < 400; i++) {
      const chars = [...record];
      const at = (i * 7919) % chars.length;
      chars[at] = '~,.:Az09-_'[i % 10]!;
      const mutated = i % 3 === 0 ? chars.join('').slice(0, at) : chars.join('');
      expect(() => decodeProgress(sample, mutated)).not.toThrow();
    }
  });
  // #endregion

  // #region size
  it('fits the largest real course, fully completed, in SCORM 1.2 suspend_data', () => {
    const lengths = courseFolders()
      .filter((dir) => dir.includes('/courses/') && !dir.includes('fixtures'))
      .map((dir) => fullRecord(loadCourse(dir)[0]!.course).length);
    const largest = Math.max(...lengths);
    expect(largest).toBeLessThanOrEqual(4096);
    expect(largest).toMatchInlineSnapshot(`131`);
  });

  it('fits a generated course of 500 pages and 300 questions in 4096 characters', () => {
    const course = parseCourse(generateCourse(500, 300));
    const record = fullRecord(course);
    expect(record.length).toBeLessThanOrEqual(4096);
    expect(record.length).toMatchInlineSnapshot(`2041`);
    expect(decodeProgress(course, record)).toMatchObject({ ok: true, dropped: 0 });
  });

  it('fits a generated course of 1,000 pages and 600 questions in 4096 characters, and restores it exactly', () => {
    const course = parseCourse(generateCourse(1000, 600));
    const actor = createActor(createCourseMachine(course), { input: { seed: 42 } }).start();
    walkCourse(actor, course, { assessment: 'fail', attempts: 1 });
    const saved = savedProgressOf(actor.getSnapshot().context);
    const record = encodeProgress(course, saved, NOW, 4096);
    expect(record.length).toBeLessThanOrEqual(4096);
    expect(record.length).toMatchInlineSnapshot(`4024`);
    expect(decodeProgress(course, record)).toEqual({
      ok: true,
      progress: saved,
      savedAt: NOW,
      fromVersion: '1.0.0',
      dropped: 0,
    });
  });

  it('falls back to one-character keys when two would not fit, and still restores exactly', () => {
    const course = parseCourse(generateCourse(1500, 900));
    const actor = createActor(createCourseMachine(course), { input: { seed: 42 } }).start();
    walkCourse(actor, course, { assessment: 'fail', attempts: 1 });
    const saved = savedProgressOf(actor.getSnapshot().context);
    expect(encodeProgress(course, saved, NOW).length).toBeGreaterThan(4096);
    const record = encodeProgress(course, saved, NOW, 4096);
    expect(record.split('~')[6]![0]).toBe('1');
    expect(record.length).toBeLessThanOrEqual(4096);
    expect(record.length).toMatchInlineSnapshot(`3607`);
    expect(decodeProgress(course, record)).toEqual({
      ok: true,
      progress: saved,
      savedAt: NOW,
      fromVersion: '1.0.0',
      dropped: 0,
    });
  });

  it('keeps wrong answers, which cost their response, exactly', () => {
    const course = parseCourse(generateCourse(100, 60));
    const actor = createActor(createCourseMachine(course), { input: { seed: 8 } }).start();
    actor.send({ type: 'course.start' });
    for (const lesson of course.lessons)
      for (const page of lesson.pages) {
        for (const block of page.blocks) {
          if (block.type === 'text') continue;
          const question = block as Parameters<typeof wrongResponse>[0];
          actor.send({ type: 'question.submit', questionId: question.id, response: wrongResponse(question)! });
        }
        actor.send({ type: 'nav.next' });
      }
    const saved = savedProgressOf(actor.getSnapshot().context);
    expect(saved.answers.values().every((a) => !a.correct)).toBe(true);
    const record = encodeProgress(course, saved, NOW);
    expect(decodeProgress(course, record)).toEqual({
      ok: true,
      progress: saved,
      savedAt: NOW,
      fromVersion: '1.0.0',
      dropped: 0,
    });
    expect(record.length).toMatchInlineSnapshot(`656`);
  });
  // #endregion

  it('aligns key sequences like a diff', () => {
    expect(alignKeys(['a', 'b', 'c'], ['a', 'b', 'c'])).toEqual([0, 1, 2]);
    expect(alignKeys(['a', 'b', 'c'], ['a', 'x', 'c'])).toEqual([0, -1, 2]);
    expect(alignKeys(['a', 'b', 'c'], ['x', 'a', 'b', 'c'])).toEqual([1, 2, 3]);
    // A repeated key cannot pull an item out of order.
    expect(alignKeys(['q', 'b', 'q'], ['q', 'c', 'b', 'q'])).toEqual([0, 2, 3]);
    // Moved items are matched by a key that is unique among the leftovers.
    expect(alignKeys(['a', 'b', 'c'], ['c', 'b', 'a'])).toEqual([2, 1, 0]);
  });
});

describe('progress record across republished versions', () => {
  // A course republished many times over with pages removed and new ones added: with the
  // usual two-character keys no answer or visit lands on an item it did not belong to.
  it('never moves progress onto another item, over 100 random republishes', () => {
    const base = generateCourse(120, 70);
    const course = parseCourse(base);
    const actor = createActor(createCourseMachine(course), { input: { seed: 4 } }).start();
    walkCourse(actor, course, { pages: 90 });
    const saved = savedProgressOf(actor.getSnapshot().context);
    const record = encodeProgress(course, saved, NOW);
    let kept = 0;
    for (let trial = 0; trial < 100; trial++) {
      const next = random(trial);
      const copy = structuredClone(base) as { lessons: { pages: { id: string; blocks: { id: string }[] }[] }[] };
      const removed = new Set<string>();
      for (let k = 0; k < 4; k++) {
        const lesson = copy.lessons[Math.floor(next() * copy.lessons.length)]!;
        const [page] = lesson.pages.splice(Math.floor(next() * lesson.pages.length), 1);
        if (page) for (const id of [page.id, ...page.blocks.map((b) => b.id)]) removed.add(id);
        const other = copy.lessons[Math.floor(next() * copy.lessons.length)]!;
        other.pages.splice(Math.floor(next() * (other.pages.length + 1)), 0, {
          id: `new-${trial}-${k}`,
          blocks: [
            {
              type: 'true-false',
              id: `new-q-${trial}-${k}`,
              prompt: 'New?',
              correct: true,
              feedback: { correct: 'Yes, it is new.', incorrect: 'No, it is new.' },
            },
          ],
          title: 'New',
        } as never);
      }
      const restored = decodeProgress(parseCourse(copy), record);
      if (!restored.ok) throw new Error(restored.detail);
      expect(restored.progress.visited.keys().filter((id) => !saved.visited.has(id))).toEqual([]);
      for (const [id, answer] of restored.progress.answers) expect(answer).toEqual(saved.answers.get(id));
      kept += restored.progress.answers.size;
      // Everything that still exists keeps its progress.
      expect(saved.answers.keys().filter((id) => !removed.has(id) && !restored.progress.answers.get(id))).toEqual([]);
    }
    expect(kept).toBeGreaterThan(0);
  });
});
