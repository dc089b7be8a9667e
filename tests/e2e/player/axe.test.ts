/**
 * Every screen of every course, in every language, passes axe-core (WCAG 2.0–2.2 A and AA
 * plus best practices) in real Chromium, served the way an LMS serves a package.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { QUESTION_TYPES } from '../../../src/course/kinds.ts';
import type { Course } from '../../../src/course/types.ts';
import { indexCourse } from '../../../src/engine/course-index.ts';
import { axeFindings, formatFindings } from './support/axe.ts';
import { openPlayer, useChromium } from './support/browser.ts';
import { startAll, WALKS_AT_ONCE } from './support/concurrently.ts';
import { type Stop, walkCourse } from './support/learner.ts';
import { type CourseLanguage, everyCourseLanguage, packageOf } from './support/packages.ts';

const chromium = useChromium();
const courses = everyCourseLanguage();

/**
 * Which stops to check. Every page is checked once its activities are done (reveals open,
 * feedback shown, scenario ended: the most content). Unanswered controls and the "finish
 * the activities" hint exist only on arrival, so a page is also checked on arrival when it
 * brings a kind of activity not yet checked that way in this course; their markup is the
 * same from page to page. Assessment questions are checked once per question type.
 */
function checkpoints(course: Course): (stop: Stop) => boolean {
  const { pageById } = indexCourse(course);
  const arrived = new Set<string>();
  const asked = new Set<string>();
  return (stop) => {
    if (stop.page?.done) return true;
    if (stop.page) {
      const kinds = pageById
        .get(stop.page.id)!
        .page.blocks.map((b) => b.type)
        .filter((t) => !arrived.has(t) && ([...QUESTION_TYPES, 'scenario', 'likert'] as string[]).includes(t));
      for (const kind of kinds) arrived.add(kind);
      return kinds.length > 0;
    }
    if (stop.question) return !asked.has(stop.question.type) && !!asked.add(stop.question.type);
    return true;
  };
}

interface AxeWalk {
  /** One line per finding, labelled with the stop it was found at. */
  violations: string[];
  /** The page's own errors during the walk. */
  errors: string[];
  /** The stops axe ran at. */
  checked: string[];
}

/** Walks one course language from intro to resume, running axe at its checkpoints. */
async function walkWithAxe({ folder, course }: CourseLanguage): Promise<AxeWalk> {
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
  return { violations, errors: player.errors, checked };
}

describe('axe on every screen', () => {
  it('finds every course folder, the French and Arabic self-care courses among them', () => {
    expect(courses.map((c) => c.name)).toEqual(
      expect.arrayContaining([
        'self-care (en)',
        'self-care (fr)',
        'self-care (ar)',
        'sample (en)',
        'mini (en)',
        'mini (ar)',
      ]),
    );
  });

  let walks: Map<CourseLanguage, Promise<AxeWalk>>;
  beforeAll(() => {
    walks = startAll(courses, WALKS_AT_ONCE, walkWithAxe);
  });

  it.each(courses)(
    '$name has no violations from intro to resume',
    async (course) => {
      const { violations, errors, checked } = await walks.get(course)!;
      expect(violations, violations.join('\n')).toEqual([]);
      expect(errors).toEqual([]);
      // The walk reached every kind of screen, the certificate included, so "no violations" covers them all.
      expect(checked).toEqual(
        expect.arrayContaining([
          'intro',
          'summary',
          'certificate name',
          'certificate',
          'exit confirmation',
          'exited',
          'resume',
          ...(course.course.assessment ? ['assessment intro', 'assessment result'] : []),
        ]),
      );
    },
    120_000,
  );

  it('reports a violation by rule, impact and target, so the checks above can fail', async () => {
    const pkg = await packageOf('tests/fixtures/courses/mini', 'en');
    const player = await openPlayer(chromium(), pkg.dir);
    try {
      await player.page.evaluate(() =>
        document.querySelector('main')!.insertAdjacentHTML('beforeend', '<img id="no-alt" src="media/listening.svg">'),
      );
      const lines = formatFindings('intro', await axeFindings(player.page));
      expect(lines).toEqual([
        expect.stringMatching(
          /^intro: image-alt \(critical\) at #no-alt: Images must have alternative text \(https:\/\/dequeuniversity\.com\/rules\/axe\/4\.\d+\/image-alt/,
        ),
      ]);
    } finally {
      await player.close();
    }
  });
});
