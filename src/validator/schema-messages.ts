/**
 * Turns zod issues into the error catalogue's ids and parameters, so an author reads what
 * is wrong, then what to do. Wording is pinned by inline snapshots in tests/validator.
 */
import type { z } from 'zod';
import { type FoundError, foundProblemAt, problemAt } from './error-catalogue.ts';
import type { JsonSource } from './json-source.ts';
import type { JsonPath, Problem } from './problem.ts';
import { formatPath } from './problem.ts';

type Issue = z.core.$ZodIssue;

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

/** The catalogue error for one zod issue. */
export function errorFor(issue: Issue): FoundError {
  const value = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return { rule: 'missing-field', params: { expected: issue.expected } };
      return { rule: 'wrong-type', params: { expected: issue.expected, value } };
    case 'too_small':
      if (issue.origin === 'string') return { rule: 'too-short', params: { minimum: issue.minimum } };
      if (issue.origin === 'array')
        return { rule: 'too-few', params: { minimum: issue.minimum, count: Array.isArray(value) ? value.length : 0 } };
      return {
        rule: 'out-of-range',
        params: { bound: 'minimum', limit: issue.minimum, inclusive: issue.inclusive !== false, value },
      };
    case 'too_big':
      if (issue.origin === 'string')
        return {
          rule: 'too-long',
          params: { length: typeof value === 'string' ? value.length : undefined, maximum: issue.maximum },
        };
      if (issue.origin === 'array')
        return {
          rule: 'too-many',
          params: { count: Array.isArray(value) ? value.length : undefined, maximum: issue.maximum },
        };
      return {
        rule: 'out-of-range',
        params: { bound: 'maximum', limit: issue.maximum, inclusive: issue.inclusive !== false, value },
      };
    case 'invalid_format':
      // A pattern's requirement is written where the schema declares it, such as "must be a semantic version".
      if (issue.format === 'regex') return { rule: 'bad-format', params: { requirement: issue.message, value } };
      return { rule: 'bad-format', params: { format: issue.format, value } };
    case 'invalid_value':
      return { rule: 'not-allowed', params: { value, allowed: issue.values } };
    case 'invalid_union':
      return unionError(issue, value);
    case 'custom':
      return customError(issue);
    default:
      return { rule: 'invalid', params: { detail: issue.message } };
  }
}

/** A value that matches none of a union's shapes: for a tagged union, the tag is the mistake. */
function unionError(issue: Extract<Issue, { code: 'invalid_union' }>, value: unknown): FoundError {
  const field = issue.discriminator;
  const options = ('options' in issue ? (issue.options ?? []) : []).map(String);
  if (!field || !value || typeof value !== 'object') return { rule: 'wrong-type', params: { value } };
  const actual = (value as Record<string, unknown>)[field];
  if (actual === undefined) return { rule: 'missing-type', params: { field, options } };
  const suggestion = typeof actual === 'string' ? suggest(actual, options) : undefined;
  return { rule: 'unknown-type', params: { field, value: actual, options, suggestion } };
}

/** The course schema's own checks (Markdown and plain text) say which catalogue error they found. */
function customError(issue: Extract<Issue, { code: 'custom' }>): FoundError {
  const params = (issue.params ?? {}) as { rule?: string; detail?: unknown };
  const detail = String(params.detail);
  if (params.rule === 'raw-html') return { rule: 'raw-html', params: { found: detail } };
  if (params.rule === 'unsafe-link') return { rule: 'unsafe-link', params: { target: detail } };
  return { rule: 'invalid', params: { detail: issue.message } };
}

/** The text a Markdown or HTML issue found, so a problem can point at it inside the string. */
export function foundText(issue: Issue): string | undefined {
  const find = issue.code === 'custom' ? (issue.params as { find?: unknown } | undefined)?.find : undefined;
  return typeof find === 'string' ? find : undefined;
}

const isMissing = (issue: Issue) => issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined;
const pathOf = (issue: Issue) => issue.path.filter((p): p is string | number => typeof p !== 'symbol') as JsonPath;

/** Converts zod issues on a parsed file into located problems. */
export function schemaProblems(
  issues: readonly Issue[],
  source: JsonSource,
  knownFields: ReadonlySet<string>,
): Problem[] {
  const { problems, explained } = unknownFieldProblems(issues, source, knownFields);
  for (const issue of issues) {
    const path = pathOf(issue);
    if (issue.code === 'unrecognized_keys' || (isMissing(issue) && explained.has(formatPath(path)))) continue;
    const find = foundText(issue);
    const at = find === undefined ? source.locate(path) : source.locateText(path, find);
    problems.push(foundProblemAt({ file: source.file, ...at, path: formatPath(path) }, errorFor(issue)));
  }
  return problems;
}

/**
 * Unknown fields, each at its key. A misspelt required field is one mistake, so it gets one
 * message, at the misspelling; `explained` holds the missing fields it accounts for.
 */
function unknownFieldProblems(issues: readonly Issue[], source: JsonSource, knownFields: ReadonlySet<string>) {
  const problems: Problem[] = [];
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
      const place = { file: source.file, ...source.locate([...path, key], 'key'), path: formatPath([...path, key]) };
      const params = sibling ? { missing: sibling } : { suggestion: suggest(key, knownFields) };
      problems.push(problemAt(place, 'unknown-field', params));
    }
  }
  return { problems, explained };
}
