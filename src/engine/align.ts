/** Aligns two sequences of keys like a diff, so saved progress follows items that moved. */

/**
 * For each index of `before`, the index in `after` it matches, or -1. Most matches keep
 * their order (a longest common subsequence), so a key that repeats by chance cannot
 * pull an item out of place; items that moved are matched when their key is unique.
 * @example alignKeys(['a', 'b', 'c'], ['a', 'x', 'c']) // [0, -1, 2]
 */
export function alignKeys(before: readonly string[], after: readonly string[]): number[] {
  const m = before.length;
  const n = after.length;
  const map = new Array<number>(m).fill(-1);
  // Same sequence: the common case, no table needed.
  if (m === n && before.every((key, i) => key === after[i])) return map.map((_, i) => i);
  // lengths[i][j] = LCS of before[i:] and after[j:], in one flat table.
  const width = n + 1;
  const lengths = new Uint16Array((m + 1) * width);
  for (let i = m - 1; i >= 0; i--) {
    for (let j = n - 1; j >= 0; j--) {
      lengths[i * width + j] =
        before[i] === after[j]
          ? lengths[(i + 1) * width + j + 1]! + 1
          : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
    }
  }
  for (let i = 0, j = 0; i < m && j < n; ) {
    if (before[i] === after[j]) map[i++] = j++;
    else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!) i++;
    else j++;
  }
  // Items that moved fall outside the common order. Match those whose key is unique
  // among the leftovers on both sides, where no chance repeat can mislead.
  const taken = new Set(map);
  const count = (keys: readonly string[], skip: (i: number) => boolean) => {
    const counts = new Map<string, number>();
    keys.forEach((key, i) => {
      if (!skip(i)) counts.set(key, (counts.get(key) ?? 0) + 1);
    });
    return counts;
  };
  const leftBefore = count(before, (i) => map[i]! >= 0);
  const leftAfter = count(after, (j) => taken.has(j));
  const place = new Map<string, number>();
  after.forEach((key, j) => {
    if (!taken.has(j)) place.set(key, j);
  });
  before.forEach((key, i) => {
    if (map[i]! < 0 && leftBefore.get(key) === 1 && leftAfter.get(key) === 1) map[i] = place.get(key)!;
  });
  return map;
}
