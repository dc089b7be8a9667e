/**
 * Learner responses and correct patterns as each standard writes them.
 *
 * SCORM 1.2 (RTE 3.4.2.7) allows only one-character identifiers, `0-9` and `a-z`, in
 * responses: choice `a,c`; sequencing `c,a,b`; matching `1.a,2.b`; likert `3`;
 * true-false `t` or `f`. Course ids such as `listening-basics` are mapped to one
 * character each, the same way for the response and the correct pattern.
 * SCORM 2004 takes the ids themselves as short identifiers (`short-id.ts`: `name-it` is
 * written `name_it`), joined with the reserved `[,]` and `[.]`.
 */
import { toShortId } from './short-id.ts';
import type { InteractionRecord } from './tracker.ts';

export interface ResponsePair {
  response: string;
  /** Empty when the question has no correct answer (likert). */
  correct: string;
}

const SHORT = 'abcdefghijklmnopqrstuvwxyz0123456789';
const ONE_CHAR = /^[0-9a-z]$/;

/** Ids in a matching answer are `prompt.match` pairs. */
const sides = (pair: string): [string, string] => {
  const dot = pair.indexOf('.');
  return dot < 0 ? [pair, ''] : [pair.slice(0, dot), pair.slice(dot + 1)];
};

function idsOf(rec: InteractionRecord): string[] {
  const all = [...(rec.choices ?? []), ...rec.correct, ...rec.response];
  const ids = rec.type === 'matching' ? all.flatMap(sides).filter(Boolean) : all;
  return [...new Set(ids)];
}

/**
 * One character per id, stable for a question when `choices` lists every id in authored
 * order. Ids that are already single characters are kept as they are.
 */
function shortIds(rec: InteractionRecord): (id: string) => string {
  const ids = idsOf(rec);
  if (ids.every((id) => ONE_CHAR.test(id))) return (id) => id;
  // More than 36 ids cannot be written validly; keep the long id rather than lose it.
  const map = new Map(ids.map((id, i) => [id, SHORT[i] ?? id]));
  return (id) => map.get(id) ?? id;
}

/**
 * Response strings for SCORM 1.2 `student_response` and `correct_responses.0.pattern`.
 * @example scorm12Responses({ type: 'choice', choices: ['x', 'y', 'z'], response: ['z'], correct: ['y'], ... })
 * // { response: 'c', correct: 'b' }
 */
export function scorm12Responses(rec: InteractionRecord): ResponsePair {
  const short = shortIds(rec);
  const format = (ids: readonly string[]): string => {
    switch (rec.type) {
      case 'true-false':
        return ids[0] === 'true' ? 't' : ids[0] === 'false' ? 'f' : '';
      case 'matching':
        return ids.map((pair) => sides(pair).map(short).join('.')).join(',');
      case 'likert': {
        const value = ids[0] ?? '';
        // A scale index 0..35 is one base-36 character; anything else goes through the map.
        return ONE_CHAR.test(value)
          ? value
          : /^\d+$/.test(value) && Number(value) < 36
            ? Number(value).toString(36)
            : short(value);
      }
      default:
        return ids.map(short).join(',');
    }
  };
  return { response: format(rec.response), correct: format(rec.correct) };
}

/**
 * Response strings for SCORM 2004 `learner_response` and `correct_responses.0.pattern`.
 * @example scorm2004Responses({ type: 'matching', response: ['step-1.look'], correct: ['step-1.listen'], ... })
 * // { response: 'step_1[.]look', correct: 'step_1[.]listen' }
 */
export function scorm2004Responses(rec: InteractionRecord): ResponsePair {
  const format = (ids: readonly string[]): string => {
    switch (rec.type) {
      case 'true-false':
        return ids[0] === 'true' || ids[0] === 'false' ? ids[0] : '';
      case 'matching':
        return ids.map((pair) => sides(pair).map(toShortId).join('[.]')).join('[,]');
      case 'likert':
        return ids[0] === undefined ? '' : toShortId(ids[0]);
      case 'choice':
        // A choice response is a set: the LMS rejects a repeated id.
        return [...new Set(ids)].map(toShortId).join('[,]');
      default:
        return ids.map(toShortId).join('[,]');
    }
  };
  return { response: format(rec.response), correct: format(rec.correct) };
}
