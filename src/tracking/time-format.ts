/**
 * Time and number formats the two SCORM data models accept. Pure, so they are tested
 * on their own: malformed durations (`PT10`, `P0S`, `PT50S.21S`) are a classic LMS failure.
 */

/** Whole centiseconds, never negative: both standards allow at most 2 decimals of a second. */
function centiseconds(ms: number): number {
  return Number.isFinite(ms) && ms > 0 ? Math.round(ms / 10) : 0;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * SCORM 1.2 CMITimespan, `HHHH:MM:SS.SS`, capped at 9999:59:59.99.
 * @example scorm12Timespan(3_723_450) // '0001:02:03.45'
 */
export function scorm12Timespan(ms: number): string {
  const cs = Math.min(centiseconds(ms), 9999 * 360_000 + 359_999);
  const hours = Math.floor(cs / 360_000);
  const minutes = Math.floor((cs % 360_000) / 6000);
  const seconds = Math.floor((cs % 6000) / 100);
  return `${pad(hours, 4)}:${pad(minutes)}:${pad(seconds)}.${pad(cs % 100)}`;
}

/**
 * SCORM 2004 timeinterval, an ISO 8601 duration with at most 2 decimals; zero is `PT0S`.
 * @example iso8601Duration(3_723_450) // 'PT1H2M3.45S'
 */
export function iso8601Duration(ms: number): string {
  const cs = centiseconds(ms);
  const hours = Math.floor(cs / 360_000);
  const minutes = Math.floor((cs % 360_000) / 6000);
  const seconds = (cs % 6000) / 100;
  let out = 'PT';
  if (hours) out += `${hours}H`;
  if (minutes) out += `${minutes}M`;
  if (seconds || out === 'PT') out += `${seconds}S`;
  return out;
}

/**
 * SCORM 1.2 CMITime, the learner's local clock time `HH:MM:SS`.
 * @example scorm12Time(new Date(2025, 0, 1, 9, 5, 7).getTime()) // '09:05:07'
 */
export function scorm12Time(epochMs: number): string {
  const d = new Date(epochMs);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/**
 * SCORM 2004 time (second,10,0), in UTC with one decimal, which every LMS pattern accepts.
 * @example iso8601Timestamp(Date.UTC(2025, 0, 2, 3, 4, 5, 678)) // '2025-01-02T03:04:05.6Z'
 */
export function iso8601Timestamp(epochMs: number): string {
  const iso = new Date(epochMs).toISOString(); // 2025-01-02T03:04:05.678Z
  return `${iso.slice(0, 21)}Z`;
}

/**
 * A decimal string with at most `places` decimals and no exponent or trailing zeros.
 * @example decimal(83.33333, 2) // '83.33'
 */
export function decimal(value: number, places: number): string {
  if (!Number.isFinite(value)) return '0';
  return String(Number(value.toFixed(places)));
}

/** Keeps a number inside [min, max]; anything not a number becomes `min`. */
export function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : min;
}
