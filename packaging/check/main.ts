/** Entry point of `npm run check`; the first line is printed before the checker's modules load. */
console.log('Checking: loading the checker…');
const { runCommand } = await import('../../src/cli/cli-output.ts');
const { runCheck } = await import('./check-command.ts');

// startedAt 0 is the process's own start: the printed time is the wall time, loading included.
await runCommand(() =>
  runCheck(process.argv.slice(2), { cwd: process.cwd(), log: console.log, error: console.error, startedAt: 0 }),
);

export {};
