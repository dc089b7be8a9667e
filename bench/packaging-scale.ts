/**
 * Section 3: what building and packaging cost. The player is built once (timed on its own),
 * then `npm run package`'s real entry point runs with --player-dir, so every figure after
 * the build is validation plus zipping, as an author or a CI job would pay it.
 */
import { join } from 'node:path';
import { SIZES, writeGeneratedCourse } from './generated-courses.ts';
import { type ChildRun, runMeasured } from './measure-child.ts';

export interface RunFigures {
  wallMs: number;
  cpuMs: number | null;
  maxRssBytes: number | null;
  rssSource: ChildRun['rssSource'];
}

export interface PackagingRun extends RunFigures {
  label: string;
  /** Pages packaged (every course and language), for cost per page. */
  pages: number;
  packages: number;
  /** The command's own "written in" figure: zipping and writing, without start-up and validation. */
  zipMs: number;
}

export interface PackagingResults {
  build: RunFigures;
  realCourses: PackagingRun;
  generated: PackagingRun[];
  /** Extra milliseconds per extra page between consecutive generated sizes, in wall and (when known) CPU time. */
  marginalMsPerPage: { from: number; to: number; msPerPage: number; cpuMsPerPage: number | null }[];
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: ESC starts the colour codes this strips.
const ANSI = /\x1b\[[0-9;]*m/g;

/** Builds the player into `playerDir` with the repository's Vite config, in production mode. */
export async function buildPlayerOnce(root: string, playerDir: string, scratch: string): Promise<RunFigures> {
  const run = await runMeasured(
    [
      join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--mode',
      'production',
      '--outDir',
      playerDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    root,
    scratch,
  );
  if (run.code !== 0) throw new Error(`vite build failed:\n${run.stdout}${run.stderr}`);
  return figures(run);
}

/**
 * Runs the package command on `targets` (all of courses/ when empty) into `outDir`, `times`
 * times, and keeps the fastest run: other work on the machine only ever adds time, so the
 * fastest is the closest to the command's own cost. Likewise the least CPU time, and the
 * highest peak memory.
 */
async function packageRun(
  label: string,
  pages: number,
  targets: string[],
  times: number,
  dirs: { root: string; playerDir: string; outDir: string; scratch: string },
): Promise<PackagingRun> {
  const args = [
    '--import',
    'tsx',
    join(dirs.root, 'packaging/main.ts'),
    ...targets,
    '--standard',
    'all',
    '--player-dir',
    dirs.playerDir,
    '--out',
    dirs.outDir,
  ];
  const runs: PackagingRun[] = [];
  for (let i = 0; i < times; i++) {
    const run = await runMeasured(args, dirs.root, dirs.scratch);
    const out = run.stdout.replace(ANSI, '');
    if (run.code !== 0) throw new Error(`npm run package failed for ${label}:\n${out}${run.stderr.replace(ANSI, '')}`);
    const summary = /(\d+) packages?, .* written in ([\d.]+) s/.exec(out);
    // The summary rounds to 0.1 s; the per-package lines are in ms and add up more finely.
    const zipMs = [...out.matchAll(/✓ .*?(\d+) ms$/gm)].reduce((sum, m) => sum + Number(m[1]), 0);
    runs.push({ label, pages, packages: Number(summary?.[1] ?? 0), zipMs, ...figures(run) });
  }
  const fastest = runs.reduce((a, b) => (b.wallMs < a.wallMs ? b : a));
  const peaks = runs.map((r) => r.maxRssBytes).filter((b): b is number => b !== null);
  const cpu = runs.map((r) => r.cpuMs).filter((ms): ms is number => ms !== null);
  return {
    ...fastest,
    cpuMs: cpu.length ? Math.min(...cpu) : null,
    maxRssBytes: peaks.length ? Math.max(...peaks) : null,
  };
}

// The 5,000-page run takes about a minute and its growth dwarfs any noise, so it runs once.
const timesFor = (pages: number) => (pages > 1_000 ? 1 : 3);

/** Packages the real courses (into `realOut`, which later sections serve) and the generated ones. */
export async function measurePackaging(opts: {
  root: string;
  playerDir: string;
  realOut: string;
  tmp: string;
  realPages: number;
}): Promise<Omit<PackagingResults, 'build'>> {
  const { root, playerDir, realOut, tmp } = opts;
  const realCourses = await packageRun('all real courses', opts.realPages, [], timesFor(opts.realPages), {
    root,
    playerDir,
    outDir: realOut,
    scratch: tmp,
  });
  const generated: PackagingRun[] = [];
  for (const pages of SIZES) {
    const dir = writeGeneratedCourse(join(tmp, 'generated', 'courses'), pages);
    generated.push(
      await packageRun(`generated ${pages} pages`, pages, [dir], timesFor(pages), {
        root,
        playerDir,
        outDir: join(tmp, 'generated', 'out'),
        scratch: tmp,
      }),
    );
  }
  const marginalMsPerPage = generated.slice(1).map((run, i) => {
    const prev = generated[i]!;
    const extra = run.pages - prev.pages;
    const cpuMsPerPage = run.cpuMs !== null && prev.cpuMs !== null ? (run.cpuMs - prev.cpuMs) / extra : null;
    return { from: prev.pages, to: run.pages, msPerPage: (run.wallMs - prev.wallMs) / extra, cpuMsPerPage };
  });
  return { realCourses, generated, marginalMsPerPage };
}

const figures = (run: ChildRun): RunFigures => ({
  wallMs: run.wallMs,
  cpuMs: run.cpuMs,
  maxRssBytes: run.maxRssBytes,
  rssSource: run.rssSource,
});
