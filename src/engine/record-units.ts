/**
 * The units a progress record tracks, in document order: each page, then the knowledge
 * checks, scenarios and surveys on it. Each unit has a short key hashed from its stable
 * id and its structure (choice, node and statement ids), so a saved answer is dropped,
 * never misread, when the item it belongs to changes shape.
 */
import type { Block, Course, Question } from '../course/types.ts';
import { isQuestion } from '../course/kinds.ts';
import { hash32 } from './random.ts';

export type Unit =
  | { kind: 'page'; id: string }
  | { kind: 'check'; id: string; question: Question }
  | { kind: 'scenario'; id: string }
  | { kind: 'survey'; id: string };

export const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A 12-bit key in two URL-safe characters. */
export function shortKey(text: string): string {
  const h = hash32(text);
  return B64[h & 63]! + B64[(h >>> 6) & 63]!;
}

function blockStructure(block: Block): string {
  if (block.type === 'scenario') return block.nodes.map((n) => `${n.id}>${(n.choices ?? []).map((c) => `${c.id}=${c.next}`).join('/')}`).join(';');
  if (block.type === 'likert') return `${block.statements.map((s) => s.id).join('/')}#${block.scale.length}`;
  return isQuestion(block) ? questionStructure(block) : '';
}

/** The ids a question's saved response refers to by position. */
export function questionStructure(question: Question): string {
  switch (question.type) {
    case 'single-choice':
    case 'multiple-choice': return question.choices.map((c) => c.id).join('/');
    case 'true-false': return 'tf';
    case 'ordering': return question.items.map((i) => i.id).join('/');
    case 'matching': return [...question.pairs.map((p) => p.id), '|', ...question.distractors.map((d) => d.id)].join('/');
  }
}

/** Every tracked unit of a course, in document order, with its key. */
export function recordUnits(course: Course): { units: Unit[]; keys: string[] } {
  const units: Unit[] = [];
  const keys: string[] = [];
  const add = (unit: Unit, structure: string) => {
    units.push(unit);
    keys.push(shortKey(`${unit.kind}:${unit.id}:${structure}`));
  };
  for (const lesson of course.lessons) {
    for (const page of lesson.pages) {
      add({ kind: 'page', id: page.id }, '');
      for (const block of page.blocks) {
        if (isQuestion(block)) add({ kind: 'check', id: block.id, question: block }, blockStructure(block));
        else if (block.type === 'scenario') add({ kind: 'scenario', id: block.id }, blockStructure(block));
        else if (block.type === 'likert') add({ kind: 'survey', id: block.id }, blockStructure(block));
      }
    }
  }
  return { units, keys };
}
