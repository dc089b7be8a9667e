/**
 * Entry point of `npm run package`; the command itself lives in package-command.ts so tests
 * can run it in-process. The first line is printed before the command's modules load (the
 * validator and zod take seconds to compile on a busy machine), so the person sees at once
 * that something is happening.
 */
console.log('Packaging: loading the validator…');
const { runCommand } = await import('../src/cli/cli-output.ts');
const { runPackage } = await import('./package-command.ts');

// startedAt 0 is the process's own start: the printed time is the wall time, loading included.
await runCommand(() =>
  runPackage(process.argv.slice(2), { cwd: process.cwd(), log: console.log, error: console.error, startedAt: 0 }),
);

export {};
