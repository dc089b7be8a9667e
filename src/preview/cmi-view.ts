/** The cmi values an author checks, read from what the simulated LMS holds, for either version. */
import type { ScormVersion } from '../scorm/scorm-version.ts';
import type { Cmi } from './lms-harness.ts';

export interface CmiRow {
  label: string;
  element: string;
  value: string;
}

export interface CmiView {
  rows: CmiRow[];
  suspendData: { length: number; limit: number };
}

/** suspend_data limits the tracker must respect: 4096 characters in 1.2, 64000 in 2004 4th edition. */
export const SUSPEND_LIMIT: Record<ScormVersion, number> = { scorm12: 4096, scorm2004: 64000 };

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));
const count = (list: unknown) => String(list && typeof list === 'object' ? Object.keys(list).length : 0);

/** Rows for the inspector's table, in the order an author reads them. */
export function cmiView(version: ScormVersion, cmi: Cmi): CmiView {
  const suspendData = { length: text(cmi.suspend_data).length, limit: SUSPEND_LIMIT[version] };
  if (version === 'scorm12') {
    const core = cmi.core ?? {};
    const score = core.score ?? {};
    return {
      suspendData,
      rows: [
        { label: 'Status', element: 'cmi.core.lesson_status', value: text(core.lesson_status) },
        { label: 'Score', element: 'cmi.core.score.raw', value: rangeOf(score.raw, score.min, score.max) },
        { label: 'Pass mark', element: 'cmi.student_data.mastery_score', value: text(cmi.student_data?.mastery_score) },
        { label: 'Location', element: 'cmi.core.lesson_location', value: text(core.lesson_location) },
        { label: 'Entry', element: 'cmi.core.entry', value: text(core.entry) },
        { label: 'Exit', element: 'cmi.core.exit', value: text(core.exit) },
        { label: 'Session time', element: 'cmi.core.session_time', value: text(core.session_time) },
        { label: 'Interactions', element: 'cmi.interactions._count', value: count(cmi.interactions) },
        { label: 'Objectives', element: 'cmi.objectives._count', value: count(cmi.objectives) },
      ],
    };
  }
  const score = cmi.score ?? {};
  return {
    suspendData,
    rows: [
      { label: 'Completion', element: 'cmi.completion_status', value: text(cmi.completion_status) },
      { label: 'Success', element: 'cmi.success_status', value: text(cmi.success_status) },
      {
        label: 'Score',
        element: 'cmi.score.scaled',
        value: text(score.scaled) + (text(score.raw) ? ` (raw ${rangeOf(score.raw, score.min, score.max)})` : ''),
      },
      { label: 'Progress', element: 'cmi.progress_measure', value: text(cmi.progress_measure) },
      { label: 'Pass mark', element: 'cmi.scaled_passing_score', value: text(cmi.scaled_passing_score) },
      { label: 'Location', element: 'cmi.location', value: text(cmi.location) },
      { label: 'Entry', element: 'cmi.entry', value: text(cmi.entry) },
      { label: 'Exit', element: 'cmi.exit', value: text(cmi.exit) },
      { label: 'Session time', element: 'cmi.session_time', value: text(cmi.session_time) },
      { label: 'Interactions', element: 'cmi.interactions._count', value: count(cmi.interactions) },
      { label: 'Objectives', element: 'cmi.objectives._count', value: count(cmi.objectives) },
    ],
  };
}

/** "72 (0–100)", or "" when no score was set. */
function rangeOf(raw: unknown, min: unknown, max: unknown): string {
  if (!text(raw)) return '';
  return text(min) || text(max) ? `${text(raw)} (${text(min) || '?'}–${text(max) || '?'})` : text(raw);
}
