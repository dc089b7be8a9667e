/**
 * scorm-again and the preview are for authors only: nothing the learner's player bundle
 * is built from (src/runtime/main.tsx and everything it imports) may reach them.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './preview-server.ts';

const SPECIFIER =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every module reachable from `entry` by static or dynamic import: local files, and package names. */
function importGraph(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(SPECIFIER)) {
      const spec = match[1] ?? match[2] ?? match[3]!;
      if (!spec.startsWith('.')) packages.add(spec);
      else if (/\.(ts|tsx)$/.test(spec)) visit(resolve(dirname(file), spec));
    }
  };
  visit(entry);
  return { files: [...files].map((f) => relative(ROOT, f)), packages: [...packages] };
}

describe('the learner’s player bundle', () => {
  const graph = importGraph(join(ROOT, 'src/runtime/main.tsx'));

  it('is built from the player, the engine, the session and tracking, and the walk finds them', () => {
    expect(graph.files).toContain('src/player/App.tsx');
    expect(graph.files).toContain('src/tracking/create-tracker.ts');
  });

  it('never imports the author preview or scorm-again', () => {
    expect(graph.files.filter((f) => f.startsWith('src/preview/'))).toEqual([]);
    expect(
      graph.packages.filter((p) => p.startsWith('scorm-again') || p.startsWith('playwright') || p === 'vite'),
    ).toEqual([]);
  });

  it('catches such an import when there is one', () => {
    const preview = importGraph(join(ROOT, 'src/preview/main.tsx'));
    expect(preview.packages).toContain('scorm-again');
    expect(preview.files).toContain('src/player/mount.tsx');
  });
});
