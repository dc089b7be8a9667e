/**
 * `npm run check [-- <zip> …]`: verifies built packages the way an LMS meets them, and
 * prints a one-screen summary of each. With no zips named, it checks every zip in
 * dist/packages/ and in each organisation's folder there (dist/packages/<org>/). Exits 1
 * when any package has a problem, with the reasons.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { type CommandIo, createReporter, defaultIo, display, plural } from '../command-io.ts';
import { checkPackage, type LaunchOptions } from './check-package.ts';
import { launchBrowser } from './chromium.ts';
import { openPackage } from './read-package.ts';
import { summaryLines } from './summary.ts';

const USAGE = 'Usage: npm run check [-- <zip> …]   (default: every zip in dist/packages/ and its organisation folders)';

function zipsIn(dir: string, depth: number): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      if (entry.isFile() && entry.name.endsWith('.zip')) return [join(dir, entry.name)];
      return entry.isDirectory() && depth > 0 ? zipsIn(join(dir, entry.name), depth - 1) : [];
    });
}

function zipsToCheck(positionals: string[], cwd: string): string[] {
  if (positionals.length) return positionals.map((path) => resolve(cwd, path));
  return zipsIn(resolve(cwd, 'dist/packages'), 1);
}

/** Runs the check command and returns its exit code. `launch` can replace the LMS call audit (see launch-check.ts). */
export async function runCheck(argv: string[], io: CommandIo = defaultIo, launch: LaunchOptions = {}): Promise<number> {
  const report = createReporter(io);
  let positionals: string[];
  try {
    positionals = parseArgs({ args: argv, allowPositionals: true, options: {} }).positionals;
  } catch (error) {
    report.fail(`${(error as Error).message}\n${USAGE}`);
    return 1;
  }
  const zips = zipsToCheck(positionals, io.cwd);
  if (!zips.length) {
    report.fail(
      `No zips to check: dist/packages/ holds none. Run \`npm run package\` first, or name the zips.\n${USAGE}`,
    );
    return 1;
  }
  report.progress(`Checking ${plural(zips.length, 'package')}…`);

  let browser: Promise<Browser> | undefined;
  let failed = 0;
  try {
    for (const zip of zips) {
      const label = display(io.cwd, zip);
      if (!existsSync(zip) || !statSync(zip).isFile()) {
        failed += 1;
        report.fail(`✖ ${label}: there is no such file`);
        continue;
      }
      const opened = await openPackage(new Uint8Array(readFileSync(zip)));
      const result = await checkPackage(opened, () => (browser ??= launchBrowser()), launch);
      if (result.problems.length) failed += 1;
      const lines = summaryLines(label, opened, result);
      for (const line of lines) (result.problems.length ? io.error : io.log)(line);
      io.log('');
    }
  } finally {
    if (browser) await (await browser).close();
  }
  const verdict = failed
    ? `${failed} of ${plural(zips.length, 'package')} failed the check`
    : `${plural(zips.length, 'package')} passed every check`;
  (failed ? report.fail : io.log)(`${verdict}, in ${report.elapsed()} s.`);
  return failed ? 1 : 0;
}
