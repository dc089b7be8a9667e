/**
 * Runs a command in a child process and measures its wall time, CPU time and peak memory. A child,
 * not this process, so the figures are the command's own: no Chromium, no earlier
 * sections' garbage, and the same start-up cost a person running `npm run package` pays.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface ChildRun {
  wallMs: number;
  /** Peak resident memory in bytes, or null when neither way of reading it is available. */
  maxRssBytes: number | null;
  /** How the peak was read, so results.json says how far to trust it. */
  rssSource: '/usr/bin/time -v' | '/proc VmHWM' | 'none';
  /**
   * User plus system CPU time, from GNU time; null without it. On a shared machine other
   * work stretches wall time but barely touches this, so growth is judged on it.
   */
  cpuMs: number | null;
  code: number;
  stdout: string;
  stderr: string;
}

const GNU_TIME = '/usr/bin/time';

/** Runs `node <args>` in `cwd`; `scratch` is a folder for the time report. */
export async function runMeasured(args: string[], cwd: string, scratch: string): Promise<ChildRun> {
  // GNU time reads the kernel's own peak (ru_maxrss) at exit, which sampling can miss.
  const report = join(scratch, `time-${process.pid}-${Date.now()}.txt`);
  const useTime = existsSync(GNU_TIME);
  const [command, argv] = useTime
    ? [GNU_TIME, ['-v', '-o', report, process.execPath, ...args]]
    : [process.execPath, args];
  const started = performance.now();
  const child = spawn(command, argv, { cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  // Without GNU time, poll the kernel's high-water mark for the child while it runs.
  let sampled = 0;
  const poll = useTime ? undefined : setInterval(() => (sampled = Math.max(sampled, vmHwm(child.pid))), 50);
  const code = await new Promise<number>((done) => child.on('close', (c) => done(c ?? 1)));
  const wallMs = performance.now() - started;
  if (poll) clearInterval(poll);

  if (useTime && existsSync(report)) {
    const text = readFileSync(report, 'utf8');
    rmSync(report, { force: true });
    const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(text)?.[1];
    const user = /User time \(seconds\): ([\d.]+)/.exec(text)?.[1];
    const system = /System time \(seconds\): ([\d.]+)/.exec(text)?.[1];
    const cpuMs = user && system ? (Number(user) + Number(system)) * 1000 : null;
    return {
      wallMs,
      maxRssBytes: kb ? Number(kb) * 1024 : null,
      rssSource: '/usr/bin/time -v',
      cpuMs,
      code,
      stdout,
      stderr,
    };
  }
  return {
    wallMs,
    maxRssBytes: sampled || null,
    rssSource: sampled ? '/proc VmHWM' : 'none',
    cpuMs: null,
    code,
    stdout,
    stderr,
  };
}

function vmHwm(pid: number | undefined): number {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}
