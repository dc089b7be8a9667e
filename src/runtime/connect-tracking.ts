/**
 * The one place where the engine's named actions meet the tracker. Everything the LMS
 * hears about a learner passes through here.
 */
import type { Course } from '../course/types.ts';
import type { EngineContext } from '../engine/context.ts';
import { indexCourse } from '../engine/course-index.ts';
import type { EngineEvent, InteractionParams, SurveyParams } from '../engine/engine-events.ts';
import { objectiveProgress } from '../engine/objective-progress.ts';
import { encodeProgress, fitProgress, savedProgressOf } from '../engine/record-encode.ts';
import { courseStatus } from '../engine/selectors.ts';
import type { Tracker } from '../tracking/tracker.ts';
import { questionInteraction, surveyInteraction } from './interaction.ts';

/** Events that change data without leaving the page or screen. */
const SAME_PAGE = new Set<EngineEvent['type']>([
  'question.submit',
  'scenario.choose',
  'scenario.restart',
  'survey.answer',
  'assessment.answer',
]);

export interface TrackingClock {
  now(): number;
  /** When the learner first saw what they just answered, for latency. */
  shownAt(): number;
  /** The number the next save carries, one more than the last save this tab made or resumed from. */
  nextSave?(): number;
}

export type TrackingActions = ReturnType<typeof trackingActions>;

/**
 * The implementations of persist, reportStatus, reportInteraction, reportSurvey and
 * finish, for `machine.provide({ actions })`.
 */
export function trackingActions(course: Course, tracker: Tracker, clock: TrackingClock) {
  const index = indexCourse(course);
  // What each objective says, so an LMS report shows more than its id.
  const objectiveText = new Map(course.objectives.map((o) => [o.id, o.text]));
  let lastStatus = '';
  let lastVerdict = '';
  let lastObjectives = '';
  return {
    persist: ({ context, event }: { context: EngineContext; event: EngineEvent }) => {
      const saved = savedProgressOf(context);
      const sequence = clock.nextSave?.() ?? 0;
      const fitted = fitProgress(course, saved, clock.now(), tracker.limits.suspendData, sequence);
      // A record cut to fit the LMS leaves out part of the progress; this browser keeps the whole (issue 16).
      const whole = fitted.complete ? undefined : encodeProgress(course, saved, clock.now(), Infinity, sequence);
      tracker.saveProgress(fitted.record, context.bookmark, whole);
      // Answers on a page ride on the next page turn's commit: about one commit per page.
      tracker.checkpoint(SAME_PAGE.has(event.type) ? 'later' : 'soon');
    },
    reportStatus: ({ context }: { context: EngineContext }) => {
      // SetValue only on change: the tracker also filters, but this spares the work.
      const status = courseStatus(course, context);
      const key = JSON.stringify(status);
      if (key !== lastStatus) {
        // Completion, success or a score must not wait for the next page turn; progress alone can.
        const verdict = `${status.completion}/${status.success}/${status.scorePercent}`;
        if (lastVerdict && verdict !== lastVerdict) tracker.checkpoint('soon');
        tracker.setStatus(status);
        lastStatus = key;
        lastVerdict = verdict;
      }
      const objectives = objectiveProgress(course, context);
      const objectivesKey = JSON.stringify(objectives);
      if (objectivesKey !== lastObjectives) {
        tracker.setObjectives(objectives.map((o) => ({ ...o, description: objectiveText.get(o.id) })));
        lastObjectives = objectivesKey;
      }
    },
    reportInteraction: (_: unknown, params: InteractionParams) => {
      const question =
        params.attempt === undefined ? index.checks.get(params.questionId) : index.graded.get(params.questionId);
      if (question)
        tracker.recordInteraction(
          questionInteraction(question, params, Math.max(0, clock.now() - clock.shownAt()), clock.now()),
        );
    },
    reportSurvey: (_: unknown, params: SurveyParams) => {
      const survey = index.surveys.get(params.blockId);
      if (survey)
        tracker.recordInteraction(
          surveyInteraction(survey, params, Math.max(0, clock.now() - clock.shownAt()), clock.now()),
        );
    },
    finish: () => tracker.finish(),
  };
}
