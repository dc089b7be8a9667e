/**
 * How a session must end, whichever way it ends (Pause and exit, the LMS removing the
 * frame, the LMS navigating it away): one Finish/Terminate, one non-zero session time in
 * the standard's format that covers the session, the right exit value, and nothing
 * wrong along the way (no LMS error code, no strict violation, no browser error).
 */
import { expect } from 'vitest';
import type { ScormVersion } from '../../../src/scorm/scorm-version.ts';
import { ISO_DURATION, SCORM12_TIMESPAN, seconds, sent, sessionTimeOf } from './record-view.ts';
import type { Launch, LmsRecord } from './test-lms.ts';

const END = { scorm12: 'LMSFinish', scorm2004: 'Terminate' } as const;
const EXIT = { scorm12: 'cmi.core.exit', scorm2004: 'cmi.exit' } as const;

/** The exit value a session sends: `suspend` while the course is unfinished, the standard's normal once done. */
export const exitFor = (version: ScormVersion, done: boolean) =>
  done ? (version === 'scorm12' ? '' : 'normal') : 'suspend';

/** Checks the whole session once it has ended; returns what the LMS recorded. */
export async function expectEnded(launch: Launch, done: boolean): Promise<LmsRecord> {
  const { version } = launch;
  const record = await launch.terminated();
  expect(launch.faults()).toEqual([]);
  expect(record.calls.filter((c) => c.method === END[version] && c.result === 'true')).toHaveLength(1);
  expect(sent(record, EXIT[version]).at(-1)).toBe(exitFor(version, done));
  const times = sent(record, sessionTimeOf(version));
  expect(times).toHaveLength(1);
  const [time] = times as [string];
  expect(time).toMatch(version === 'scorm12' ? SCORM12_TIMESPAN : ISO_DURATION);
  // The session starts just before Initialize and ends after the last Commit made before session_time is written
  // (in call order: SCORM 1.2's ending commits right after it, often within the same millisecond).
  const init = record.calls.find((c) => /Initialize$/.test(c.method))!.at;
  const at = record.calls.findIndex((c) => c.args[0] === sessionTimeOf(version));
  const written = record.calls[at]!.at;
  const lastCommit =
    record.calls
      .slice(0, at)
      .filter((c) => /Commit$/.test(c.method))
      .at(-1)?.at ?? init;
  expect(seconds(time)).toBeGreaterThan(0);
  expect(seconds(time)).toBeGreaterThanOrEqual((lastCommit - init) / 1000 - 0.01);
  expect(seconds(time)).toBeLessThanOrEqual((written - init) / 1000 + 1);
  return record;
}

/** Pause and exit's ending: the player says the progress is saved, then the LMS closes the frame. */
export async function afterExit(launch: Launch, done: boolean): Promise<LmsRecord> {
  const record = await expectEnded(launch, done);
  await launch.unload();
  // Closing the frame after Terminate adds nothing: no second ending, no call after it.
  expect(launch.faults()).toEqual([]);
  expect((await launch.record()).calls).toHaveLength(record.calls.length);
  return record;
}

/** The sum of the session times an LMS adds up into total_time: only those sent before a successful ending. */
export function totalSeconds(version: ScormVersion, records: LmsRecord[]): number {
  return records
    .filter((r) => r.terminated)
    .reduce((sum, r) => sum + seconds(sent(r, sessionTimeOf(version)).at(-1) ?? 'PT0S'), 0);
}
