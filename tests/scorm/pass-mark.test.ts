import { describe, expect, it } from 'vitest';
import { masteryScore, normalizedMeasure } from '../../src/scorm/pass-mark.ts';
import { parseScormVersions, scormName } from '../../src/scorm/scorm-version.ts';

describe('the pass mark in each SCORM version', () => {
  it('rounds pass marks up, never lowering the bar', () => {
    expect([0, 50, 72.5, 100].map(masteryScore)).toEqual(['0', '50', '73', '100']);
    expect([0, 57, 72.55, 33.33333, 100].map(normalizedMeasure)).toEqual(['0', '0.57', '0.7255', '0.3334', '1']);
  });
});

describe('SCORM versions', () => {
  it('reads --standard values and names each version', () => {
    expect(parseScormVersions('all')).toEqual(['scorm12', 'scorm2004']);
    expect(parseScormVersions('scorm2004')).toEqual(['scorm2004']);
    expect(parseScormVersions('2004')).toBeUndefined();
    expect(['scorm12', 'scorm2004'].map((v) => scormName(v as 'scorm12'))).toEqual(['SCORM 1.2', 'SCORM 2004']);
  });
});
