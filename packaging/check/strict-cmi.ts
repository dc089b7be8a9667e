/**
 * A strict LMS's view of every SetValue a SCO makes: each element the player may write
 * (strict-elements.ts) with its data type (strict-types.ts), and the order rules of
 * interactions and objectives. Anything else (an element this player has no business
 * setting, a read-only one, a 1.2 name in a 2004 session) is a violation too. Stateful,
 * because a response's format depends on its interaction's type.
 */
import type { ScormVersion } from '../../src/scorm/scorm-version.ts';
import { RTE, RTE12, RULES, type Rule } from './strict-elements.ts';

/** Checks the SetValues of one session, in the order the SCO made them. */
export class StrictCmi {
  private readonly rules: Map<string, Rule>;
  /** For each interaction index, the fields set so far and its type. */
  private readonly interactions: Array<{ set: Set<string>; type?: string }> = [];
  private readonly objectives: Array<Set<string>> = [];

  /** `launch` is the cmi the LMS launched with: the records it already holds come before any new one. */
  constructor(
    private readonly version: ScormVersion,
    launch: { interactions?: object; objectives?: object } = {},
  ) {
    this.rules = new Map(RULES[version].map((r) => [r.element, r]));
    for (const held of Object.values(launch.interactions ?? {}) as Array<{ type?: string }>)
      this.interactions.push({ set: new Set(['id']), type: held.type || undefined });
    for (const _ of Object.values(launch.objectives ?? {})) this.objectives.push(new Set(['id']));
  }

  /** What a strict LMS would refuse about this SetValue, with the rule's section; undefined when it takes it. */
  check(element: string, value: string): string | undefined {
    const indexes = [...element.matchAll(/\.(\d+)(?=\.)/g)].map((m) => Number(m[1]));
    const generic = element.replace(/\.\d+(?=\.)/g, '.n');
    const found = this.rules.get(generic);
    const said = (problem: string, cite = found?.cite ?? '') =>
      `${element} = ${JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value)} ${problem}${cite ? ` (${cite})` : ''}`;
    if (!found) return said(`is not an element this player may set in ${this.version}`);
    const order = this.order(generic, indexes);
    if (order) return said(order, this.version === 'scorm12' ? `${RTE12}, cmi.interactions` : `${RTE} 4.2.9, 4.2.17`);
    const record = generic.startsWith('cmi.interactions.') ? this.interactions[indexes[0]!] : undefined;
    const problem = found.check(record?.type)(value);
    if (problem) return said(problem);
    if (generic === 'cmi.interactions.n.type' && record) record.type = value;
    return undefined;
  }

  /** Index and dependency order: no gaps, id first, type before anything shaped by it. */
  private order(generic: string, [n, k]: number[]): string | undefined {
    const list = generic.startsWith('cmi.interactions.')
      ? this.interactions
      : generic.startsWith('cmi.objectives.')
        ? this.objectives
        : undefined;
    if (!list || n === undefined) return undefined;
    if (n > list.length) return `skips index ${list.length}`;
    const field = generic.split('.n.').slice(1).join('.n.');
    if (n === list.length) {
      if (field !== 'id') return 'comes before the record has an id';
      if (list === this.interactions) this.interactions.push({ set: new Set() });
      else this.objectives.push(new Set());
    }
    const set = list === this.interactions ? this.interactions[n]!.set : this.objectives[n]!;
    if (k !== undefined) {
      const sub = field.split('.')[0]!;
      const seen = [...set].filter((f) => f.startsWith(`${sub}.`)).length;
      if (k > seen) return `skips ${sub} index ${seen}`;
      set.add(`${sub}.${k}`);
    } else set.add(field);
    if (/response|pattern/.test(field) && list === this.interactions && !this.interactions[n]!.type)
      return 'comes before the interaction has a type';
    return undefined;
  }
}

/** Every violation in a session's calls: each SetValue, as the SCO made it. */
export function strictViolations(
  version: ScormVersion,
  calls: ReadonlyArray<{ method: string; args: readonly string[] }>,
): string[] {
  const strict = new StrictCmi(version);
  return calls
    .filter((c) => /SetValue$/.test(c.method))
    .map((c) => strict.check(c.args[0] ?? '', c.args[1] ?? ''))
    .filter((v): v is string => v !== undefined);
}
