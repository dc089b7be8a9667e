import { describe, expect, it } from 'vitest';
import {
  clamp,
  decimal,
  iso8601Duration,
  iso8601Timestamp,
  scorm12Time,
  scorm12Timespan,
} from '../../src/tracking/time-format.ts';

// The patterns strict LMSs use: CMITimespan with 2-4 hour digits, and an ISO 8601 duration with at most 2 decimals.
const TIMESPAN_12 = /^\d{2,4}:[0-5]\d:[0-5]\d(\.\d{1,2})?$/;
const DURATION_2004 = /^P(?!$)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/;

describe('SCORM 1.2 timespan', () => {
  it.each([
    [0, '0000:00:00.00'],
    [4, '0000:00:00.00'],
    [5, '0000:00:00.01'],
    [59_994, '0000:00:59.99'],
    [59_995, '0000:01:00.00'],
    [3_723_450, '0001:02:03.45'],
    [36_000_000 * 100, '1000:00:00.00'],
  ])('writes %d ms as %s', (ms, expected) => {
    expect(scorm12Timespan(ms)).toBe(expected);
    expect(expected).toMatch(TIMESPAN_12);
  });

  it('caps what cannot be written at 9999:59:59.99 and treats garbage as zero', () => {
    expect(scorm12Timespan(1e15)).toBe('9999:59:59.99');
    expect(scorm12Timespan(-5000)).toBe('0000:00:00.00');
    expect(scorm12Timespan(Number.NaN)).toBe('0000:00:00.00');
  });

  it('writes the clock time of an answer as HH:MM:SS', () => {
    expect(scorm12Time(new Date(2025, 0, 1, 9, 5, 7, 999).getTime())).toBe('09:05:07');
    expect(scorm12Time(new Date(2025, 0, 1, 23, 59, 59).getTime())).toBe('23:59:59');
  });
});

describe('SCORM 2004 duration', () => {
  it.each([
    [0, 'PT0S'],
    [4, 'PT0S'],
    [10, 'PT0.01S'],
    [10_000, 'PT10S'],
    [10_500, 'PT10.5S'],
    [50_214, 'PT50.21S'],
    [59_996, 'PT1M'],
    [60_000, 'PT1M'],
    [3_600_000, 'PT1H'],
    [3_723_450, 'PT1H2M3.45S'],
    [90_000_000, 'PT25H'],
  ])('writes %d ms as %s', (ms, expected) => {
    expect(iso8601Duration(ms)).toBe(expected);
    expect(expected).toMatch(DURATION_2004);
  });

  it('never writes the malformed durations LMSs reject', () => {
    for (let ms = 0; ms < 200_000; ms += 997) {
      const out = iso8601Duration(ms);
      expect(out).toMatch(DURATION_2004);
      expect(out).not.toMatch(/^P\d|S\.|T$/);
    }
    expect(iso8601Duration(-1)).toBe('PT0S');
    expect(iso8601Duration(Number.POSITIVE_INFINITY)).toBe('PT0S');
  });

  it('writes a timestamp in UTC with one decimal', () => {
    expect(iso8601Timestamp(Date.UTC(2025, 0, 2, 3, 4, 5, 678))).toBe('2025-01-02T03:04:05.6Z');
  });
});

describe('decimals', () => {
  it('rounds to the given places without trailing zeros or exponents', () => {
    expect(decimal(83.33333, 2)).toBe('83.33');
    expect(decimal(100, 2)).toBe('100');
    expect(decimal(0.1 + 0.2, 4)).toBe('0.3');
    expect(decimal(1e-9, 4)).toBe('0');
    expect(decimal(Number.NaN, 2)).toBe('0');
  });

  it('clamps, sending anything not a number to the minimum', () => {
    expect(clamp(120, 0, 100)).toBe(100);
    expect(clamp(-3, 0, 100)).toBe(0);
    expect(clamp(Number.NaN, 0, 100)).toBe(0);
  });
});
