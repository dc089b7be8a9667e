import { defineConfig } from 'vite';

// The player is one self-contained bundle: relative asset paths so it runs from
// any LMS folder and from file://, no module preload polyfill, modern targets only.
export default defineConfig({
  base: './',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist/player',
    target: 'es2020',
    modulePreload: false,
    assetsInlineLimit: 0,
    cssCodeSplit: false,
    reportCompressedSize: false,
  },
});
