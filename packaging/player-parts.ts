/**
 * The player's parts that load only when asked (src/player/load-part.ts), each built into
 * a classic script of its own beside player.js. Vite builds one IIFE per run, so each part
 * is a nested build during the player's build, emitted into the same folder.
 */
import type { Plugin } from 'vite';

/** Part name → entry. The file is `<name>.js`; the part registers itself on `window.PssParts`. */
export const PLAYER_PARTS = {
  certificate: 'src/player/certificate/main.ts',
  'plan-page': 'src/player/plan-page/main.ts',
  referrals: 'src/player/referrals/main.ts',
} as const;

/** The parts' files, which every package carries beside player.js. */
export const PART_FILES = Object.keys(PLAYER_PARTS).map((name) => `${name}.js`);

/** A Vite plugin that builds every part next to the player, with the player's target and minifier. */
export function playerParts(): Plugin {
  let root = process.cwd();
  let mode = 'production';
  let target: string | string[] = 'es2019';
  return {
    name: 'pss-player-parts',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      mode = config.mode;
      if (config.build.target) target = config.build.target as string | string[];
    },
    async generateBundle() {
      // Imported here, like packaging's own build, so nothing else pays for loading Vite twice.
      const { build } = await import('vite');
      for (const [name, entry] of Object.entries(PLAYER_PARTS)) {
        const result = await build({
          configFile: false,
          root,
          mode,
          logLevel: 'warn',
          build: {
            write: false,
            target,
            reportCompressedSize: false,
            lib: {
              entry,
              name: `PssPart_${name.replace(/\W/g, '_')}`,
              formats: ['iife'],
              fileName: () => `${name}.js`,
            },
          },
        });
        const outputs = (Array.isArray(result) ? result : [result]) as { output: { type: string; code?: string }[] }[];
        const chunk = outputs[0]?.output.find((file) => file.type === 'chunk');
        if (!chunk?.code) throw new Error(`The ${name} part built to nothing.`);
        this.emitFile({ type: 'asset', fileName: `${name}.js`, source: chunk.code });
      }
    },
  };
}
