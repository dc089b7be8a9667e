/** The error catalogue: every entry renders its example, and each is told apart by its id and its title. */
import { describe, expect, it } from 'vitest';
import {
  ERROR_SECTIONS,
  ERRORS,
  type ErrorId,
  errorEntry,
  errorMessage,
  severityOf,
} from '../../src/validator/error-catalogue.ts';

const ids = Object.keys(ERRORS) as ErrorId[];

/** Titles shared by more than one id, as `title: id, id`. */
function sharedTitles(entries: Record<string, { title: string }>): string[] {
  const byTitle = new Map<string, string[]>();
  for (const [id, { title }] of Object.entries(entries)) byTitle.set(title, [...(byTitle.get(title) ?? []), id]);
  return [...byTitle]
    .filter(([, owners]) => owners.length > 1)
    .map(([title, owners]) => `${title}: ${owners.join(', ')}`);
}

describe('error catalogue', () => {
  it.each(ids)('%s renders its example as a message an author can act on', (id) => {
    const { message, example, title, hint } = errorEntry(id);
    const text = message(example);
    expect(text.trim()).not.toBe('');
    // What happened comes first, in the sentence after the path; never "Error:" or "Oops".
    expect(text).not.toMatch(/^(error|oops)\b/i);
    expect(text).not.toMatch(/undefined|\[object Object\]|NaN/);
    // The docs page ends each title with a full stop.
    expect(title).toMatch(/^[A-Z].*[^.\s]$/);
    expect(hint).toMatch(/^[A-Z"`].*[.)]$/);
  });

  it('gives no two ids the same title', () => {
    expect(sharedTitles(ERRORS)).toEqual([]);
  });

  it('would notice two ids with the same title', () => {
    const planted = { 'id-a': { title: 'An id is used twice' }, 'id-b': { title: 'An id is used twice' } };
    expect(sharedTitles(planted)).toEqual(['An id is used twice: id-a, id-b']);
  });

  it('keys every error by a kebab-case id, in exactly one section', () => {
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    const listed = ERROR_SECTIONS.flatMap((section) => Object.keys(section.errors));
    expect(listed.sort()).toEqual([...ids].sort());
  });

  it('makes link syntax that is never read, the guessable-assessment lints and the demo profile warnings; everything else an error', () => {
    expect(ids.filter((id) => severityOf(id) === 'warning')).toEqual([
      'link-not-read',
      'link-in-plain-text',
      'demo-profile',
      'longest-answer-bias',
      'one-sided-true-false',
      'fixed-correct-count',
      'objective-can-be-missed',
    ]);
    expect(ERROR_SECTIONS.find((s) => s.title.includes('warnings'))!.errors).toHaveProperty('longest-answer-bias');
  });

  it('words a message from typed parameters, as the report sites pass them', () => {
    expect(
      errorMessage('duplicate-id', { scope: 'course', id: 'page-intro', first: ['lessons', 0, 'pages', 0] }),
    ).toMatchInlineSnapshot(
      `""page-intro" is already the id at lessons[0].pages[0]. Ids must be unique across the whole course; give this one a new id"`,
    );
    expect(errorMessage('node-shape', { node: 'probe', has: 'both' })).toMatchInlineSnapshot(
      `"node "probe" has both choices and an ending. Give it choices to go on, or an ending to stop, not both"`,
    );
  });
});
