/**
 * What building and packaging cost. The player is built once (timed on its own), then
 * `npm run package`'s real entry point runs with --player-dir, so every figure after the
 * build is validation plus zipping, as an author or a CI job would pay it. Warm packaging
 * runs the real command as a person types it, reusing the player build (issue 16).
 */
import { join } from 'node:path';
import { QUICK } from './first-screens.ts';
import { PACKAGING_SIZES, writeGeneratedCourse } from './generated-courses.ts';
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
  /** `npm run package` for every course, language and standard, with the player build reused: the fastest of 3. */
  warm: PackagingRun;
  generated: PackagingRun[];
  /**
   * CPU per page at each generated size beyond the smallest, whose cost is the command's
   * start-up: (CPU(n) − CPU(10)) / (n − 10).
   */
  cpuMsPerPage: { pages: number; msPerPage: number }[];
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

// Two runs each are enough: CPU time barely moves with other work on the machine.
const timesFor = (pages: number) => (QUICK ? 1 : pages > 1_000 ? 2 : 3);

/** Runs `npm run package` as typed (all of courses/), reusing dist/player when its sources are unchanged. */
async function warmRun(root: string, outDir: string, scratch: string, pages: number): Promise<PackagingRun> {
  const args = [join(root, 'bin/pss-scorm.mjs'), 'package', '--out', outDir];
  // The first run builds the player when its sources changed since the last build; it is not counted.
  await runMeasured(args, root, scratch);
  const runs: PackagingRun[] = [];
  for (let i = 0; i < 3; i++) {
    const run = await runMeasured(args, root, scratch);
    const out = run.stdout.replace(ANSI, '');
    if (run.code !== 0) throw new Error(`npm run package failed:\n${out}${run.stderr}`);
    if (!out.includes('Reusing the player build')) throw new Error(`npm run package built the player again:\n${out}`);
    const summary = /(\d+) packages?, .* written in ([\d.]+) s/.exec(out);
    runs.push({
      label: 'npm run package (warm)',
      pages,
      packages: Number(summary?.[1] ?? 0),
      zipMs: 0,
      ...figures(run),
    });
  }
  return runs.reduce((a, b) => (b.wallMs < a.wallMs ? b : a));
}

/** Packages the real courses (into `realOut`, which later sections serve), warm and cold, and the generated ones. */
export async function measurePackaging(opts: {
  root: string;
  playerDir: string;
  realOut: string;
  tmp: string;
  realPages: number;
  progress: (line: string) => void;
}): Promise<Omit<PackagingResults, 'build'>> {
  const { root, playerDir, realOut, tmp } = opts;
  const realCourses = await packageRun('all real courses', opts.realPages, [], 3, {
    root,
    playerDir,
    outDir: realOut,
    scratch: tmp,
  });
  opts.progress('  npm run package, warm…');
  const warm = await warmRun(root, join(tmp, 'warm'), tmp, opts.realPages);
  const generated: PackagingRun[] = [];
  for (const pages of PACKAGING_SIZES) {
    opts.progress(`  generated ${pages.toLocaleString('en')} pages…`);
    const dir = writeGeneratedCourse(join(tmp, 'generated', 'courses'), pages);
    generated.push(
      await packageRun(`generated ${pages.toLocaleString('en')} pages`, pages, [dir], timesFor(pages), {
        root,
        playerDir,
        outDir: join(tmp, 'generated', 'out'),
        scratch: tmp,
      }),
    );
  }
  const base = generated[0]!;
  const cpuMsPerPage = generated.slice(1).map((run) => ({
    pages: run.pages,
    msPerPage: ((run.cpuMs ?? run.wallMs) - (base.cpuMs ?? base.wallMs)) / (run.pages - base.pages),
  }));
  return { realCourses, warm, generated, cpuMsPerPage };
}

const figures = (run: ChildRun): RunFigures => ({
  wallMs: run.wallMs,
  cpuMs: run.cpuMs,
  maxRssBytes: run.maxRssBytes,
  rssSource: run.rssSource,
});
