/**
 * The learner's device-only answers, read back for a plan: each source block's prompt
 * as plain text and the lines the learner chose or wrote. The same sections feed the
 * plan on screen, its printout and its downloaded text file.
 */
import { markdownToPlainText } from '../course/markdown.ts';
import type { Block, BlockOf, Course } from '../course/types.ts';
import type { DeviceStore } from './device-store.ts';
import { fileName } from './file-name.ts';

/** What a checklist keeps: ticked item ids and the learner's own items. */
export interface ChecklistAnswer {
  checked: string[];
  own: string[];
}

export const NO_CHECKS: ChecklistAnswer = { checked: [], own: [] };

export interface PlanSection {
  id: string;
  heading: string;
  kind: 'checklist' | 'reflection';
  lines: string[];
}

function findBlock(course: Course, id: string): Block | undefined {
  for (const lesson of course.lessons)
    for (const page of lesson.pages) for (const block of page.blocks) if (block.id === id) return block;
  return undefined;
}

export function planSections(course: Course, plan: BlockOf<'plan'>, store: DeviceStore): PlanSection[] {
  return plan.sources.flatMap((id): PlanSection[] => {
    const block = findBlock(course, id);
    if (block?.type === 'checklist') {
      const answer = store.get<ChecklistAnswer>(id) ?? NO_CHECKS;
      const lines = [
        ...block.items.filter((item) => answer.checked.includes(item.id)).map((item) => item.text),
        ...answer.own,
      ];
      return [{ id, heading: markdownToPlainText(block.prompt), kind: 'checklist', lines }];
    }
    if (block?.type === 'reflection') {
      const text = (store.get<string>(id) ?? '').trim();
      return [
        { id, heading: markdownToPlainText(block.prompt), kind: 'reflection', lines: text ? text.split(/\n+/) : [] },
      ];
    }
    return [];
  });
}

/** The plan as a plain text file: title, then each section with its lines. */
export function planText(title: string, sections: PlanSection[], empty: string): string {
  const parts = [title, '='.repeat(Math.min(title.length, 60))];
  for (const section of sections) {
    parts.push('', section.heading);
    const lines = section.lines.length ? section.lines : [empty];
    parts.push(...lines.map((line) => (section.kind === 'checklist' && section.lines.length ? `- ${line}` : line)));
  }
  return `${parts.join('\n')}\n`;
}

/** A file name from the plan title, without characters that file systems refuse. */
export function planFileName(title: string, extension = 'txt'): string {
  return fileName(title, extension, 'plan');
}
