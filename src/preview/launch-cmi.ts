/**
 * What the simulated LMS is loaded with at each launch, as a real LMS would fill it from
 * the package's manifest and the learner's stored attempt.
 */

import type { Course } from '../course/types.ts';
import { masteryScore, normalizedMeasure } from '../scorm/pass-mark.ts';
import type { ScormVersion } from '../scorm/scorm-version.ts';
import type { Cmi } from './lms-harness.ts';

export const PREVIEW_LEARNER = { id: 'preview-author', name: 'Author, Preview' } as const;

/** A first launch: the learner, entry ab-initio, and the pass mark the packaged manifest would carry. */
export function firstLaunchCmi(version: ScormVersion, course: Course): Cmi {
  const passMark = course.assessment?.passMark;
  if (version === 'scorm12') {
    return {
      core: { student_id: PREVIEW_LEARNER.id, student_name: PREVIEW_LEARNER.name, entry: 'ab-initio' },
      ...(passMark === undefined ? {} : { student_data: { mastery_score: masteryScore(passMark) } }),
    };
  }
  return {
    learner_id: PREVIEW_LEARNER.id,
    learner_name: PREVIEW_LEARNER.name,
    entry: 'ab-initio',
    ...(passMark === undefined ? {} : { scaled_passing_score: normalizedMeasure(passMark) }),
  };
}

/**
 * A relaunch from what the LMS stored. The attempt resumes only when the session exited
 * with "suspend" (or `force`, for a live edit); an attempt that ended normally is over,
 * so the LMS starts the next one empty.
 */
export function relaunchCmi(
  version: ScormVersion,
  course: Course,
  stored: Cmi | undefined,
  force = false,
): { cmi: Cmi; resumed: boolean } {
  const exit = version === 'scorm12' ? stored?.core?.exit : stored?.exit;
  if (!stored || (!force && exit !== 'suspend')) return { cmi: firstLaunchCmi(version, course), resumed: false };
  const cmi = structuredClone(stored);
  // Write-only values of the last session are not handed back; entry says it is a resume.
  if (version === 'scorm12') cmi.core ??= {};
  const core = version === 'scorm12' ? cmi.core : cmi;
  core.entry = 'resume';
  delete core.session_time;
  delete core.exit;
  return { cmi, resumed: true };
}

/** A launch in another standard that carries the learner's place: only the progress record and bookmark travel. */
export function carriedCmi(version: ScormVersion, course: Course, record: string, location: string): Cmi {
  const cmi = firstLaunchCmi(version, course);
  if (version === 'scorm12')
    return { ...cmi, suspend_data: record, core: { ...cmi.core, entry: 'resume', lesson_location: location } };
  return { ...cmi, suspend_data: record, location, entry: 'resume' };
}

/** After a live edit: everything the LMS holds stays (interactions, status, score), with the newest record and bookmark. */
export function editedCmi(
  version: ScormVersion,
  course: Course,
  current: Cmi,
  place: { record: string; location: string },
): Cmi {
  const { cmi } = relaunchCmi(version, course, current, true);
  if (version === 'scorm12') cmi.core.lesson_location = place.location;
  else cmi.location = place.location;
  cmi.suspend_data = place.record;
  return cmi;
}

/** What a relaunch did, in a sentence for the inspector. */
export function relaunchStatus(resumed: boolean, stored: boolean): string {
  if (resumed) return 'Relaunched from the data the LMS stored, with entry "resume".';
  return stored
    ? 'Relaunched: the last session ended the attempt (exit was not "suspend"), so the LMS starts a new one.'
    : 'Relaunched: the LMS had stored nothing yet (no successful commit), so it starts a new attempt.';
}
