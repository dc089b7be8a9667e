/**
 * docs/errors.md is generated from the error catalogue and checked in, so that an author
 * can look up the id at the end of a problem line. This test fails when it falls behind.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_DOCS_FILE, exampleLine, renderErrorDocs } from '../../src/cli/error-docs.ts';
import { ERRORS, type ErrorId } from '../../src/validator/error-catalogue.ts';
import { ROOT } from '../support/courses.ts';

describe('docs/errors.md', () => {
  it('matches the error catalogue', () => {
    const checkedIn = readFileSync(join(ROOT, ERROR_DOCS_FILE), 'utf8');
    expect(checkedIn, `${ERROR_DOCS_FILE} is out of date. Run \`npm run schema\` and commit the result`).toBe(
      renderErrorDocs(),
    );
  });

  it('has a heading for every id, so that docs/errors.md#<id> links work', () => {
    const headings = [...renderErrorDocs().matchAll(/^### (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(Object.keys(ERRORS));
  });

  it('shows each example as the CLI prints it, ending with the id', () => {
    expect(exampleLine('unknown-choice')).toMatchInlineSnapshot(
      `"courses/self-care/course.json → lessons[1].pages[0].blocks[2].correct: "c" is not one of this question's choices (a, b). Use the id of a choice. [unknown-choice]"`,
    );
    for (const id of Object.keys(ERRORS) as ErrorId[]) expect(exampleLine(id)).toMatch(new RegExp(` \\[${id}\\]$`));
  });
});
