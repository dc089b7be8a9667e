import { defineConfig } from 'vite';
import { playerParts } from './packaging/player-parts.ts';
import { authorPreview } from './src/preview/vite-plugin.ts';

/**
 * `vite build` produces the learner's player: one classic script and one stylesheet,
 * `dist/player/player.js` and `dist/player/player.css`. A classic (non-module) script
 * runs from file:// and inside every LMS frame, and so do the parts it loads when asked
 * (packaging/player-parts.ts); the packager writes the index.html that
 * loads them, with the course data inline. `vite` (dev) serves the author preview.
 */
export default defineConfig({
  base: './',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  // The author preview (index.html, src/preview): course list, live reload, LMS inspector. Dev server only.
  // playerParts: the parts loaded only when asked (certificate.js), as classic scripts beside player.js.
  plugins: [authorPreview(), playerParts()],
  server: { host: '127.0.0.1' },
  // Known up front, so the first visit never stops to re-bundle dependencies and reload the page.
  optimizeDeps: { entries: ['index.html'], include: ['preact', 'preact/hooks', 'xstate', 'scorm-again'] },
  build: {
    outDir: 'dist/player',
    emptyOutDir: true,
    // ES2020: every browser in cssTarget runs it, so the script need not carry down-levelled
    // optional chaining and ?? for browsers the styles cannot serve anyway (about 1.1 kB gzipped).
    target: 'es2020',
    // Browsers with CSS logical properties. An older CSS target makes the minifier rewrite
    // margin-inline-start and friends into left/right guessed from :lang(), which is large
    // and wrong for right-to-left courses that set their direction explicitly.
    cssTarget: ['chrome89', 'edge89', 'firefox89', 'safari15'],
    cssCodeSplit: false,
    reportCompressedSize: false,
    lib: {
      entry: 'src/runtime/main.tsx',
      name: 'PssPlayer',
      formats: ['iife'],
      fileName: () => 'player.js',
      cssFileName: 'player',
    },
  },
});
