/** Entry point of `npm run package`; the command itself lives in package-command.ts so tests can run it in-process. */
import { runCommand } from '../src/cli/cli-output.ts';
import { runPackage } from './package-command.ts';

await runCommand(() => runPackage(process.argv.slice(2)));
