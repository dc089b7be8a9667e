/**
 * The check's summary names the organisation a package was made for, from its launch page,
 * says when it is the demo (whose contacts reach nobody), and gives the LMS team its
 * technical-support line.
 */
import { describe, expect, it } from 'vitest';
import type { OpenedPackage } from '../../packaging/check/read-package.ts';
import { summaryLines } from '../../packaging/check/summary.ts';
import type { Course } from '../../src/course/types.ts';
import { organisationFor } from '../support/organisations.ts';
import { fixtureDir, validate } from './helpers.ts';

const [mini] = validate(fixtureDir('mini'));
const opened = (org: 'demo' | 'lakeside'): OpenedPackage => ({
  files: new Map(),
  bytes: 2048,
  bundle: { course: mini!.course as Course, organisation: organisationFor('en', org) },
  problems: [],
});
const rows = (org: 'demo' | 'lakeside') =>
  summaryLines('x.zip', opened(org), { problems: [], skipped: [] }).filter((line) =>
    /^ {2}(organisation|support)/.test(line),
  );

describe('the check summary', () => {
  it('names a real organisation and its support line', () => {
    expect(rows('lakeside')).toMatchInlineSnapshot(`
      [
        "  organisation  Lakeside Relief Society [lakeside]",
        "  support       Lakeside LMS desk, +44 20 7946 0999",
      ]
    `);
  });

  it('says so when the package was made for the demo', () => {
    expect(rows('demo')).toMatchInlineSnapshot(`
      [
        "  organisation  Demo National Society [demo] (demo contacts: replace them before publishing)",
        "  support       LMS support (demo), +000 100 9000, lms-support@example.org",
      ]
    `);
  });
});
