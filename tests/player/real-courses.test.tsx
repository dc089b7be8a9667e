// @vitest-environment jsdom
/**
 * Every page of every real course, in every language it ships in, renders with one h1,
 * no skipped heading levels, unique ids (aria-labelledby depends on them) and a
 * labelled landmark set. The real-browser checks (axe, keyboard, 320 px) build on this.
 */

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { indexCourse } from '../../src/engine/course-index.ts';
import { drive, loadCourse, makeSession, organisationFor, REPO_ROOT, renderPlayer } from './helpers.tsx';

const folders = readdirSync(join(REPO_ROOT, 'courses'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && !d.name.startsWith('.') && !d.name.startsWith('_'))
  .map((d) => `courses/${d.name}` as const);

function problemsOnScreen(): string[] {
  const problems: string[] = [];
  const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));
  if (levels.filter((l) => l === 1).length !== 1) problems.push(`h1 count ${levels.filter((l) => l === 1).length}`);
  levels.forEach((level, i) => {
    if (i && level > levels[i - 1]! + 1) problems.push(`h${levels[i - 1]} then h${level}`);
  });
  const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
  const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (repeated.length) problems.push(`repeated ids ${repeated.join(', ')}`);
  for (const el of document.querySelectorAll('[aria-labelledby], [aria-describedby], [aria-controls]')) {
    for (const attr of ['aria-labelledby', 'aria-describedby', 'aria-controls']) {
      for (const id of (el.getAttribute(attr) ?? '').split(' ').filter(Boolean))
        if (!document.getElementById(id)) problems.push(`${attr} → missing #${id}`);
    }
  }
  return problems;
}

describe.each(folders)('%s', (folder) => {
  it.each(loadCourse(folder).map((c) => [c.course.language, c] as const))(
    'renders every page cleanly in %s',
    (_, { course }) => {
      // The real courses play for the demo organisation, which has every one of their languages.
      const organisation = organisationFor(course.language, folder.includes('/fixtures/') ? undefined : 'demo');
      const input = makeSession({ ...course, navigation: 'free' }, organisation);
      renderPlayer(input);
      expect(problemsOnScreen()).toEqual([]);
      drive(input, { type: 'course.start' });
      const found: Record<string, string[]> = {};
      for (const { page } of indexCourse(input.course).pages) {
        drive(input, { type: 'nav.goto', pageId: page.id });
        expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(page.title);
        const problems = problemsOnScreen();
        if (problems.length) found[page.id] = problems;
      }
      expect(found).toEqual({});
      expect(screen.getByRole('main').dataset.screen).toBe('page');
    },
  );
});
