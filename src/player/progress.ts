/**
 * The share of the course the progress bar shows. Each page is one step and, when the
 * course needs the assessment, so is each of its questions: a learner on "Question 1 of
 * 10" after 20 pages is two thirds of the way, not 95% (the LMS's progress_measure, from the
 * engine, counts the assessment as one unit; the learner sees the steps they take).
 */
import type { Course } from '../course/types.ts';
import type { EngineContext } from '../engine/context.ts';
import { indexCourse } from '../engine/course-index.ts';
import { assessmentStatus, completePageCount, courseStatus } from '../engine/selectors.ts';

/** Progress from 0 to 1 in steps the learner takes. */
export function learnerProgress(course: Course, ctx: EngineContext): number {
  const { completion, assessment } = course;
  if (courseStatus(course, ctx).completion === 'completed') return 1;
  const pages = indexCourse(course).pages.length;
  const done = completePageCount(course, ctx);
  if (!assessment || completion.when.every((c) => c === 'pages-complete')) return done / pages;
  const questions = assessment.draw ?? assessment.questions.length;
  const status = assessmentStatus(course, ctx);
  const finished = status.passed || (completion.when.includes('assessment-finished') && status.attemptsUsed > 0);
  const answered = finished ? questions : (ctx.attempt?.responses.length ?? 0);
  return (done + answered) / (pages + questions);
}
