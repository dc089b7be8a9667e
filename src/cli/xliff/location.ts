/**
 * Where a string appears, in words a translator can follow without reading the JSON:
 * "Lesson 2 “Listening basics” › page “Open questions” › single-choice question kc-open ›
 * choice b › feedback".
 */
import type { JsonPath } from '../../validator/problem.ts';

type Node = Record<string | number, unknown>;

const titleOf = (node: unknown) => {
  const title = (node as { title?: unknown } | undefined)?.title;
  return typeof title === 'string' ? ` “${title.length > 60 ? `${title.slice(0, 57)}…` : title}”` : '';
};
const idOf = (node: unknown) => String((node as { id?: unknown } | undefined)?.id ?? '');

const FIELD_NAMES: Record<string, string> = {
  contentNote: 'content note',
  correct: 'feedback when right',
  incorrect: 'feedback when wrong',
  partial: 'feedback when partly right',
};

/** The string's place in the course, as a breadcrumb. */
export function describeLocation(rawCourse: unknown, path: JsonPath): string {
  const parts: string[] = [];
  let node: unknown = rawCourse;
  for (let i = 0; i < path.length; i++) {
    const part = path[i]!;
    const parentField = path[i - 1];
    const child = (node as Node | undefined)?.[part];
    if (typeof part === 'number') {
      if (parentField === 'lessons') parts.push(`lesson ${part + 1}${titleOf(child)}`);
      else if (parentField === 'pages') parts.push(`page${titleOf(child)}`);
      else if (parentField === 'blocks' || parentField === 'questions') {
        const type = String((child as { type?: unknown } | undefined)?.type ?? 'block');
        const kind = parentField === 'questions' ? `graded ${type} question` : `${type} block`;
        parts.push(`${kind} ${idOf(child)}`);
      } else if (parentField === 'objectives') parts.push(`learning objective ${idOf(child)}`);
      else {
        const id = idOf(child);
        const item = String(parentField ?? 'item').replace(/s$/, '');
        parts.push(id ? `${item} ${id}` : `${item} ${part + 1}`);
      }
    } else if (!['lessons', 'pages', 'blocks', 'questions', 'objectives'].includes(part)) {
      if (part === 'assessment') parts.push('assessment');
      // "feedback › feedback when right" says it twice.
      else if (part === 'feedback' && ['correct', 'incorrect', 'partial'].includes(String(path[i + 1]))) {
      } else if (!Array.isArray(child)) parts.push(FIELD_NAMES[part] ?? part);
    }
    node = child;
  }
  const top = ['lessons', 'assessment', 'objectives'].includes(String(path[0]));
  return [...(top ? [] : ['course']), ...parts].join(' › ');
}
