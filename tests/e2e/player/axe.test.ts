/**
 * Every screen of every course, in every language, passes axe-core (WCAG 2.0–2.2 A and AA
 * plus best practices) in real Chromium, served the way an LMS serves a package.
 */
import { describe, expect, it } from 'vitest';
import { indexCourse } from '../../../src/engine/course-index.ts';
import type { Course } from '../../../src/course/types.ts';
import { axeFindings, formatFindings } from './support/axe.ts';
import { openPlayer, useChromium } from './support/browser.ts';
import { walkCourse, type Stop } from './support/learner.ts';
import { everyCourseLanguage, packageOf } from './support/packages.ts';

const chromium = useChromium();
const courses = everyCourseLanguage();

/**
 * Which stops to check. A page is checked once its activities are done (reveals open,
 * feedback shown, scenario ended: the most content), and also on arrival when it has
 * something to answer, since unanswered controls and the "finish the activities" hint
 * only exist then. Assessment questions are checked once per question type.
 */
function checkpoints(course: Course): (stop: Stop) => boolean {
  const { pageById } = indexCourse(course);
  const answerable = (pageId: string) => {
    const entry = pageById.get(pageId)!;
    return entry.questions.length > 0 || entry.scenarios.length > 0 || entry.page.blocks.some((b) => b.type === 'likert');
  };
  const types = new Set<string>();
  return (stop) => {
    if (stop.page) return stop.page.done || answerable(stop.page.id);
    if (stop.question) return !types.has(stop.question.type) && !!types.add(stop.question.type);
    return true;
  };
}

describe('axe on every screen', () => {
  it('finds every course folder, the French and Arabic self-care courses among them', () => {
    expect(courses.map((c) => c.name)).toEqual(expect.arrayContaining(['self-care (en)', 'self-care (fr)', 'self-care (ar)', 'sample (en)', 'mini (en)', 'mini (ar)']));
  });

  it.each(courses)('$name has no violations from intro to resume', async ({ folder, course }) => {
    const pkg = await packageOf(folder, course.language);
    const player = await openPlayer(chromium(), pkg.dir);
    const checked: string[] = [];
    const violations: string[] = [];
    const wanted = checkpoints(course);
    try {
      await walkCourse(player.page, course, async (stop) => {
        if (!wanted(stop)) return;
        checked.push(stop.label);
        violations.push(...formatFindings(stop.label, await axeFindings(player.page)));
      });
    } finally {
      await player.close();
    }
    expect(violations, violations.join('\n')).toEqual([]);
    expect(player.errors).toEqual([]);
    // The walk reached every kind of screen, so "no violations" covers them all.
    expect(checked).toEqual(expect.arrayContaining(['intro', 'summary', 'exit confirmation', 'exited', 'resume', ...(course.assessment ? ['assessment intro', 'assessment result'] : [])]));
  }, 90_000);
});
