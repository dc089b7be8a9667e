/**
 * What the LMS is told about the outcome, and when. LMSs derive "failed" on their own:
 * a SCORM 1.2 LMS with mastery override (Moodle's default) compares `score.raw` with the
 * mastery score at LMSFinish and writes `failed`, and a SCORM 2004 LMS judges success
 * from `score.scaled` against the passing score (RTE 4.2.22, and the manifest's
 * satisfiedByMeasure). A failed first attempt with retakes left would then show as
 * failed in the gradebook while the course tells the learner "not yet passed".
 *
 * So the score and any "failed" are held back until the outcome is final: passed, or
 * failed with no attempt left (the course's `onFailure: "failed"`). Until then the LMS
 * sees the progress, the answers and what each objective has reached, but nothing it
 * could turn into a fail. With `onFailure: "incomplete"` the score is never reported,
 * so the attempt stays open in every LMS, as the course asks.
 */
import type { ObjectiveStatus, TrackingStatus } from './tracker.ts';

/**
 * Whether the attempt is over, so the session exits normally instead of suspending: the
 * course is complete by its rules (a final "failed" outcome included) or passed.
 */
export const isDone = (s: TrackingStatus | undefined): boolean =>
  !!s && (s.success === 'passed' || s.completion === 'completed');

/** Whether the course's outcome can no longer change: passed, or failed for good. */
export const isFinal = (status: TrackingStatus | undefined): boolean =>
  status?.success === 'passed' || status?.success === 'failed';

/**
 * The status as the LMS hears it: the score only once the outcome is final.
 * @example reportedStatus({ completion: 'incomplete', success: 'unknown', progress: 1, scorePercent: 40 })
 * // { completion: 'incomplete', success: 'unknown', progress: 1 }
 */
export function reportedStatus(status: TrackingStatus): TrackingStatus {
  if (isFinal(status) || status.scorePercent === undefined) return status;
  const { scorePercent: _held, ...rest } = status;
  return rest;
}

/**
 * Objectives as the LMS hears them: an objective missed in an attempt with retakes left
 * reads "unknown" rather than "failed", with its score, which no LMS compares to a pass mark.
 */
export function reportedObjectives(objectives: readonly ObjectiveStatus[], final: boolean): ObjectiveStatus[] {
  return objectives.map((o) => (o.success === 'failed' && !final ? { ...o, success: 'unknown' } : o));
}
