/**
 * Where a packaging command reads and writes, and how it talks to the person running it:
 * progress lines as they happen, warnings gathered for the end, and elapsed wall time.
 */
import { isAbsolute, relative, sep } from 'node:path';
import { bold, dim, red, yellow } from '../src/cli/cli-output.ts';
import { formatProblemLine, type Problem } from '../src/validator/problem.ts';

/** Where the command reads and writes, and where it prints; tests replace these. */
export interface CommandIo {
  cwd: string;
  log(line: string): void;
  error(line: string): void;
  /** Lines that say what the command is doing now; `log` when not given. */
  progress?(line: string): void;
  /**
   * When the run started, on the `performance.now()` clock. The command line passes 0, the
   * process's own start, so the time printed at the end is the wall time the person waited,
   * module loading included. Defaults to the moment the command function is called.
   */
  startedAt?: number;
}

export const defaultIo: CommandIo = {
  cwd: process.cwd(),
  log: (line) => console.log(line),
  error: (line) => console.error(line),
};

/** A command's voice: progress now, problems now, warnings at the end. */
export interface Reporter {
  io: CommandIo;
  progress(line: string): void;
  problems(heading: string, problems: readonly Problem[]): void;
  fail(line: string): void;
  /** Keeps a warning to print after everything else, where it cannot scroll away. */
  warn(line: string): void;
  /** Prints the gathered warnings, if any. */
  flushWarnings(): void;
  /** Seconds since the run started, as the person waiting counted them. */
  elapsed(): string;
}

export function createReporter(io: CommandIo): Reporter {
  const startedAt = io.startedAt ?? performance.now();
  const warnings: string[] = [];
  return {
    io,
    progress: (line) => (io.progress ?? io.log)(dim(line)),
    problems(heading, problems) {
      io.error(red(heading));
      for (const problem of problems) io.error(`  ${formatProblemLine(problem)}`);
    },
    fail: (line) => io.error(red(line)),
    warn: (line) => void warnings.push(line),
    flushWarnings() {
      if (!warnings.length) return;
      io.error(yellow(`\n${plural(warnings.length, 'warning')}:`));
      for (const line of warnings) io.error(`  ${yellow('!')} ${line}`);
    },
    elapsed: () => ((performance.now() - startedAt) / 1000).toFixed(1),
  };
}

export { bold };

/** @example plural(2, 'course') // '2 courses' */
export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** @example kilobytes(2048) // '2.0 KB' */
export const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Paths inside the project read best relative to it; anywhere else, in full. */
export function display(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  if (rel.startsWith('..') || isAbsolute(rel)) return path;
  return rel.split(sep).join('/') || '.';
}
