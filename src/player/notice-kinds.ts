/**
 * Which tracking notices the learner sees, so one cause never shows two notices. Tracking
 * reports what it found; whether a missing LMS matters depends on how the page was
 * launched, which the runtime tells the player (PlayerInput.lmsExpected).
 */
import type { Dictionary } from './i18n/en.ts';
import type { PlayerInput } from './player-input.ts';

export type NoticeKind = keyof Dictionary['notice'];

/** Every kind the learner can be told about; their words may still be on their way (use-parts.ts). */
const KINDS: Record<NoticeKind, true> = {
  standalone: true,
  'save-failed': true,
  'save-recovered': true,
  'progress-reset': true,
  'lms-unavailable': true,
  'progress-partial': true,
  'other-tab': true,
  'took-over': true,
  'not-saved': true,
};

/** The notices to show after `kind` arrives, given those shown now. */
export function noticesAfter(
  shown: readonly NoticeKind[],
  kind: string,
  input: Pick<PlayerInput, 'standard' | 'lmsExpected'>,
): NoticeKind[] {
  if (!(kind in KINDS)) return [...shown];
  // Opened from disk or a plain web host: no LMS was expected, so none was missed. The "browser only" notice says it all.
  if (kind === 'lms-unavailable' && input.standard === 'standalone' && !input.lmsExpected) return [...shown];
  // Launched by an LMS that cannot be reached: that notice already says progress stays in this browser.
  if (kind === 'standalone' && shown.includes('lms-unavailable')) return [...shown];
  const kept = shown.filter(
    (k) =>
      k !== kind &&
      // Saving again makes the earlier failure notice wrong, and the other way round; the same cause, said once.
      !(kind === 'save-recovered' && k === 'save-failed') &&
      !(kind === 'save-failed' && k === 'save-recovered') &&
      !(kind === 'took-over' && k === 'other-tab') &&
      !(kind === 'other-tab' && k === 'took-over') &&
      !(kind === 'not-saved' && k === 'standalone') &&
      !(kind === 'lms-unavailable' && k === 'standalone'),
  );
  return [...kept, kind as NoticeKind];
}
