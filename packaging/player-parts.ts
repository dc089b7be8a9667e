/**
 * The player's parts that load only when asked (src/player/load-part.ts), each built into
 * a classic script of its own beside player.js. Vite builds one IIFE per run, so each part
 * is a nested build during the player's build, emitted into the same folder.
 *
 * Parts share player.js's own modules (src/player/part-host.ts): every import of one of
 * them is left out of the part and read from `window.PssLib`, so Preact, its hooks and the
 * player's context exist once. A part that would carry a second copy of any other module
 * player.js already has fails the build, naming the module to share.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Plugin, UserConfig } from 'vite';
import type { SHARED } from '../src/player/part-host.ts';

/** Part name → entry. The file is `<name>.js`; the part registers itself on `window.PssParts`. */
export const PLAYER_PARTS = {
  session: 'src/runtime/session-part.ts',
  page: 'src/player/parts/page.ts',
  activities: 'src/player/parts/activities.ts',
  ending: 'src/player/parts/ending.ts',
  certificate: 'src/player/certificate/main.ts',
  'plan-page': 'src/player/plan-page/main.ts',
  referrals: 'src/player/referrals/main.ts',
} as const;

/** The parts' files, which every package carries beside player.js. */
export const PART_FILES = Object.keys(PLAYER_PARTS).map((name) => `${name}.js`);

/** Where each module player.js lends its parts is found: the name on `window.PssLib` → the module. */
export const SHARED_MODULES: Record<keyof typeof SHARED, string> = {
  hooks: 'preact/hooks',
  jsx: 'preact/jsx-runtime',
  kinds: '/src/course/kinds.ts',
  language: '/src/course/language.ts',
  courseMarkdown: '/src/course/markdown.ts',
  packageKey: '/src/course/package-key.ts',
  courseIndex: '/src/engine/course-index.ts',
  draw: '/src/engine/draw.ts',
  idMap: '/src/engine/id-map.ts',
  random: '/src/engine/random.ts',
  scenario: '/src/engine/scenario.ts',
  scoring: '/src/engine/scoring.ts',
  selectors: '/src/engine/selectors.ts',
  transitions: '/src/engine/transitions.ts',
  icon: '/src/player/Icon.tsx',
  fill: '/src/player/i18n/fill.ts',
  loadPart: '/src/player/load-part.ts',
  markdown: '/src/player/Markdown.tsx',
  nextTask: '/src/player/next-task.ts',
  deviceStore: '/src/player/device-store.ts',
  contentNote: '/src/player/screens/ContentNote.tsx',
  landingHeading: '/src/player/screens/LandingHeading.tsx',
  usePlayer: '/src/player/use-player.ts',
};

const SHARED_PREFIX = '\0pss-shared:';
const HOST = 'src/player/part-host.ts';

/** What a part takes from each shared module: the module's name on `PssLib` → the names it imports ('*' for all). */
type UsedNames = Map<string, Set<string>>;

/** The names a module's imports and re-exports take from each source, as written (type-only ones left out). */
function importedNames(program: { body: unknown[] }): Map<string, Set<string>> {
  const bySource = new Map<string, Set<string>>();
  for (const node of program.body as ImportNode[]) {
    if ((node.type !== 'ImportDeclaration' && node.type !== 'ExportNamedDeclaration') || !node.source) continue;
    if (node.importKind === 'type' || node.exportKind === 'type') continue;
    const names = bySource.get(node.source.value) ?? new Set<string>();
    for (const spec of node.specifiers ?? []) {
      if (spec.importKind === 'type' || spec.exportKind === 'type') continue;
      if (spec.type === 'ImportNamespaceSpecifier') names.add('*');
      else if (spec.type === 'ImportDefaultSpecifier') names.add('default');
      else {
        const name = node.type === 'ImportDeclaration' ? spec.imported : spec.local;
        if (name) names.add(name.type === 'Identifier' ? (name.name ?? '') : String(name.value));
      }
    }
    bySource.set(node.source.value, names);
  }
  return bySource;
}

interface ImportNode {
  type: string;
  source?: { value: string };
  importKind?: string;
  exportKind?: string;
  specifiers?: {
    type: string;
    importKind?: string;
    exportKind?: string;
    imported?: { type: string; name?: string; value?: string };
    local?: { type: string; name?: string; value?: string };
  }[];
}

const LANG: Record<string, 'ts' | 'tsx' | 'js' | 'jsx'> = { ts: 'ts', tsx: 'tsx', js: 'js', jsx: 'jsx', mjs: 'js' };

/**
 * Leaves the shared modules out of a part: each import of one becomes `PssLib.<name>`. It
 * notes every name the part's own modules import from them, into `used`.
 */
function sharedModules(root: string, used: UsedNames): Plugin {
  const byId = new Map<string, string>();
  return {
    name: 'pss-shared-modules',
    enforce: 'pre',
    async buildStart() {
      const importer = join(root, HOST);
      for (const [name, source] of Object.entries(SHARED_MODULES)) {
        const resolved = await this.resolve(source.startsWith('/') ? join(root, source) : source, importer);
        if (!resolved) throw new Error(`The shared module ${source} does not resolve.`);
        byId.set(resolved.id, name);
      }
    },
    async transform(code, id) {
      const lang = LANG[/\.(\w+)$/.exec(id)?.[1] ?? ''];
      if (!lang || id.includes('/node_modules/') || id.startsWith('\0')) return null;
      for (const [source, names] of importedNames(this.parse(code, { lang }))) {
        const resolved = await this.resolve(source, id, { skipSelf: true });
        const name = resolved && byId.get(resolved.id);
        if (!name) continue;
        const seen = used.get(name) ?? new Set<string>();
        for (const n of names) seen.add(n);
        used.set(name, seen);
      }
      return null;
    },
    async resolveId(source, importer, options) {
      if (source.startsWith(SHARED_PREFIX)) return { id: source, external: true };
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const name = resolved && byId.get(resolved.id);
      return name ? { id: `${SHARED_PREFIX}${name}`, external: true } : null;
    },
  };
}

/** The names part-host.ts imports from each shared module, keyed as SHARED_MODULES writes the module. */
function lentNames(root: string, program: { body: unknown[] }): Map<string, Set<string>> {
  const hostDir = dirname(join(root, HOST));
  const lent = new Map<string, Set<string>>();
  for (const [source, names] of importedNames(program)) {
    const key = source.startsWith('.') ? `/${relative(root, resolve(hostDir, source)).replace(/\\/g, '/')}` : source;
    lent.set(key, names);
  }
  return lent;
}

/** A Vite plugin that builds every part next to the player, with the player's target, JSX and minifier. */
export function playerParts(): Plugin {
  let root = process.cwd();
  let mode = 'production';
  let target: string | string[] = 'es2019';
  let oxc: UserConfig['oxc'];
  return {
    name: 'pss-player-parts',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      mode = config.mode;
      oxc = config.oxc;
      if (config.build.target) target = config.build.target as string | string[];
    },
    async generateBundle(_, bundle) {
      const player = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry);
      const inPlayer = new Set(player && 'moduleIds' in player ? player.moduleIds : []);
      // Imported here, like packaging's own build, so nothing else pays for loading Vite twice.
      const { build } = await import('vite');
      const lent = lentNames(root, this.parse(readFileSync(join(root, HOST), 'utf8'), { lang: 'tsx' }));
      for (const [name, entry] of Object.entries(PLAYER_PARTS)) {
        const used: UsedNames = new Map();
        const result = await build({
          configFile: false,
          root,
          mode,
          logLevel: 'warn',
          oxc,
          plugins: [sharedModules(root, used)],
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
            rolldownOptions: {
              output: {
                globals: (id: string) =>
                  id.startsWith(SHARED_PREFIX) ? `PssLib.${id.slice(SHARED_PREFIX.length)}` : id,
              },
            },
          },
        });
        const outputs = (Array.isArray(result) ? result : [result]) as {
          output: { type: string; code?: string; moduleIds?: string[] }[];
        }[];
        const chunk = outputs[0]?.output.find((file) => file.type === 'chunk');
        if (!chunk?.code) throw new Error(`The ${name} part built to nothing.`);
        // The compiler's own helpers (class fields, for the target) are a few bytes each: a copy is fine.
        const twice = (chunk.moduleIds ?? []).filter((id) => inPlayer.has(id) && !id.includes('oxc-project'));
        if (twice.length)
          throw new Error(
            `The ${name} part would carry a second copy of ${twice.join(', ')}, which player.js has already. Share it in src/player/part-host.ts and SHARED_MODULES.`,
          );
        for (const [module, names] of used) {
          const allowed = lent.get(SHARED_MODULES[module as keyof typeof SHARED_MODULES]) ?? new Set();
          const missing = [...names].filter((n) => !allowed.has(n) && !allowed.has('*'));
          if (missing.length)
            throw new Error(
              `The ${name} part imports ${missing.join(', ')} from ${SHARED_MODULES[module as keyof typeof SHARED_MODULES]}, which player.js does not lend. Add ${missing.length > 1 ? 'them' : 'it'} to SHARED in ${HOST}.`,
            );
        }
        this.emitFile({ type: 'asset', fileName: `${name}.js`, source: chunk.code });
      }
    },
  };
}
