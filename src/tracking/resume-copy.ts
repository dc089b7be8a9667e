/**
 * Where a session resumes from, among every copy of the learner's progress this device
 * may hold. An LMS session weighs the LMS copy, this learner's copy in the browser, and a
 * copy that a session of the same package left when its LMS failed to start (it had no
 * learner id, so it saved under none): the newest wins, and a copy taken over is moved to
 * the learner's own key. A session that falls back to the browser starts from the newest
 * copy of the course on this device, since it cannot know whose it is.
 */

import { copiesOf, LocalCopy, type LocalEntry, localKey, type StorageLike } from './local-copy.ts';
import { compareCopies, pickCopy, type Stamps } from './pick-copy.ts';

export interface CopyPlace {
  storage: StorageLike | undefined;
  /** The package on this device (organisation, course, language: see package-key.ts), or the course id. */
  scope: string;
  stamps: Stamps;
}

/** The newer of two entries by their records; `a` on a tie or when the records cannot tell. */
function newer(a: LocalEntry, b: LocalEntry, stamps: Stamps): LocalEntry {
  return (compareCopies(b.record, a.record, stamps) ?? 0) > 0 ? b : a;
}

/**
 * The copy an LMS session resumes from, and this learner's local copy to save into.
 * @example resumeFrom({ record, location }, 'learner-7', { storage, scope: 'demo.self-care.en', stamps })
 */
export function resumeFrom(
  lms: LocalEntry,
  learnerId: string,
  place: CopyPlace,
): { entry: LocalEntry; fromLocal: boolean; local: LocalCopy } {
  const { storage, scope, stamps } = place;
  const local = new LocalCopy(storage, localKey(scope, learnerId), undefined, stamps.sequenceOf);
  const picked = pickCopy(lms, local.read(), stamps.timestampOf, stamps.sequenceOf);
  const orphan = new LocalCopy(storage, localKey(scope, ''));
  const left = learnerId ? orphan.stored() : undefined;
  // Only a copy a failed LMS session left: one from opening the package outside any LMS stays its own.
  if (left?.unclaimed !== scope) return { ...picked, local };
  const order = picked.entry.record ? compareCopies(left.record, picked.entry.record, stamps) : 1;
  if (order === undefined || order <= 0) return { ...picked, local };
  // Taken over: it is this learner's progress from now on, and no other learner's launch finds it.
  const entry = { record: left.record, location: left.location };
  local.write(entry);
  orphan.remove();
  return { entry, fromLocal: true, local };
}

/** The newest copy of a course on this device, from any learner's key, for a session with no learner id. */
export function newestOnDevice(place: CopyPlace): LocalEntry | undefined {
  const live = copiesOf(place.storage, place.scope).filter((entry) => !entry.done && entry.record);
  return live.reduce<LocalEntry | undefined>(
    (best, entry) => (best ? newer(best, entry, place.stamps) : entry),
    undefined,
  );
}
