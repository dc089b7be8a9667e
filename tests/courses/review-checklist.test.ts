/**
 * The parts of courses/README.md's review checklist that a machine can check, for every
 * real course and translation. The rest (no diagnostic advice, never pressing for
 * details, tone) is a human review; the checklist says so.
 */
import { describe, expect, it } from 'vitest';
import { block } from '../../src/course/blocks-schema.ts';
import { isQuestion } from '../../src/course/kinds.ts';
import { markdownToPlainText } from '../../src/course/markdown.ts';
import type { Block, Course } from '../../src/course/types.ts';
import { extractStrings } from '../../src/validator/translations.ts';
import { loadCourse, ROOT } from '../support/courses.ts';
import { fleschKincaidGrade } from '../support/readability.ts';

const REAL = ['communication', 'listening', 'self-care'];
const blocksOf = (course: Course): Block[] => course.lessons.flatMap((l) => l.pages.flatMap((p) => p.blocks));
const plain = (raw: unknown) =>
  extractStrings(raw)
    .map((s) => markdownToPlainText(s.value))
    .join('\n');

describe.each(REAL)('%s', (id) => {
  const languages = loadCourse(`${ROOT}/courses/${id}`);
  const [source] = languages;
  const { course, estimate, raw } = source!;
  const blocks = blocksOf(course);
  const text = plain(raw);

  it("takes 30 to 60 minutes by the validator's estimate", () => {
    expect(estimate.minutes).toBeGreaterThanOrEqual(30);
    expect(estimate.minutes).toBeLessThanOrEqual(60);
  });

  it('has 4 to 6 learning objectives, each assessed by at least two questions', () => {
    expect(course.objectives.length).toBeGreaterThanOrEqual(4);
    expect(course.objectives.length).toBeLessThanOrEqual(6);
    const questions = [...blocks.filter(isQuestion), ...(course.assessment?.questions ?? [])];
    for (const objective of course.objectives) {
      expect(questions.filter((q) => q.objectives.includes(objective.id)).length, objective.id).toBeGreaterThanOrEqual(
        2,
      );
    }
  });

  it('ends with a graded assessment at 80% with a pool that makes retries differ, and retries allowed', () => {
    const assessment = course.assessment!;
    expect(assessment.passMark).toBe(80);
    expect(assessment.draw).toBeLessThan(assessment.questions.length);
    expect(assessment.maxAttempts === undefined || assessment.maxAttempts >= 2).toBe(true);
    expect(course.completion.when).toContain('assessment-passed');
  });

  it('has a branching dialogue and a variety of activities', () => {
    const types = new Set(blocks.map((b) => b.type));
    for (const type of ['scenario', 'matching', 'ordering', 'reveal', 'reflection', 'checklist'])
      expect(types, type).toContain(type);
  });

  it('has knowledge checks whose feedback explains, not just judges', () => {
    for (const question of blocks.filter(isQuestion)) {
      for (const feedback of [question.feedback.correct, question.feedback.incorrect]) {
        expect(markdownToPlainText(feedback).split(/\s+/).length, question.id).toBeGreaterThanOrEqual(5);
      }
    }
  });

  // The emergency contact itself comes from the organisation's profile, where the validator requires one in every language.
  it('carries a content note, a pause reminder, a support contacts block, and says it is not PFA training', () => {
    expect(course.contentNote).toBeDefined();
    expect(text).toMatch(/\bpause\b/i);
    expect(blocks.some((b) => b.type === 'contacts')).toBe(true);
    expect(text).toMatch(/Psychological First Aid/);
    expect(text).toMatch(/awareness/i);
  });

  it('sends a crisis to emergency services', () => {
    expect(text).toMatch(/emergency (services|number)/i);
  });

  it('uses plain language, near reading grade 8', () => {
    const sentences = extractStrings(raw)
      .map((s) => markdownToPlainText(s.value))
      .filter((t) => t.split(/\s+/).length >= 12);
    expect(fleschKincaidGrade(sentences.join('\n')).grade).toBeLessThanOrEqual(9);
  });

  it('has alt text or a decorative mark on every image', () => {
    const images = blocks.filter((b) => b.type === 'image');
    expect(images.length).toBeGreaterThan(0);
    expect(images.filter((image) => !image.decorative && !image.alt?.trim()).map((image) => image.id)).toEqual([]);
  });

  it('never links to a diagnosis checklist or asks the learner to diagnose', () => {
    // Awareness courses describe signs and when to refer; they never tell a helper to diagnose.
    expect(text).not.toMatch(/\b(you can|you should|try to|how to) diagnose\b/i);
  });
});

describe('media', () => {
  // No course has audio or video yet; the schema is what guarantees the checklist item for any that will.
  it('is refused without captions and a transcript', () => {
    const video = { type: 'video', id: 'clip', title: 'A clip', src: 'media/clip.webm', durationSeconds: 30 };
    const result = block.safeParse({ ...video, captions: [] });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['captions', 'transcript']);
    const complete = {
      ...video,
      captions: [{ src: 'media/clip.vtt', language: 'en', label: 'English' }],
      transcript: 'What is said in the clip.',
    };
    expect(block.safeParse(complete).success).toBe(true);
  });
});

describe('translations', () => {
  it.each(REAL)('has %s in full in English, French, Spanish and Arabic', (id) => {
    const languages = loadCourse(`${ROOT}/courses/${id}`).map((v) => v.course.language);
    expect(languages.sort()).toEqual(['ar', 'en', 'es', 'fr']);
  });
});
