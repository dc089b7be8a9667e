/**
 * Turns zod issues into messages an author can act on: what is wrong, then what to do.
 * Wording is pinned by inline snapshots in tests/validator.
 */
import type { z } from 'zod';
import type { JsonSource } from './json-source.ts';
import type { JsonPath, Problem } from './problem.ts';
import { formatPath } from './problem.ts';

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
  if (typeof value === 'string')
    return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}…` : value)}`;
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

/** The author message and rule name for one zod issue. */
export function messageFor(issue: Issue): { message: string; rule: string } {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined)
        return { rule: 'missing-field', message: `is missing. Add ${EXPECTED[issue.expected] ?? issue.expected} here` };
      return {
        rule: 'wrong-type',
        message: `should be ${EXPECTED[issue.expected] ?? issue.expected}, not ${describeValue(input)}`,
      };
    case 'too_small':
      if (issue.origin === 'string')
        return {
          rule: 'too-short',
          message:
            Number(issue.minimum) <= 1
              ? 'is empty. Write the text, or remove the field if it is optional'
              : `is shorter than ${plural(issue.minimum, 'character')}`,
        };
      if (issue.origin === 'array')
        return {
          rule: 'too-few',
          message: `needs at least ${plural(issue.minimum, 'item')}, but has ${Array.isArray(input) ? input.length : 0}`,
        };
      return {
        rule: 'out-of-range',
        message: `must be ${issue.inclusive === false ? 'more than' : 'at least'} ${issue.minimum}, not ${describeValue(input)}`,
      };
    case 'too_big':
      if (issue.origin === 'string')
        return {
          rule: 'too-long',
          message: `is ${typeof input === 'string' ? input.length : '?'} characters long, above the limit of ${issue.maximum}. Shorten it, or split it across blocks`,
        };
      if (issue.origin === 'array')
        return {
          rule: 'too-many',
          message: `has ${Array.isArray(input) ? input.length : '?'} items, more than the ${issue.maximum} allowed. Split them across blocks or pages`,
        };
      return {
        rule: 'out-of-range',
        message: `must be ${issue.inclusive === false ? 'less than' : 'at most'} ${issue.maximum}, not ${describeValue(input)}`,
      };
    case 'invalid_format':
      if (issue.format === 'regex')
        return { rule: 'bad-format', message: `${issue.message}, not ${describeValue(input)}` };
      return {
        rule: 'bad-format',
        message: `${describeValue(input)} is not a valid ${issue.format === 'url' ? 'https:// address' : issue.format}`,
      };
    case 'invalid_value':
      return {
        rule: 'not-allowed',
        message: `${describeValue(input)} is not allowed here. Use ${issue.values.length === 1 ? '' : 'one of '}${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
      };
    case 'invalid_union': {
      const discriminator = issue.discriminator;
      const allowed = ('options' in issue ? (issue.options ?? []) : []).map(String);
      if (discriminator && input && typeof input === 'object') {
        const actual = (input as Record<string, unknown>)[discriminator];
        const options = allowed.map((v) => JSON.stringify(v)).join(', ');
        if (actual === undefined)
          return { rule: 'missing-type', message: `has no "${discriminator}". Add one of ${options}` };
        const near = typeof actual === 'string' ? suggest(actual, allowed) : undefined;
        return {
          rule: 'unknown-type',
          message: `${describeValue(actual)} is not a known ${discriminator}.${near ? ` Did you mean "${near}"?` : ''} Use one of ${options}`,
        };
      }
      return { rule: 'wrong-type', message: `does not match any allowed shape, it is ${describeValue(input)}` };
    }
    case 'custom':
      return {
        rule: String((issue.params as { rule?: string } | undefined)?.rule ?? 'invalid'),
        message: issue.message,
      };
    default:
      return { rule: 'invalid', message: issue.message };
  }
}

/** The text a Markdown or HTML issue found, so a problem can point at it inside the string. */
export function foundText(issue: Issue): string | undefined {
  const find = issue.code === 'custom' ? (issue.params as { find?: unknown } | undefined)?.find : undefined;
  return typeof find === 'string' ? find : undefined;
}

const isMissing = (issue: Issue) => issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined;

/** Converts zod issues on a parsed file into located problems. */
export function schemaProblems(
  issues: readonly Issue[],
  source: JsonSource,
  knownFields: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  const pathOf = (issue: Issue) => issue.path.filter((p): p is string | number => typeof p !== 'symbol') as JsonPath;
  // A misspelt required field is one mistake, so it gets one message, at the misspelling.
  const missing = issues.filter(isMissing).map(pathOf);
  const explained = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const path = pathOf(issue);
    const siblings = missing
      .filter((p) => p.length === path.length + 1 && formatPath(p.slice(0, -1)) === formatPath(path))
      .map((p) => String(p.at(-1)));
    for (const key of issue.keys) {
      const sibling = suggest(
        key,
        siblings.filter((name) => !explained.has(formatPath([...path, name]))),
      );
      if (sibling) explained.add(formatPath([...path, sibling]));
      const near = sibling ?? suggest(key, knownFields);
      problems.push({
        file: source.file,
        ...source.locate([...path, key], 'key'),
        path: formatPath([...path, key]),
        rule: 'unknown-field',
        message: sibling
          ? `is not a field here, and "${sibling}" is missing. Did you mean "${sibling}"? Fix the spelling`
          : `is not a field here.${near ? ` Did you mean "${near}"?` : ''} Remove it or fix the spelling`,
      });
    }
  }
  for (const issue of issues) {
    const path = pathOf(issue);
    if (issue.code === 'unrecognized_keys' || (isMissing(issue) && explained.has(formatPath(path)))) continue;
    const { message, rule } = messageFor(issue);
    const find = foundText(issue);
    const at = find === undefined ? source.locate(path) : source.locateText(path, find);
    problems.push({ file: source.file, ...at, path: formatPath(path), rule, message });
  }
  return problems;
}
