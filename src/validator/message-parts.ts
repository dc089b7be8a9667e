/** How values read inside author messages: ids in lists, JSON values, counted words. */

/** Lists ids the way messages show them: `a, b, c`, cut after eight. */
export function listIds(ids: Iterable<string>): string {
  const all = [...ids];
  return all.length > 8 ? `${all.slice(0, 8).join(', ')}, …` : all.join(', ');
}

/** How a JSON value looks to an author, for "not …" clauses. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string')
    return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}…` : value)}`;
  return JSON.stringify(value);
}

/** @example plural(2, 'item') // '2 items' */
export function plural(n: number | bigint, word: string): string {
  return `${n} ${word}${n === 1 || n === 1n ? '' : 's'}`;
}
