/**
 * Turns zod issues into messages an author can act on: what is wrong, then what to do.
 * Wording is pinned by inline snapshots in tests/validator.
 */
import type { z } from 'zod';
import type { JsonPath, Problem } from './problem.ts';
import { formatPath } from './problem.ts';
import type { JsonSource } from './json-source.ts';

type Issue = z.core.$ZodIssue;

const EXPECTED: Record<string, string> = {
  string: 'text in double quotes',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list in [ ]',
  object: 'an object in { }',
};

/** How a JSON value looks to an author, for "not …" clauses. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? value.slice(0, 37) + '…' : value)}`;
  return JSON.stringify(value);
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** The closest known name, if it is a plausible typo. */
export function suggest(name: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 4)) + 1;
  for (const candidate of known) {
    const d = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

function plural(n: number | bigint, word: string): string {
  return `${n} ${word}${n === 1 || n === 1n ? '' : 's'}`;
}

function messageFor(issue: Issue): { message: string; rule: string } {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return { rule: 'missing-field', message: `is missing. Add ${EXPECTED[issue.expected] ?? issue.expected} here` };
      return { rule: 'wrong-type', message: `should be ${EXPECTED[issue.expected] ?? issue.expected}, not ${describeValue(input)}` };
    case 'too_small':
      if (issue.origin === 'string') return { rule: 'too-short', message: Number(issue.minimum) <= 1 ? 'is empty. Write the text, or remove the field if it is optional' : `is shorter than ${plural(issue.minimum, 'character')}` };
      if (issue.origin === 'array') return { rule: 'too-few', message: `needs at least ${plural(issue.minimum, 'item')}, but has ${Array.isArray(input) ? input.length : 0}` };
      return { rule: 'out-of-range', message: `must be ${issue.inclusive === false ? 'more than' : 'at least'} ${issue.minimum}, not ${describeValue(input)}` };
    case 'too_big':
      if (issue.origin === 'string') return { rule: 'too-long', message: `is ${typeof input === 'string' ? input.length : '?'} characters long, above the limit of ${issue.maximum}. Shorten it, or split it across blocks` };
      if (issue.origin === 'array') return { rule: 'too-many', message: `has ${Array.isArray(input) ? input.length : '?'} items, more than the ${issue.maximum} allowed. Split them across blocks or pages` };
      return { rule: 'out-of-range', message: `must be ${issue.inclusive === false ? 'less than' : 'at most'} ${issue.maximum}, not ${describeValue(input)}` };
    case 'invalid_format':
      if (issue.format === 'regex') return { rule: 'bad-format', message: `${issue.message}, not ${describeValue(input)}` };
      return { rule: 'bad-format', message: `${describeValue(input)} is not a valid ${issue.format === 'url' ? 'https:// address' : issue.format}` };
    case 'invalid_value':
      return { rule: 'not-allowed', message: `${describeValue(input)} is not allowed here. Use ${issue.values.length === 1 ? '' : 'one of '}${issue.values.map((v) => JSON.stringify(v)).join(', ')}` };
    case 'invalid_union': {
      const discriminator = issue.discriminator;
      const allowed = ('options' in issue ? issue.options ?? [] : []).map(String);
      if (discriminator && input && typeof input === 'object') {
        const actual = (input as Record<string, unknown>)[discriminator];
        const options = allowed.map((v) => JSON.stringify(v)).join(', ');
        if (actual === undefined) return { rule: 'missing-type', message: `has no "${discriminator}". Add one of ${options}` };
        const near = typeof actual === 'string' ? suggest(actual, allowed) : undefined;
        return { rule: 'unknown-type', message: `${describeValue(actual)} is not a known ${discriminator}.${near ? ` Did you mean "${near}"?` : ''} Use one of ${options}` };
      }
      return { rule: 'wrong-type', message: `does not match any allowed shape, it is ${describeValue(input)}` };
    }
    case 'custom':
      return { rule: String((issue.params as { rule?: string } | undefined)?.rule ?? 'invalid'), message: issue.message };
    default:
      return { rule: 'invalid', message: issue.message };
  }
}

/** Converts zod issues on a parsed file into located problems. */
export function schemaProblems(issues: readonly Issue[], source: JsonSource, knownFields: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol') as JsonPath;
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const near = suggest(key, knownFields);
        problems.push({
          file: source.file,
          ...source.locate([...path, key], 'key'),
          path: formatPath([...path, key]),
          rule: 'unknown-field',
          message: `is not a field here.${near ? ` Did you mean "${near}"?` : ''} Remove it or fix the spelling`,
        });
      }
      continue;
    }
    const { message, rule } = messageFor(issue);
    problems.push({ file: source.file, ...source.locate(path), path: formatPath(path), rule, message });
  }
  return problems;
}
