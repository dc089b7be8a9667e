/** Reads a TypeScript tree's imports as text: what each file imports, local or package. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SPECIFIER =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The module specifiers a source file names in its imports and re-exports. */
export function specifiersOf(source: string): string[] {
  return [...source.matchAll(SPECIFIER)].map((match) => match[1] ?? match[2] ?? match[3]!);
}

/** Every .ts/.tsx file under `dir`, relative to `root`, with forward slashes. */
export function sourceFiles(root: string, dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name)) out.push(relative(root, path).split('\\').join('/'));
    }
  };
  walk(join(root, dir));
  return out.sort();
}

/** Each file's local imports, resolved to paths relative to `root`. */
export function localImports(
  root: string,
  files: readonly string[],
  read = (file: string) => readFileSync(join(root, file), 'utf8'),
) {
  return files.map((file) => ({
    file,
    imports: specifiersOf(read(file))
      .filter((spec) => spec.startsWith('.'))
      .map((spec) =>
        relative(root, resolve(root, dirname(file), spec))
          .split('\\')
          .join('/'),
      ),
  }));
}

/** Every module reachable from `entry` by static or dynamic import: local files, and package names. */
export function importGraph(root: string, entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const spec of specifiersOf(readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.')) packages.add(spec);
      else if (/\.(ts|tsx)$/.test(spec)) visit(resolve(dirname(file), spec));
    }
  };
  visit(join(root, entry));
  return { files: [...files].map((f) => relative(root, f)), packages: [...packages] };
}
