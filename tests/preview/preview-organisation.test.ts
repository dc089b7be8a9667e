/**
 * The organisation the author preview plays courses for: each language as its package
 * would carry it, the logo inline, and a language the profile lacks is a problem, never
 * another language's contacts.
 */
import { describe, expect, it } from 'vitest';
import { previewOrganisation } from '../../src/preview/preview-organisation.ts';
import { formatProblemLine } from '../../src/validator/problem.ts';
import { ROOT } from '../support/courses.ts';

const oasis = previewOrganisation(`${ROOT}/tests/fixtures/organisations/oasis`, ROOT);

describe('the preview organisation', () => {
  it('plays a language with its own contacts and an inline logo', () => {
    const found = oasis.forLanguage('ar', 'tests/fixtures/courses/mini');
    if (!('organisation' in found)) throw new Error(found.problems.map(formatProblemLine).join('\n'));
    expect(found.organisation.contacts.contacts.map((c) => c.name)).toEqual([
      'خدمات الطوارئ',
      'خط رعاية المتطوعين في الواحة',
      'خط الإصغاء',
    ]);
    expect(found.organisation.logo?.src).toMatch(/^data:image\/png;base64,/);
  });

  it('refuses a language the profile has no contacts in, with the message packaging gives', () => {
    const found = oasis.forLanguage('fr', 'tests/fixtures/courses/sample');
    expect('problems' in found && found.problems.map(formatProblemLine)).toMatchInlineSnapshot(`
      [
        "tests/fixtures/organisations/oasis/profile.json:13:15 → contacts: has no "fr" set, so tests/fixtures/courses/sample (fr) got no package: its learners would meet another language's contacts, or none. Add "fr" contacts (and "fr" to the profile's other texts), or leave "fr" out of "build.languages". [no-contacts-in-language]",
      ]
    `);
  });

  it('changes its stamp only when the profile changes', () => {
    expect(oasis.stamp()).toBe(oasis.stamp());
    expect(oasis.stamp()).toMatch(/^[0-9a-f]{8}$/);
  });
});
