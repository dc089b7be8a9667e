/**
 * Section 3: what building and packaging cost. The player is built once (timed on its own),
 * then `npm run package`'s real entry point runs with --player-dir, so every figure after
 * the build is validation plus zipping, as an author or a CI job would pay it.
 */
import { join } from 'node:path';
import { runMeasured, type ChildRun } from './measure-child.ts';
import { SIZES, writeGeneratedCourse } from './generated-courses.ts';

export interface RunFigures {
  wallMs: number;
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
  /** Extra milliseconds per extra page between consecutive generated sizes. */
  marginalMsPerPage: { from: number; to: number; msPerPage: number }[];
}

const ANSI = /\x1b\[[0-9;]*m/g;

/** Builds the player into `playerDir` with the repository's Vite config, in production mode. */
export async function buildPlayerOnce(root: string, playerDir: string, scratch: string): Promise<RunFigures> {
  const run = await runMeasured([join(root, 'node_modules/vite/bin/vite.js'), 'build', '--mode', 'production', '--outDir', playerDir, '--emptyOutDir', '--logLevel', 'warn'], root, scratch);
  if (run.code !== 0) throw new Error(`vite build failed:\n${run.stdout}${run.stderr}`);
  return figures(run);
}

/** Runs the package command on `targets` (all of courses/ when empty) into `outDir`. */
async function packageRun(label: string, pages: number, targets: string[], root: string, playerDir: string, outDir: string, scratch: string): Promise<PackagingRun> {
  const args = ['--import', 'tsx', join(root, 'packaging/package.ts'), ...targets, '--standard', 'all', '--player-dir', playerDir, '--out', outDir];
  const run = await runMeasured(args, root, scratch);
  const out = run.stdout.replace(ANSI, '');
  if (run.code !== 0) throw new Error(`npm run package failed for ${label}:\n${out}${run.stderr.replace(ANSI, '')}`);
  const summary = /(\d+) packages?, .* written in ([\d.]+) s/.exec(out);
  // The summary rounds to 0.1 s; the per-package lines are in ms and add up more finely.
  const zipMs = [...out.matchAll(/✓ .*?(\d+) ms$/gm)].reduce((sum, m) => sum + Number(m[1]), 0);
  return { label, pages, packages: Number(summary?.[1] ?? 0), zipMs, ...figures(run) };
}

/** Packages the real courses (into `realOut`, which later sections serve) and the generated ones. */
export async function measurePackaging(opts: { root: string; playerDir: string; realOut: string; tmp: string; realPages: number; contactsFrom: string }): Promise<Omit<PackagingResults, 'build'>> {
  const { root, playerDir, realOut, tmp } = opts;
  const realCourses = await packageRun('all real courses', opts.realPages, [], root, playerDir, realOut, tmp);
  const generated: PackagingRun[] = [];
  for (const pages of SIZES) {
    const dir = writeGeneratedCourse(join(tmp, 'generated', 'courses'), pages, opts.contactsFrom);
    generated.push(await packageRun(`generated ${pages} pages`, pages, [dir], root, playerDir, join(tmp, 'generated', 'out'), tmp));
  }
  const marginalMsPerPage = generated.slice(1).map((run, i) => {
    const prev = generated[i]!;
    return { from: prev.pages, to: run.pages, msPerPage: (run.wallMs - prev.wallMs) / (run.pages - prev.pages) };
  });
  return { realCourses, generated, marginalMsPerPage };
}

const figures = (run: ChildRun): RunFigures => ({ wallMs: run.wallMs, maxRssBytes: run.maxRssBytes, rssSource: run.rssSource });
