/**
 * The course's pass mark as each SCORM version carries it from the manifest to the LMS.
 * The packager writes these into the manifests; the author preview loads them into its
 * simulated LMS exactly as a real one would.
 */

/**
 * The SCORM 1.2 mastery score: a whole number from 0 to 100. A fractional pass mark is
 * rounded up, so the LMS never lets through a score the course itself would fail.
 * @example masteryScore(72.5) // '73'
 */
export function masteryScore(passMark: number): string {
  return String(Math.min(100, Math.max(0, Math.ceil(passMark))));
}

/**
 * The pass mark as a normalized measure (0..1) with at most four decimals, the precision
 * LMSs must keep. Like the 1.2 mastery score it rounds up, never lowering the bar.
 * @example normalizedMeasure(57) // '0.57'
 */
export function normalizedMeasure(passMark: number): string {
  // Rounding to thousandths of a percent first removes float noise such as 72.55 * 100 = 7254.999….
  const tenThousandths = Math.ceil(Math.round(passMark * 1000) / 10);
  return String(Math.min(10_000, Math.max(0, tenThousandths)) / 10_000);
}
