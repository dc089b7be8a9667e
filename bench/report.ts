/** The tables `npm run bench` prints. Plain text, so they read the same in a terminal and a CI log. */
import type { BudgetResult } from './budgets.ts';
import type { FirstScreen } from './first-screens.ts';
import { median } from './first-screens.ts';
import type { Chatter } from './lms-chatter.ts';
import type { PackagingResults } from './packaging-scale.ts';
import type { TurnRun } from './page-turns.ts';
import type { RecordSize } from './suspend-data.ts';

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
export const MB = (bytes: number | null, digits = 0) =>
  bytes === null ? 'n/a' : `${(bytes / 1_000_000).toFixed(digits)} MB`;
export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const times = (ratio: number) => `${ratio.toFixed(2)}×`;
const ms = (value: number) => `${Math.round(value)} ms`;

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

export function firstScreenTables(screens: FirstScreen[]): string {
  const weight = table(
    'First load on the wire, transferred (gzip level 6, headers included)',
    [
      'course',
      'HTML',
      'CSS',
      'JS',
      'first screen',
      'plain page',
      '× plain',
      'before first page',
      'whole course',
      'images',
    ],
    screens.map((s) => [
      s.name,
      kB(s.firstLoad.html),
      kB(s.firstLoad.css),
      kB(s.firstLoad.js),
      kB(s.firstLoadBytes),
      kB(s.plainBytes),
      times(s.firstLoadBytes / s.plainBytes),
      kB(s.beforeFirstPageBytes),
      kB(s.totalBytes),
      kB(s.firstLoad.images),
    ]),
  );
  const slow = table(
    'Fast 3G + 4× CPU (median of rounds; in each round every package right after its plain page, same text and language)',
    [
      'course',
      'heading',
      'plain page',
      '× plain',
      'interactive',
      'first page after Start',
      'whole',
      "player's longest task",
      'layout before player.js',
      "plain page's",
    ],
    screens.map((s) => [
      s.name,
      seconds(s.slow.headingMs),
      seconds(s.slow.plainHeadingMs),
      times(s.slow.headingRatio),
      seconds(s.slow.interactiveMs),
      seconds(s.slow.firstPageMs),
      seconds(s.slow.firstPageWholeMs),
      `${ms(s.slow.longestTaskMs)} (worst ${ms(s.slow.worstTaskMs)})`,
      ms(s.slow.pageLayoutTaskMs),
      ms(s.slow.plainLayoutTaskMs),
    ]),
  );
  const fast = table(
    'Unthrottled',
    ['course', 'heading', 'plain page', '× plain', 'interactive'],
    screens.map((s) => [
      s.name,
      seconds(s.fast.headingMs),
      seconds(s.fast.plainHeadingMs),
      times(s.fast.headingRatio),
      seconds(s.fast.interactiveMs),
    ]),
  );
  return `${weight}\n${slow}\n${fast}`;
}

export interface TurnSummary {
  name: string;
  turns: number;
  medianMs: number;
  p90Ms: number;
  maxMs: number;
  /** The 90th percentile from the click to the whole page shown, later blocks included. */
  wholeP90Ms: number;
  longestTaskMs: number;
  /**
   * The same course's words as plain pages (served-packages.ts, writePlainCourse), walked in
   * the same rounds: what laying out and painting a page's words costs this machine in this
   * run. A plain page shows all of them at once, so it compares with the whole page.
   */
  plain?: { turns: number; medianMs: number; p90Ms: number };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

export function summariseTurns(run: TurnRun, plain?: TurnRun): TurnSummary {
  const durations = run.turns.map((t) => t.ms);
  const plainDurations = plain?.turns.map((t) => t.ms) ?? [];
  return {
    ...(plainDurations.length
      ? {
          plain: {
            turns: plainDurations.length,
            medianMs: median(plainDurations),
            p90Ms: percentile(plainDurations, 90),
          },
        }
      : {}),
    name: run.name,
    turns: durations.length,
    medianMs: median(durations),
    p90Ms: percentile(durations, 90),
    maxMs: Math.max(...durations),
    wholeP90Ms: percentile(
      run.turns.map((t) => t.wholeMs),
      90,
    ),
    longestTaskMs: Math.max(0, ...run.turns.map((t) => t.longestTaskMs)),
  };
}

export function turnTable(turns: TurnSummary[]): string {
  return table(
    'Page turns at 4× CPU: click to the new heading painted, every turn of each walk through a whole course',
    [
      'course',
      'turns',
      'median',
      '90th percentile',
      'slowest',
      'whole page, 90th percentile',
      'longest task in a turn',
      'plain pages: median',
      '90th percentile',
      'whole page × plain (90th)',
    ],
    turns.map((t) => [
      t.name,
      t.turns,
      ms(t.medianMs),
      ms(t.p90Ms),
      ms(t.maxMs),
      ms(t.wholeP90Ms),
      ms(t.longestTaskMs),
      t.plain ? ms(t.plain.medianMs) : '–',
      t.plain ? ms(t.plain.p90Ms) : '–',
      t.plain ? times(t.wholeP90Ms / t.plain.p90Ms) : '–',
    ]),
  );
}

export function packagingTable(p: PackagingResults): string {
  const cpu = (value: number | null) => (value === null ? 'n/a' : seconds(value));
  const build = table(
    'Player build (vite build, once)',
    ['step', 'wall', 'CPU', 'peak RSS'],
    [['build', seconds(p.build.wallMs), cpu(p.build.cpuMs), MB(p.build.maxRssBytes)]],
  );
  const runs = table(
    'Packaging, both standards (packaging/main.ts with --player-dir; fastest of its runs, least CPU, highest peak)',
    ['run', 'pages', 'zips', 'wall', 'CPU', 'peak RSS'],
    [p.realCourses, p.warm, ...p.generated].map((r) => [
      r.label,
      r.pages.toLocaleString('en'),
      r.packages,
      seconds(r.wallMs),
      cpu(r.cpuMs),
      MB(r.maxRssBytes),
    ]),
  );
  const perPage = p.cpuMsPerPage
    .map((m) => `  ${m.pages.toLocaleString('en')} pages: ${m.msPerPage.toFixed(3)} ms of CPU a page`)
    .join('\n');
  return `${build}\n${runs}\nCPU per page beyond the 10-page course's (the command's own start-up):\n${perPage}`;
}

export function recordTable(sizes: RecordSize[]): string {
  return table(
    'Progress record (suspend_data) at full completion, as SCORM 1.2 gets it (limit 4,096)',
    ['course', 'pages', 'checks', 'chars', 'layout', 'complete', 'whole (this browser)'],
    sizes.map((s) => [
      s.name,
      s.pages.toLocaleString('en'),
      s.checks,
      s.chars.toLocaleString('en'),
      s.layout,
      s.complete ? 'yes' : 'no',
      s.wholeChars.toLocaleString('en'),
    ]),
  );
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
