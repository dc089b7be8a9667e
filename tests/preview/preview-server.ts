/**
 * Test support: the preview's Vite dev server, started from the repo's own vite.config.ts
 * on a temporary copy of some courses (so tests can edit files freely), and the shared
 * Chromium launcher.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createServer, type InlineConfig, type ViteDevServer } from 'vite';
import repoConfig from '../../vite.config.ts';
import { untilServing } from '../support/http.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
// One launcher for every browser test: Debian's Chromium, failing (never skipping) when missing.
export { launchChromium } from '../support/chromium.ts';

export interface PreviewServer {
  url: string;
  /** The temporary courses directory the server validates and watches. */
  coursesDir: string;
  server: ViteDevServer;
  close(): Promise<void>;
}

/** Copies the given course folders (repo-relative) into a temporary courses directory and serves the preview on it. */
export async function startPreview(courseFolders: string[]): Promise<PreviewServer> {
  const tmp = mkdtempSync(join(tmpdir(), 'pss-preview-'));
  const coursesDir = join(tmp, 'courses');
  mkdirSync(coursesDir);
  for (const folder of courseFolders)
    cpSync(join(ROOT, folder), join(coursesDir, basename(folder)), { recursive: true });
  // The plugin reads this while the server is created; each test file runs in its own process.
  process.env.PSS_COURSES_DIR = coursesDir;
  const server = await createServer({
    // The repo's config, passed as an object: from a config file, Vite would restart the server
    // (dropping connections mid-test) whenever someone edits a file the config imports.
    ...(repoConfig as InlineConfig),
    configFile: false,
    root: ROOT,
    // A private dependency cache, so test files running side by side never write the same one.
    cacheDir: join(tmp, 'vite-cache'),
    server: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    logLevel: 'warn',
    clearScreen: false,
  });
  delete process.env.PSS_COURSES_DIR;
  await server.listen();
  const { port } = server.httpServer!.address() as AddressInfo;
  // Listening is not yet answering: the first request waits here, not in a test.
  await untilServing(`http://127.0.0.1:${port}`);
  return {
    url: `http://127.0.0.1:${port}/`,
    coursesDir,
    server,
    async close() {
      await server.close();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}
