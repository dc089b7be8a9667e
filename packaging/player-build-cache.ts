/**
 * Whether the built player in dist/player can be used as it is: a hash of everything the
 * build reads is stamped beside it, and `npm run package` builds again only when that hash
 * changes (issue 16), so a warm run packages every course without Vite.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { PLAYER_FILES } from './course-zip.ts';

/**
 * What the build reads: the sources (all of src/, more than the player imports, so no
 * import can be missed), the build's configuration and plugins, and the installed
 * dependencies' versions.
 */
export const BUILD_INPUTS = [
  'src',
  'vite.config.ts',
  'packaging/player-parts.ts',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
];

/** The file holding the hash of the inputs a build was made from, beside player.js. */
export const STAMP_FILE = 'build-inputs.sha256';

function filesUnder(root: string, path: string): string[] {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full)
    .sort()
    .flatMap((name) => filesUnder(root, join(path, name)));
}

/** A hash of every build input's path and content; the same sources always give the same hash. */
export function playerInputsHash(root: string): string {
  const hash = createHash('sha256');
  for (const file of BUILD_INPUTS.flatMap((path) => filesUnder(root, path))) {
    hash.update(relative(root, join(root, file)).split(sep).join('/'));
    hash.update('\0');
    hash.update(readFileSync(join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** Whether `dir` holds every player file, built from inputs with this hash. */
export function isCurrentBuild(dir: string, hash: string): boolean {
  if (PLAYER_FILES.some((name) => !existsSync(join(dir, name)))) return false;
  try {
    return readFileSync(join(dir, STAMP_FILE), 'utf8').trim() === hash;
  } catch {
    return false;
  }
}

/** Records that `dir` was just built from inputs with this hash. */
export function stampBuild(dir: string, hash: string): void {
  writeFileSync(join(dir, STAMP_FILE), `${hash}\n`);
}
