/** Rules that tie parts of a course together: plans, images, the assessment, completion. */
import type { ContactSet, Course } from '../course/types.ts';
import type { JsonPath } from './problem.ts';
import type { Rule } from './rule-context.ts';
import { walkBlocks } from './walk.ts';

export const planSources: Rule = ({ course, report }) => {
  const blocks = new Map<string, { type: string; path: JsonPath }>();
  for (const { item, path } of walkBlocks(course)) blocks.set(item.id, { type: item.type, path });
  for (const { item: block, path } of walkBlocks(course)) {
    if (block.type !== 'plan') continue;
    block.sources.forEach((ref, i) => {
      const source = blocks.get(ref);
      if (!source) report([...path, 'sources', i], 'unknown-block', { ref });
      else if (source.type !== 'checklist' && source.type !== 'reflection')
        report([...path, 'sources', i], 'wrong-block', { ref, type: source.type });
    });
  }
};

export const imageText: Rule = ({ course, report }) => {
  for (const { item: block, path } of walkBlocks(course)) {
    if (block.type !== 'image') continue;
    if (!block.decorative && !block.alt) report([...path, 'alt'], 'missing-alt', {});
    if (block.decorative && block.alt) report([...path, 'decorative'], 'decorative-with-alt', {});
  }
};

export const assessmentRules: Rule = ({ course, report }) => {
  const { assessment, completion } = course;
  completion.when.forEach((condition, i) => {
    if (condition !== 'pages-complete' && !assessment)
      report(['completion', 'when', i], 'no-assessment', { condition });
  });
  if (!assessment) return;
  if (assessment.draw !== undefined && assessment.draw > assessment.questions.length)
    report(['assessment', 'draw'], 'draw-too-large', { draw: assessment.draw, pool: assessment.questions.length });
  if (completion.when.includes('assessment-passed') && completion.when.includes('assessment-finished'))
    report(['completion', 'when'], 'redundant-condition', {});
};

export const sensitivePages: Rule = ({ course, report }) => {
  if (course.contentNote) return;
  course.lessons.forEach((lesson, l) => {
    lesson.pages.forEach((page, p) => {
      if (page.sensitive) report(['lessons', l, 'pages', p, 'sensitive'], 'no-content-note', {});
    });
  });
};

/**
 * The contacts blocks that would show nothing with these contacts: they list only kinds the
 * organisation has none of. Checked when packaging, once the organisation is known.
 */
export function emptyContactsBlocks(course: Course, contacts: ContactSet): Array<{ path: JsonPath; kinds: string[] }> {
  const empty: Array<{ path: JsonPath; kinds: string[] }> = [];
  for (const { item: block, path } of walkBlocks(course)) {
    if (block.type !== 'contacts' || !block.kinds) continue;
    if (!contacts.contacts.some((c) => block.kinds!.includes(c.kind)))
      empty.push({ path: [...path, 'kinds'], kinds: block.kinds });
  }
  return empty;
}
