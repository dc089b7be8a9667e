/**
 * The learner downloads player.js and player.css on every launch, often on a phone on a
 * slow connection. Their size is deterministic, so the budget is a test: a fresh
 * production build, gzipped at level 9 as a server would, JS and CSS together.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PART_FILES } from '../../packaging/player-parts.ts';

const REPO_ROOT = join(import.meta.dirname, '..', '..');
const BUDGET = 50_000;
const outDir = mkdtempSync(join(tmpdir(), 'pss-player-size-'));
const gzipped = (file: string) => gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length;

beforeAll(async () => {
  // Into a temp folder, so the test never races a build someone else is packaging from.
  // Vitest sets NODE_ENV=test, which would keep development code in the build; measure what ships.
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: REPO_ROOT,
      configFile: join(REPO_ROOT, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = before;
  }
});
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('the player bundle', () => {
  it(`stays within ${BUDGET / 1000} kB gzipped, JS and CSS together`, () => {
    const js = gzipped('player.js');
    const css = gzipped('player.css');
    // Guards against measuring an empty or broken build.
    expect(js).toBeGreaterThan(10_000);
    expect(css).toBeGreaterThan(1_000);
    expect({ js, css, total: js + css, fits: js + css <= BUDGET }).toMatchObject({ fits: true });
  });

  it('is one classic script with no module syntax, so it runs from file:// and in LMS frames', () => {
    const js = readFileSync(join(outDir, 'player.js'), 'utf8');
    expect(js.startsWith('(function')).toBe(true);
    expect(js).not.toMatch(/\bimport\s*\(|^\s*import\s|^\s*export\s/m);
    expect(js).not.toContain('zod');
  });

  it.each(PART_FILES)('builds %s as a classic script of its own, which registers itself', (file) => {
    const js = readFileSync(join(outDir, file), 'utf8');
    expect(js.startsWith('(function')).toBe(true);
    expect(js).not.toMatch(/\bimport\s*\(|^\s*import\s|^\s*export\s/m);
    expect(js).toContain('PssParts');
  });

  it('leaves the certificate, the plan page and the interface words out of player.js', () => {
    const js = readFileSync(join(outDir, 'player.js'), 'utf8');
    // The certificate's and the plan page's own markup, and the dictionary, which travels with each course.
    for (const absent of ['cert-title', 'Certificate of completion', 'Support is there for you', 'Skip to content'])
      expect(js.includes(absent), absent).toBe(false);
    expect(readFileSync(join(outDir, 'certificate.js'), 'utf8')).toContain('cert-title');
  });
});
