/**
 * The budgets from issue 9. Each is checked against the worst case measured, so one heavy
 * course cannot hide behind a light one.
 */
import type { Chatter } from './lms-chatter.ts';
import type { LoadResult } from './load-speed.ts';
import type { PackagingRun } from './packaging-scale.ts';
import type { RecordSize } from './suspend-data.ts';
import type { Weight } from './weight.ts';

export interface BudgetResult {
  name: string;
  limit: string;
  measured: string;
  /** Which course or run gave the measured figure. */
  worst: string;
  ok: boolean;
}

export const SLOW_CONDITION = 'Fast 3G, 4x CPU';

const maxBy = <T>(items: T[], value: (item: T) => number): T => items.reduce((a, b) => (value(b) > value(a) ? b : a));

export function checkBudgets(input: {
  weights: Weight[];
  loads: LoadResult[];
  generated: PackagingRun[];
  records: RecordSize[];
  chatter: Chatter[];
  packageNames: string[];
}): BudgetResult[] {
  const { weights, loads, generated, records, chatter } = input;
  const results: BudgetResult[] = [];

  // Wire bytes include headers and chunked framing, so this is a little stricter than gzipping the files.
  const heaviest = maxBy(weights, (w) => w.jsBytes + w.cssBytes);
  const runtime = heaviest.jsBytes + heaviest.cssBytes;
  results.push({
    name: 'runtime JS + CSS, gzipped',
    limit: '≤ 50.0 kB',
    measured: `${(runtime / 1000).toFixed(1)} kB`,
    worst: heaviest.name,
    ok: runtime <= 50_000,
  });

  // The plain HTML control page is a yardstick, not a package.
  const slow = loads.filter((l) => l.condition === SLOW_CONDITION && input.packageNames.includes(l.name));
  const slowest = maxBy(slow, (l) => l.visibleMs);
  results.push({
    name: `first heading visible, ${SLOW_CONDITION}`,
    limit: '≤ 1.50 s',
    measured: `${(slowest.visibleMs / 1000).toFixed(2)} s (median)`,
    worst: slowest.name,
    ok: slowest.visibleMs <= 1_500,
  });

  const thousand = generated.find((g) => g.pages === 1_000)!;
  results.push({
    name: 'package a 1,000-page course (both standards)',
    limit: '≤ 10.0 s',
    measured: `${(thousand.wallMs / 1000).toFixed(1)} s`,
    worst: thousand.label,
    ok: thousand.wallMs <= 10_000,
  });

  const record = records.find((r) => r.pages === 1_000 && r.name.startsWith('generated'))!;
  results.push({
    name: 'suspend_data, 1,000-page course, all done',
    limit: '≤ 4,096 chars',
    measured: `${record.chars.toLocaleString('en')} chars`,
    worst: `${record.name}, ${record.checks} checks`,
    ok: record.chars <= 4_096,
  });

  // Terminate is the "+1 on exit": it commits on its own, so it counts as a commit here.
  const chattiest = maxBy(chatter, (c) => c.commits + c.terminates - c.pageTurns);
  const over = chattiest.commits + chattiest.terminates - (chattiest.pageTurns + 1);
  results.push({
    name: 'Commits ≤ page turns + 1 (exit)',
    limit: `≤ ${chattiest.pageTurns + 1}`,
    measured: `${chattiest.commits} Commit + ${chattiest.terminates} Terminate`,
    worst: `${chattiest.name} ${chattiest.standard}`,
    ok: over <= 0,
  });
  return results;
}
