/**
 * The units a progress record tracks, in document order: each page, then the knowledge
 * checks, scenarios and surveys on it. Each unit has a one-character key hashed from its
 * stable id and its structure (choice, node and statement ids, and a question's correct
 * answer), so a saved answer is dropped, never misread, when its item changes shape.
 * Keys are two characters (12 bits), or one (6 bits) when a very large course would not
 * otherwise fit SCORM 1.2's suspend_data. A fingerprint of the whole structure lets an
 * unchanged course restore by position, exactly, whatever the key width. Courses too large
 * for keys on every unit are recorded by lesson instead (record-lessons.ts).
 */

import { isQuestion } from '../course/kinds.ts';
import type { Block, Course, Question } from '../course/types.ts';
import { hash32 } from './random.ts';
import { correctResponse, optionIds } from './scoring.ts';

export type Unit =
  | { kind: 'page'; id: string }
  | { kind: 'check'; id: string; question: Question }
  | { kind: 'scenario'; id: string }
  | { kind: 'survey'; id: string };

export const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A key of `width` URL-safe characters (6 bits each). */
export function unitKey(text: string, width: 1 | 2 = 2): string {
  const h = hash32(text);
  return width === 1 ? B64[h & 63]! : B64[h & 63]! + B64[(h >>> 6) & 63]!;
}

/** A 24-bit key in four URL-safe characters, for what must not collide: the course itself. */
export function longKey(text: string): string {
  const h = hash32(text);
  return [0, 6, 12, 18].map((shift) => B64[(h >>> shift) & 63]).join('');
}

function blockStructure(block: Block): string {
  if (block.type === 'scenario')
    return block.nodes.map((n) => `${n.id}>${(n.choices ?? []).map((c) => `${c.id}=${c.next}`).join('/')}`).join(';');
  if (block.type === 'likert') return `${block.statements.map((s) => s.id).join('/')}#${block.scale.length}`;
  return isQuestion(block) ? questionStructure(block) : '';
}

/** The ids a question's saved response refers to by position, and its correct answer, which a correct entry stands for. */
export function questionStructure(question: Question): string {
  return `${optionIds(question).join('/')}|${correctResponse(question).join('/')}`;
}

export interface RecordUnits {
  units: Unit[];
  keys: string[];
  fingerprint: string;
  /** Each lesson's units, as a range of `units`, and a key hashed from all of them (see record-lessons.ts). */
  lessons: { key: string; start: number; end: number }[];
}

/** A lesson's key: 18 bits in three characters, hashed from the identity of every unit in it. */
export function lessonKey(identities: readonly string[]): string {
  const h = hash32(identities.join('\n'));
  return B64[h & 63]! + B64[(h >>> 6) & 63]! + B64[(h >>> 12) & 63]!;
}

// Every save encodes the record, so the hashing is done once per course and key width.
const cache = new WeakMap<Course, Partial<Record<1 | 2, RecordUnits>>>();

/** Every tracked unit of a course, in document order, with its key, and a fingerprint of the whole structure. */
export function recordUnits(course: Course, width: 1 | 2 = 2): RecordUnits {
  const cached = cache.get(course) ?? {};
  cache.set(course, cached);
  cached[width] ??= computeUnits(course, width);
  return cached[width];
}

function computeUnits(course: Course, width: 1 | 2): RecordUnits {
  const units: Unit[] = [];
  const keys: string[] = [];
  const identities: string[] = [];
  const add = (unit: Unit, structure: string) => {
    const identity = `${unit.kind}:${unit.id}:${structure}`;
    units.push(unit);
    identities.push(identity);
    keys.push(unitKey(identity, width));
  };
  const lessons: RecordUnits['lessons'] = [];
  for (const lesson of course.lessons) {
    const start = units.length;
    for (const page of lesson.pages) {
      add({ kind: 'page', id: page.id }, '');
      for (const block of page.blocks) {
        if (isQuestion(block)) add({ kind: 'check', id: block.id, question: block }, blockStructure(block));
        else if (block.type === 'scenario') add({ kind: 'scenario', id: block.id }, blockStructure(block));
        else if (block.type === 'likert') add({ kind: 'survey', id: block.id }, blockStructure(block));
      }
    }
    const end = units.length;
    lessons.push({ key: lessonKey([`lesson:${lesson.id}`, ...identities.slice(start, end)]), start, end });
  }
  return { units, keys, fingerprint: longKey(identities.join('\n')), lessons };
}
