/** Rules that tie parts of a course together: plans, images, the assessment, completion, contacts. */

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
      if (!source)
        report(
          [...path, 'sources', i],
          'unknown-block',
          `"${ref}" is not the id of any block in this course. Use the id of a checklist or reflection block`,
        );
      else if (source.type !== 'checklist' && source.type !== 'reflection') {
        report(
          [...path, 'sources', i],
          'wrong-block',
          `"${ref}" is a ${source.type} block. A plan is built only from checklist and reflection blocks`,
        );
      }
    });
  }
};

export const imageText: Rule = ({ course, report }) => {
  for (const { item: block, path } of walkBlocks(course)) {
    if (block.type !== 'image') continue;
    if (!block.decorative && !block.alt) {
      report(
        [...path, 'alt'],
        'missing-alt',
        'is missing. Describe what the image shows for people who cannot see it, or set "decorative": true if it adds nothing to the text',
      );
    }
    if (block.decorative && block.alt) {
      report(
        [...path, 'decorative'],
        'decorative-with-alt',
        'is true, but the image also has alt text that screen readers would then skip. Remove "alt", or set "decorative": false',
      );
    }
  }
};

export const assessmentRules: Rule = ({ course, report }) => {
  const { assessment, completion } = course;
  completion.when.forEach((condition, i) => {
    if (condition !== 'pages-complete' && !assessment) {
      report(
        ['completion', 'when', i],
        'no-assessment',
        `"${condition}" needs an assessment, and this course has none. Add an "assessment", or use "pages-complete"`,
      );
    }
  });
  if (!assessment) return;
  if (assessment.draw !== undefined && assessment.draw > assessment.questions.length) {
    report(
      ['assessment', 'draw'],
      'draw-too-large',
      `asks for ${assessment.draw} questions per attempt, but the pool has only ${assessment.questions.length}. Add questions to the pool, or lower "draw"`,
    );
  }
  if (completion.when.includes('assessment-passed') && completion.when.includes('assessment-finished')) {
    report(
      ['completion', 'when'],
      'redundant-condition',
      '"assessment-passed" already implies "assessment-finished". Keep only one',
    );
  }
};

export const sensitivePages: Rule = ({ course, report }) => {
  if (course.contentNote) return;
  course.lessons.forEach((lesson, l) => {
    lesson.pages.forEach((page, p) => {
      if (page.sensitive)
        report(
          ['lessons', l, 'pages', p, 'sensitive'],
          'no-content-note',
          'is true, but the course has no "contentNote" to show before this page. Add a contentNote to the course',
        );
    });
  });
};

export const contactKinds: Rule = ({ course, contacts, report }) => {
  if (!contacts) return;
  for (const { item: block, path } of walkBlocks(course)) {
    if (block.type !== 'contacts' || !block.kinds) continue;
    if (!contacts.contacts.some((c) => block.kinds!.includes(c.kind))) {
      report(
        [...path, 'kinds'],
        'no-contacts',
        `no contact in the contacts file is of kind ${block.kinds.map((k) => `"${k}"`).join(' or ')}, so this block would be empty. Add such a contact, or change "kinds"`,
      );
    }
  }
};
