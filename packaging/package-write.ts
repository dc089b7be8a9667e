/** The package command's last steps: the player, one zip per course language and standard, the summary. */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../src/cli/atomic-write.ts';
import { green } from '../src/cli/cli-output.ts';
import type { ScormVersion } from '../src/scorm/scorm-version.ts';
import { ContainedFileError } from '../src/validator/contained-file.ts';
import type { ValidatedProfile } from '../src/validator/validate-profile.ts';
import { buildPlayer, missingPlayerFiles } from './build-player.ts';
import { bold, display, kilobytes, plural, type Reporter } from './command-io.ts';
import { packageCourse, packageFileName } from './course-zip.ts';
import { organisationFiles } from './organisation-files.ts';
import type { ReadyCourse } from './package-validate.ts';
import { isCurrentBuild, playerInputsHash, stampBuild } from './player-build-cache.ts';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * The folder holding player.js and player.css, built now unless told otherwise, or
 * undefined when there is none (the reason is printed). A build made from the same
 * sources is reused (player-build-cache.ts). An explicit --player-dir is a player built
 * elsewhere, so it is not rebuilt either.
 */
export async function preparePlayer(
  options: { skipBuild: boolean; playerDir?: string },
  report: Reporter,
): Promise<string | undefined> {
  const { cwd } = report.io;
  const playerDir = options.playerDir ? resolve(cwd, options.playerDir) : join(REPO_ROOT, 'dist', 'player');
  if (!options.skipBuild && !options.playerDir) {
    const inputs = playerInputsHash(REPO_ROOT);
    if (isCurrentBuild(playerDir, inputs)) report.progress('Reusing the player build: its sources are unchanged.');
    else {
      report.progress('Building the player…');
      const buildProblem = await buildPlayer(REPO_ROOT);
      if (buildProblem) {
        report.fail(`${buildProblem}\nNothing was written.`);
        return undefined;
      }
      stampBuild(playerDir, inputs);
    }
  }
  const missing = missingPlayerFiles(playerDir, display(cwd, playerDir));
  if (missing) {
    report.fail(`${missing}\nNothing was written.`);
    return undefined;
  }
  return playerDir;
}

export interface Written {
  count: number;
  bytes: number;
  /** Courses refused while packaging, after they had validated. */
  failed: number;
}

/** Writes every package for the organisation into `outDir`, printing a line for each as it lands. */
export async function writePackages(
  ready: readonly ReadyCourse[],
  standards: readonly ScormVersion[],
  playerDir: string,
  outDir: string,
  org: { dir: string; profile: ValidatedProfile },
  report: Reporter,
): Promise<Written> {
  const { cwd, log } = report.io;
  const written: Written = { count: 0, bytes: 0, failed: 0 };
  for (const { dir, label, languages } of ready) {
    // Every zip of a course is built before any is written, so a course is packaged whole or not at all.
    const built: { path: string; bytes: Uint8Array; ms: number }[] = [];
    // Said once per course and file, however many languages and standards draw it.
    const undrawn = new Map<string, string>();
    const heard = (path: string, reason: string) => undrawn.set(path, reason);
    try {
      for (const { course } of languages) {
        const { organisation, files } = organisationFiles(org.profile, org.dir, course.language);
        for (const standard of standards) {
          const t0 = performance.now();
          const input = { course, organisation, organisationFiles: files };
          const bytes = await packageCourse(input, { standard, courseDir: dir, playerDir, undrawn: heard });
          built.push({ path: join(outDir, packageFileName(course, standard)), bytes, ms: performance.now() - t0 });
        }
      }
    } catch (error) {
      if (!(error instanceof ContainedFileError)) throw error;
      // The file changed after validation passed (a link planted, a file removed): the same words as validation.
      written.failed += 1;
      report.fail(`✖ ${label}: ${error.message}. Nothing was written for this course.`);
      continue;
    }
    for (const [path, reason] of undrawn)
      report.warn(
        `${label}: ${path} stays a picture file, which a slow phone draws as a document of its own: ${reason}. Simple shapes, text and class styles can be drawn in the page (packaging/inline-svg.ts).`,
      );
    for (const { path, bytes, ms } of built) {
      writeFileAtomic(path, bytes);
      written.count += 1;
      written.bytes += bytes.byteLength;
      log(
        `${green('✓')} ${display(cwd, path).padEnd(53)} ${kilobytes(bytes.byteLength).padStart(10)}  ${Math.round(ms)} ms`,
      );
    }
  }
  return written;
}

/** The run's last line: what was written, where, and the wall time since the command started. */
export function printSummary(written: Written, outDir: string, report: Reporter): void {
  const where = `${display(report.io.cwd, outDir)}/`;
  report.io.log(
    bold(
      `\n${plural(written.count, 'package')}, ${kilobytes(written.bytes)} in total, written in ${report.elapsed()} s to ${where}`,
    ),
  );
}
