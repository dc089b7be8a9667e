/** The tables `npm run bench` prints. Plain text, so they read the same in a terminal and a CI log. */
import type { BudgetResult } from './budgets.ts';
import type { Chatter } from './lms-chatter.ts';
import type { LoadResult } from './load-speed.ts';
import type { PackagingResults } from './packaging-scale.ts';
import type { RecordSize } from './suspend-data.ts';
import type { Weight } from './weight.ts';

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
export const MB = (bytes: number | null, digits = 0) =>
  bytes === null ? 'n/a' : `${(bytes / 1_000_000).toFixed(digits)} MB`;
export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** A table with the first column left-aligned and the rest right-aligned, as numbers read best. */
export function table(title: string, head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((row) => row.map(String))];
  const widths = head.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [`\n${title}`, line(head), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join(
    '\n',
  );
}

export function weightTable(weights: Weight[]): string {
  return table(
    'Weight of the intro screen (transferred, gzip level 6, unthrottled)',
    ['course', 'HTML+data', 'data alone', 'JS', 'CSS', 'assets', 'total', 'requests', 'Start adds'],
    weights.map((w) => [
      w.name,
      kB(w.htmlBytes),
      kB(w.dataGzipBytes),
      kB(w.jsBytes),
      kB(w.cssBytes),
      kB(w.assetBytes),
      kB(w.totalBytes),
      w.requests,
      `${kB(w.firstPageBytes)} / ${w.firstPageRequests} req`,
    ]),
  );
}

export function loadTable(loads: LoadResult[], conditions: string[]): string {
  const names = [...new Set(loads.map((l) => l.name))];
  const at = (name: string, condition: string) => loads.find((l) => l.name === name && l.condition === condition)!;
  return table(
    'First heading visible after navigation start (median of 5, fresh context each run)',
    ['course', ...conditions, `downloads done (${conditions[1]})`, 'JS heap'],
    names.map((name) => [
      name,
      ...conditions.map((c) => seconds(at(name, c).visibleMs)),
      seconds(at(name, conditions[1]!).downloadsDoneMs),
      MB(at(name, conditions[0]!).heapBytes, 1),
    ]),
  );
}

export function packagingTable(p: PackagingResults): string {
  const cpu = (ms: number | null) => (ms === null ? 'n/a' : seconds(ms));
  const rows = [p.realCourses, ...p.generated].map((r) => [
    r.label,
    r.pages,
    r.packages,
    seconds(r.wallMs),
    cpu(r.cpuMs),
    seconds(r.zipMs),
    MB(r.maxRssBytes),
    `${(r.wallMs / r.pages).toFixed(2)} ms`,
  ]);
  const build = table(
    'Player build (vite build, once)',
    ['step', 'wall', 'CPU', 'peak RSS'],
    [['build', seconds(p.build.wallMs), cpu(p.build.cpuMs), MB(p.build.maxRssBytes)]],
  );
  const runs = table(
    'Packaging, both standards (`npm run package` with the build reused; fastest of 3, one run at 5,000 pages)',
    ['run', 'pages', 'zips', 'wall', 'CPU', 'of which zip', 'peak RSS', 'wall per page'],
    rows,
  );
  const perPage = (m: PackagingResults['marginalMsPerPage'][number]) =>
    `${m.msPerPage.toFixed(2)} ms wall${m.cpuMsPerPage === null ? '' : `, ${m.cpuMsPerPage.toFixed(2)} ms CPU`}`;
  const marginal = p.marginalMsPerPage
    .map((m) => `  ${m.from} → ${m.to} pages: ${perPage(m)} per extra page`)
    .join('\n');
  const [first, last] = [p.marginalMsPerPage[0]!, p.marginalMsPerPage.at(-1)!];
  // Judged on CPU time when known: other work on a shared machine stretches wall time, not CPU time.
  const growth =
    first.cpuMsPerPage !== null && last.cpuMsPerPage !== null
      ? last.cpuMsPerPage / first.cpuMsPerPage
      : last.msPerPage / first.msPerPage;
  // Linear means each extra page costs the same whatever the size; allow for timing noise.
  const verdict =
    growth <= 1.5
      ? 'close to linear'
      : `NOT linear: a page costs ${growth.toFixed(1)}× more between ${last.from} and ${last.to} pages than between ${first.from} and ${first.to}`;
  return `${build}\n${runs}\nMarginal cost (start-up cancels out):\n${marginal}\n  Growth: ${verdict}.`;
}

export function recordTable(sizes: RecordSize[], perPage: number, perCheck: number): string {
  const body = table(
    'Progress record (suspend_data) at full completion',
    ['course', 'pages', 'checks', 'chars'],
    sizes.map((s) => [s.name, s.pages, s.checks, s.chars]),
  );
  return `${body}\nAbout ${perPage.toFixed(1)} characters per page and ${perCheck.toFixed(1)} per knowledge check.`;
}

export function chatterTable(chatter: Chatter[]): string {
  return table(
    'LMS calls for a full run (learner pauses 5 s before each action)',
    ['course', 'standard', 'page turns', 'actions', 'SetValue', 'Commit', 'Terminate', 'LMS errors'],
    chatter.map((c) => [c.name, c.standard, c.pageTurns, c.actions, c.setValues, c.commits, c.terminates, c.lmsErrors]),
  );
}

export function budgetLines(budgets: BudgetResult[]): string {
  return [
    '\nBudgets',
    ...budgets.map(
      (b) => `  ${b.ok ? '✓' : '✗ OVER BUDGET:'} ${b.name}: ${b.measured} (limit ${b.limit}; worst: ${b.worst})`,
    ),
  ].join('\n');
}
