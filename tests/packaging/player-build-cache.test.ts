import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PLAYER_FILES } from '../../packaging/course-zip.ts';
import { isCurrentBuild, playerInputsHash, stampBuild } from '../../packaging/player-build-cache.ts';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A repository with a source file, the build's config and a built player. */
function repository() {
  root = mkdtempSync(join(tmpdir(), 'pss-build-cache-'));
  mkdirSync(join(root, 'src/player'), { recursive: true });
  writeFileSync(join(root, 'src/player/App.tsx'), 'export const App = 1;');
  writeFileSync(join(root, 'vite.config.ts'), 'export default {};');
  writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}');
  const player = join(root, 'dist/player');
  mkdirSync(player, { recursive: true });
  for (const name of PLAYER_FILES) writeFileSync(join(player, name), '/* built */');
  return player;
}

describe('the player build cache', () => {
  it('reuses a build made from the same sources', () => {
    const player = repository();
    const hash = playerInputsHash(root);
    expect(isCurrentBuild(player, hash)).toBe(false);
    stampBuild(player, hash);
    expect(isCurrentBuild(player, playerInputsHash(root))).toBe(true);
  });

  it.each([
    ['a source file changes', 'src/player/App.tsx', 'export const App = 2;'],
    ['a source file is added', 'src/player/New.tsx', 'export {};'],
    ['the build config changes', 'vite.config.ts', 'export default { build: {} };'],
    ['a dependency changes version', 'package-lock.json', '{"lockfileVersion":3,"x":1}'],
  ])('builds again when %s', (_, file, text) => {
    const player = repository();
    stampBuild(player, playerInputsHash(root));
    writeFileSync(join(root, file), text);
    expect(isCurrentBuild(player, playerInputsHash(root))).toBe(false);
  });

  it('builds again when a built file is missing', () => {
    const player = repository();
    stampBuild(player, playerInputsHash(root));
    rmSync(join(player, PLAYER_FILES[0]));
    expect(isCurrentBuild(player, playerInputsHash(root))).toBe(false);
  });
});
