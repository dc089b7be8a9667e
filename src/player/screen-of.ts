/** Which screen the snapshot is on, by name, and a key that changes whenever the learner lands somewhere new. */
import type { Course } from '../course/types.ts';
import { courseStatus } from '../engine/selectors.ts';
import { currentAssessmentQuestion } from '../engine/transitions.ts';
import type { CourseSnapshot } from './player-input.ts';

export type ScreenName =
  | 'intro'
  | 'resume'
  | 'page'
  | 'assessment-intro'
  | 'assessment-question'
  | 'assessment-result'
  | 'summary'
  | 'exited';

export function screenOf(snapshot: CourseSnapshot): ScreenName {
  if (snapshot.matches('resumePrompt')) return 'resume';
  if (snapshot.matches('page')) return 'page';
  if (snapshot.matches({ assessment: 'intro' })) return 'assessment-intro';
  if (snapshot.matches({ assessment: 'question' })) return 'assessment-question';
  if (snapshot.matches({ assessment: 'result' })) return 'assessment-result';
  if (snapshot.matches('summary')) return 'summary';
  if (snapshot.matches('exited')) return 'exited';
  return 'intro';
}

/** Whether a completed (and not failed) course is over: the completion screen instead of the summary. */
export function isCompleted(course: Course, snapshot: CourseSnapshot): boolean {
  const status = courseStatus(course, snapshot.context);
  return status.completion === 'completed' && status.success !== 'failed';
}

/** Whether Pause and exit is offered: everywhere but the exited and completion screens (Close the course is there). */
export function hasExit(course: Course, snapshot: CourseSnapshot): boolean {
  const screen = screenOf(snapshot);
  return screen !== 'exited' && !(screen === 'summary' && isCompleted(course, snapshot));
}

/** Changes on every new screen, page and assessment question: the moments focus moves to the new heading. */
export function landingKey(snapshot: CourseSnapshot): string {
  const screen = screenOf(snapshot);
  if (screen === 'page') return `page:${snapshot.context.pageId}`;
  if (screen === 'assessment-question')
    return `question:${snapshot.context.attempt?.number}:${currentAssessmentQuestion(snapshot.context)}`;
  return screen;
}
