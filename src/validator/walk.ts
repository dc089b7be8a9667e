/** Walks a course's blocks with the JSON path of each, for rules that report locations. */
import type { Block, Course } from '../course/types.ts';
import type { JsonPath } from './problem.ts';

export interface Located<T> {
  item: T;
  path: JsonPath;
}

/** Every block of every page, then every assessment question, in document order. */
export function* walkBlocks(course: Course): Generator<Located<Block> & { graded: boolean }> {
  for (const [l, lesson] of course.lessons.entries()) {
    for (const [p, page] of lesson.pages.entries()) {
      for (const [b, block] of page.blocks.entries()) {
        yield { item: block, path: ['lessons', l, 'pages', p, 'blocks', b], graded: false };
      }
    }
  }
  for (const [q, question] of (course.assessment?.questions ?? []).entries()) {
    yield { item: question, path: ['assessment', 'questions', q], graded: true };
  }
}

/** Every item that owns a course-wide id: objectives, lessons, pages, blocks, the assessment. */
export function* walkIdentified(course: Course): Generator<Located<{ id: string }> & { kind: string }> {
  for (const [i, objective] of course.objectives.entries())
    yield { item: objective, path: ['objectives', i], kind: 'objective' };
  for (const [l, lesson] of course.lessons.entries()) {
    yield { item: lesson, path: ['lessons', l], kind: 'lesson' };
    for (const [p, page] of lesson.pages.entries())
      yield { item: page, path: ['lessons', l, 'pages', p], kind: 'page' };
  }
  if (course.assessment) yield { item: course.assessment, path: ['assessment'], kind: 'assessment' };
  for (const { item, path } of walkBlocks(course)) yield { item, path, kind: 'block' };
}
