/**
 * The folders' dependency rules: for each part of the code, the parts it may import.
 * Dependencies point one way (course ← engine ← player; tracking stands alone; the
 * runtime wires them; preview, the CLI and packaging sit on top), nothing in src/ imports
 * packaging/, and no two folders import each other. A new folder must be given its rule here.
 */
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/courses.ts';
import { localImports, sourceFiles } from './support/import-graph.ts';

const RULES: Record<string, readonly string[]> = {
  'src/course': [],
  'src/scorm': [],
  'src/engine': ['src/course'],
  'src/tracking': ['src/scorm'],
  // The player's interface languages decide which course languages are valid.
  'src/validator': ['src/course', 'src/engine', 'src/player'],
  'src/player': ['src/course', 'src/engine'],
  'src/runtime': ['src/course', 'src/engine', 'src/tracking', 'src/player', 'src/scorm'],
  'src/preview': [
    'src/course',
    'src/engine',
    'src/tracking',
    'src/player',
    'src/runtime',
    'src/scorm',
    'src/validator',
  ],
  'src/cli': ['src/course', 'src/engine', 'src/scorm', 'src/validator'],
  packaging: ['src/course', 'src/engine', 'src/player', 'src/runtime', 'src/scorm', 'src/validator', 'src/cli'],
};

/** The part of the code a file belongs to: `src/<folder>` or a top-level folder. */
const partOf = (file: string) =>
  file.startsWith('src/') ? file.split('/').slice(0, 2).join('/') : file.split('/')[0]!;

interface Edge {
  file: string;
  imports: string[];
}

/** Every import that breaks a rule, as `file → imported file`, plus folders the rules do not know. */
function ruleViolations(edges: readonly Edge[], rules = RULES): string[] {
  const problems: string[] = [];
  for (const { file, imports } of edges) {
    const from = partOf(file);
    const allowed = rules[from];
    if (!allowed) {
      problems.push(`${file}: the folder ${from} has no dependency rule`);
      continue;
    }
    for (const target of imports) {
      const to = partOf(target);
      if (to !== from && !allowed.includes(to)) problems.push(`${file} → ${target}`);
    }
  }
  return problems;
}

/** Pairs of parts that import each other, directly. */
function mutualImports(edges: readonly Edge[]): string[] {
  const pairs = new Set<string>();
  for (const { file, imports } of edges) for (const target of imports) pairs.add(`${partOf(file)}|${partOf(target)}`);
  return [...pairs]
    .map((pair) => pair.split('|') as [string, string])
    .filter(([a, b]) => a < b && pairs.has(`${b}|${a}`))
    .map(([a, b]) => `${a} ⇄ ${b}`);
}

const edges = localImports(ROOT, [...sourceFiles(ROOT, 'src'), ...sourceFiles(ROOT, 'packaging')]);

describe('dependency rules', () => {
  it('reads the whole tree, imports included', () => {
    expect(edges.length).toBeGreaterThan(150);
    // The course actor is started in course-run.ts, which start-runtime.ts imports.
    const runtime = edges.find((edge) => edge.file === 'src/runtime/course-run.ts');
    expect(runtime?.imports).toContain('src/engine/course-machine.ts');
    expect(edges.find((edge) => edge.file === 'src/runtime/start-runtime.ts')?.imports).toContain(
      'src/runtime/course-run.ts',
    );
  });

  it('holds for every import in src/ and packaging/', () => {
    expect(ruleViolations(edges)).toEqual([]);
  });

  it('has no two folders importing each other', () => {
    expect(mutualImports(edges)).toEqual([]);
  });

  it('fails on a planted import that goes up, or into packaging/, or in a circle', () => {
    const planted = [
      { file: 'src/engine/planted.ts', imports: ['src/player/App.tsx'] },
      { file: 'src/preview/planted.ts', imports: ['packaging/index-html.ts'] },
      { file: 'src/course/planted.ts', imports: ['src/scorm/scorm-version.ts'] },
      { file: 'src/scorm/planted.ts', imports: ['src/course/types.ts'] },
      { file: 'src/newfolder/planted.ts', imports: [] },
    ];
    expect(ruleViolations(planted)).toEqual([
      'src/engine/planted.ts → src/player/App.tsx',
      'src/preview/planted.ts → packaging/index-html.ts',
      'src/course/planted.ts → src/scorm/scorm-version.ts',
      'src/scorm/planted.ts → src/course/types.ts',
      'src/newfolder/planted.ts: the folder src/newfolder has no dependency rule',
    ]);
    expect(mutualImports([...edges, ...planted])).toEqual(['src/engine ⇄ src/player', 'src/course ⇄ src/scorm']);
  });
});
