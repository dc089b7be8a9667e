/**
 * The progress record for courses too large for a key on every unit (P3, by lesson), what
 * a record keeps when even that is too long, and records saved by earlier releases.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { Course, Question } from '../../src/course/types.ts';
import type { SavedProgress } from '../../src/engine/context.ts';
import { createCourseMachine } from '../../src/engine/course-machine.ts';
import { wrongResponse } from '../../src/engine/explore.ts';
import { random } from '../../src/engine/random.ts';
import { decodeProgress } from '../../src/engine/record-decode.ts';
import { encodeProgress, fitProgress, savedProgressOf } from '../../src/engine/record-encode.ts';
import { savedAtPart } from '../../src/engine/record-format.ts';
import { encodeByLesson } from '../../src/engine/record-lessons.ts';
import { loadCourse, parseCourse, ROOT } from '../support/courses.ts';
import { generateCourse } from '../support/generate-course.ts';
import { walkCourse } from '../support/walkthrough.ts';

const NOW = Date.UTC(2026, 10, 22, 12, 0, 0);
const sample = loadCourse(`${ROOT}/tests/fixtures/courses/sample`)[0]!.course;

function walked(course: Course, options: Parameters<typeof walkCourse>[2] = {}, seed = 42): SavedProgress {
  const actor = createActor(createCourseMachine(course), { input: { seed } }).start();
  walkCourse(actor, course, options);
  return savedProgressOf(actor.getSnapshot().context);
}

/** A learner who answered every knowledge check wrongly, in the first `pages` pages. */
function wronglyAnswered(course: Course, pages: number): SavedProgress {
  const actor = createActor(createCourseMachine(course), { input: { seed: 3 } }).start();
  actor.send({ type: 'course.start' });
  for (const page of course.lessons.flatMap((l) => l.pages).slice(0, pages)) {
    for (const block of page.blocks.filter((b) => b.type !== 'text'))
      actor.send({
        type: 'question.submit',
        questionId: block.id,
        response: wrongResponse(block as Question)!,
      });
    actor.send({ type: 'nav.next' });
  }
  return savedProgressOf(actor.getSnapshot().context);
}

describe('progress record by lesson', () => {
  it('fits a 2,000-page course with 1,200 questions, fully completed, in 4,096 characters, and restores it exactly', () => {
    const course = parseCourse(generateCourse(2000, 1200));
    const saved = walked(course, { assessment: 'fail', attempts: 1 });
    expect(encodeProgress(course, saved, NOW, Infinity).length).toBeGreaterThan(4096);
    const { record, complete } = fitProgress(course, saved, NOW, 4096);
    expect(record.slice(0, 3)).toBe('P3~');
    expect({ length: record.length, complete }).toMatchInlineSnapshot(`
      {
        "complete": true,
        "length": 2653,
      }
    `);
    expect(decodeProgress(course, record)).toEqual({
      ok: true,
      progress: saved,
      savedAt: NOW,
      fromVersion: '1.0.0',
      dropped: 0,
    });
  });

  it('costs nothing for lessons not yet started', () => {
    const course = parseCourse(generateCourse(2000, 1200));
    const record = encodeByLesson(course, walked(course, { pages: 15 }), savedAtPart(NOW), 'all');
    const [, , , , , , , keys, visited, blocks] = record.split('~');
    expect(keys!.length).toBe(200 * 3);
    // Lesson 1 fully seen (ten bits), lesson 2 half (five), then 198 empty runs.
    expect(visited!.split('.').slice(0, 3)).toEqual(['_P', 'f', '']);
    expect(blocks!.split('.').filter(Boolean)).toHaveLength(2);
  });

  it('keeps each unchanged lesson, and drops only a changed one, after a republish', () => {
    const base = generateCourse(60, 36);
    const course = parseCourse(base);
    const saved = walked(course, { pages: 45 });
    const record = encodeByLesson(course, saved, savedAtPart(NOW), 'all');
    const copy = structuredClone(base) as { lessons: { pages: { id: string; blocks: { id: string }[] }[] }[] };
    copy.lessons[1]!.pages.splice(3, 1); // lesson 2 changes shape
    copy.lessons.splice(0, 0, { id: 'lesson-new', title: 'New', pages: [copy.lessons[5]!.pages.pop()!] } as never);
    const restored = decodeProgress(parseCourse(copy), record);
    if (!restored.ok) throw new Error(restored.detail);
    const lessonOf = (id: string) => Math.floor(Number(id.split('-')[1]) / 10);
    const seen = restored.progress.visited.keys();
    // The learner saw lessons 1 to 4 and half of 5; lesson 2 changed, so only its pages are lost.
    expect(new Set(seen.map(lessonOf))).toEqual(new Set([0, 2, 3, 4]));
    expect(seen).toHaveLength(35);
    for (const [id, answer] of restored.progress.answers) expect(answer).toEqual(saved.answers.get(id));
    expect(restored.dropped).toBeGreaterThan(0);
  });

  it('never moves progress onto another item, over 100 random republishes', () => {
    const base = generateCourse(120, 70);
    const course = parseCourse(base);
    const saved = walked(course, { pages: 90 }, 4);
    const record = encodeByLesson(course, saved, savedAtPart(NOW), 'all');
    let kept = 0;
    for (let trial = 0; trial < 100; trial++) {
      const next = random(trial);
      const copy = structuredClone(base) as { lessons: { pages: { id: string }[] }[] };
      for (let k = 0; k < 2; k++) {
        const lesson = copy.lessons[Math.floor(next() * copy.lessons.length)]!;
        if (lesson.pages.length > 1) lesson.pages.splice(Math.floor(next() * lesson.pages.length), 1);
      }
      const restored = decodeProgress(parseCourse(copy), record);
      if (!restored.ok) throw new Error(restored.detail);
      expect(restored.progress.visited.keys().filter((id) => !saved.visited.has(id))).toEqual([]);
      for (const [id, answer] of restored.progress.answers) expect(answer).toEqual(saved.answers.get(id));
      kept += restored.progress.visited.size;
    }
    expect(kept).toBeGreaterThan(0);
  });

  it('never throws on corrupted records', () => {
    const course = parseCourse(generateCourse(60, 36));
    const record = encodeByLesson(course, wronglyAnswered(course, 25), savedAtPart(NOW), 'all');
    for (let i = 0; i < 400; i++) {
      const chars = [...record];
      const at = (i * 7919) % chars.length;
      chars[at] = '~,.:Az09-_'[i % 10]!;
      const mutated = i % 3 === 0 ? chars.join('').slice(0, at) : chars.join('');
      expect(() => decodeProgress(course, mutated)).not.toThrow();
    }
  });
});

describe('a record too long for the LMS', () => {
  const course = parseCourse(generateCourse(2000, 1200));
  const saved = wronglyAnswered(course, 1500);

  it('keeps the pages seen and correct answers before what costs more, and says it is not complete', () => {
    const all = encodeByLesson(course, saved, savedAtPart(NOW), 'all');
    expect(all.length).toBeGreaterThan(4096);
    const { record, complete } = fitProgress(course, saved, NOW, 4096);
    expect(complete).toBe(false);
    expect(record.length).toBeLessThanOrEqual(4096);
    const restored = decodeProgress(course, record);
    if (!restored.ok) throw new Error(restored.detail);
    expect(restored.progress.visited.size).toBe(saved.visited.size);
    expect(restored.progress.bookmark).toBe(saved.bookmark);
    expect(restored.progress.seed).toBe(saved.seed);
  });

  it('keeps the seed, the bookmark and the assessment within any limit an LMS sets', () => {
    const { record, complete } = fitProgress(course, saved, NOW, 255);
    expect(complete).toBe(false);
    expect(record.length).toBeLessThanOrEqual(255);
    const restored = decodeProgress(course, record);
    expect(restored).toMatchObject({ ok: true, progress: { seed: saved.seed, bookmark: saved.bookmark } });
  });

  it('is complete whenever it fits', () => {
    expect(fitProgress(sample, walked(sample), NOW, 4096)).toMatchObject({ complete: true });
  });
});

describe('records saved by earlier releases', () => {
  // Written by the release before issue 16 (P2, two-character keys) for the sample course:
  // every page seen, every check right, the scenario finished, the survey rated, one failed
  // attempt and a second in progress. Learners hold records like this one in their LMS.
  const P2_RECORD =
    'P2~0-pR~1.2.0~towk00~2r~assessment~2N7M4~oU0mE1Sw8rlP~_~mrzAxJFM55WkAx~AAAeC10AAgB2~kpJB.1.0.0.A.2.0';

  it('restores them in full', () => {
    const restored = decodeProgress(sample, P2_RECORD);
    if (!restored.ok) throw new Error(restored.detail);
    const { progress } = restored;
    expect({
      dropped: restored.dropped,
      savedAt: new Date(restored.savedAt).toISOString(),
      visited: progress.visited.size,
      answers: progress.answers.keys(),
      scenario: progress.scenarios.get('scene-shelter'),
      survey: progress.surveys.get('survey'),
      history: progress.history,
      attempt: progress.attempt,
      bookmark: progress.bookmark,
    }).toMatchInlineSnapshot(`
      {
        "answers": [
          "kc-details",
          "kc-match",
          "kc-open",
          "kc-order",
          "kc-signs",
        ],
        "attempt": {
          "number": 2,
          "questionIds": [
            "fa-promise",
            "fa-refer",
            "fa-open",
          ],
          "responses": [
            [
              "false",
            ],
          ],
        },
        "bookmark": "assessment",
        "dropped": 0,
        "history": {
          "bestScore": 0,
          "count": 1,
          "last": {
            "results": [
              false,
              false,
              false,
            ],
            "score": 0,
          },
        },
        "savedAt": "2026-11-22T12:00:00.000Z",
        "scenario": {
          "completed": true,
          "path": [
            "ack",
            "link",
          ],
        },
        "survey": {
          "clear": 2,
        },
        "visited": 6,
      }
    `);
    expect(encodeProgress(sample, progress, restored.savedAt)).toBe(P2_RECORD);
  });
});
