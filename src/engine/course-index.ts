/** Lookups computed once per course, so guards and selectors stay cheap and pure. */
import { isQuestion } from '../course/kinds.ts';
import type { BlockOf, Course, Lesson, Page, Question, ScenarioBlock } from '../course/types.ts';

export interface PageEntry {
  page: Page;
  lesson: Lesson;
  index: number;
  /** Knowledge checks on this page, which the learner must answer for the page to be complete. */
  questions: Question[];
  scenarios: ScenarioBlock[];
}

export interface CourseIndex {
  course: Course;
  pages: PageEntry[];
  pageById: Map<string, PageEntry>;
  /** Knowledge checks, by id. */
  checks: Map<string, Question>;
  /** Graded questions in the assessment pool, by id. */
  graded: Map<string, Question>;
  scenarios: Map<string, ScenarioBlock>;
  surveys: Map<string, BlockOf<'likert'>>;
  /** Which page each knowledge check, scenario and survey sits on. */
  pageOfBlock: Map<string, string>;
}

const cache = new WeakMap<Course, CourseIndex>();

/** The index of a course, built on first use and then shared. */
export function indexCourse(course: Course): CourseIndex {
  const cached = cache.get(course);
  if (cached) return cached;
  const index: CourseIndex = {
    course,
    pages: [],
    pageById: new Map(),
    checks: new Map(),
    graded: new Map((course.assessment?.questions ?? []).map((q) => [q.id, q])),
    scenarios: new Map(),
    surveys: new Map(),
    pageOfBlock: new Map(),
  };
  for (const lesson of course.lessons) {
    for (const page of lesson.pages) {
      const entry: PageEntry = { page, lesson, index: index.pages.length, questions: [], scenarios: [] };
      for (const block of page.blocks) {
        if (isQuestion(block)) {
          entry.questions.push(block);
          index.checks.set(block.id, block);
        } else if (block.type === 'scenario') {
          entry.scenarios.push(block);
          index.scenarios.set(block.id, block);
        } else if (block.type === 'likert') {
          index.surveys.set(block.id, block);
        } else continue;
        index.pageOfBlock.set(block.id, page.id);
      }
      index.pages.push(entry);
      index.pageById.set(page.id, entry);
    }
  }
  cache.set(course, index);
  return index;
}
