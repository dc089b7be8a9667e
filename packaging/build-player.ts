/** Builds the learner's player once per packaging run, with the repository's vite.config.ts. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PLAYER_FILES } from './course-zip.ts';

/**
 * Runs `vite build`. Returns undefined when it worked, or one line saying why it did not:
 * a build failure is a problem in the player's code, not a bug in the packager.
 */
export async function buildPlayer(repoRoot: string): Promise<string | undefined> {
  // Imported here so that `--skip-build` and the tests never load Vite.
  const { build } = await import('vite');
  try {
    await build({ root: repoRoot, configFile: join(repoRoot, 'vite.config.ts'), logLevel: 'warn' });
    return undefined;
  } catch (error) {
    // Rolldown's message starts "Build failed with N errors:" and puts the useful part on the lines after it.
    const lines = (error instanceof Error ? error.message : String(error))
      // biome-ignore lint/suspicious/noControlCharactersInRegex: ESC starts the colour codes this strips.
      .replace(/\x1b\[[0-9;]*m/g, '')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !/^Build failed with \d+ errors?:?$/.test(line));
    const shown = lines
      .slice(0, 8)
      .map((line) => `  ${line}`)
      .join('\n');
    return `The player did not build:\n${shown}${lines.length > 8 ? '\n  …' : ''}\nFix the player, or run \`npm run build\` to see the whole report.`;
  }
}

/** Why `dir` cannot serve as the built player, or undefined when it can. */
export function missingPlayerFiles(dir: string, display: string): string | undefined {
  const missing = PLAYER_FILES.filter((name) => !existsSync(join(dir, name)));
  if (!missing.length) return undefined;
  const paths = missing.map((name) => `${display}/${name}`);
  const listed = paths.length > 1 ? `${paths.slice(0, -1).join(', ')} and ${paths.at(-1)}` : paths[0];
  return `${listed} ${missing.length === 1 ? 'is' : 'are'} missing. Build the player with \`npm run build\`, or run without --skip-build.`;
}
