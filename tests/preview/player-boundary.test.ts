/**
 * scorm-again and the preview are for authors only: nothing the learner's player bundle
 * is built from (src/runtime/main.tsx and everything it imports) may reach them.
 */
import { describe, expect, it } from 'vitest';
import { importGraph } from '../support/import-graph.ts';
import { ROOT } from './preview-server.ts';

describe('the learner’s player bundle', () => {
  const graph = importGraph(ROOT, 'src/runtime/main.tsx');

  it('is built from the player, the engine, the runtime and tracking, and the walk finds them', () => {
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
    const preview = importGraph(ROOT, 'src/preview/main.tsx');
    expect(preview.packages).toContain('scorm-again');
    expect(preview.files).toContain('src/player/mount.tsx');
  });
});
