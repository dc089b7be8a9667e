/**
 * `npm run validate` as an author runs it. Each spawn costs about a second, so the
 * four runs start together and the tests read their results.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { courseChecks } from '../../src/validator/flow-check.ts';
import { nodeCourseFolder } from '../../src/validator/node-folder.ts';
import { formatProblemLine } from '../../src/validator/problem.ts';
import { translationTemplate } from '../../src/validator/translations.ts';
import { validateCourseFolder } from '../../src/validator/validate-course.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BROKEN = readdirSync(join(ROOT, 'tests/fixtures/broken'))
  .sort()
  .map((name) => `tests/fixtures/broken/${name}`);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function validate(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      'npx',
      ['tsx', 'src/cli/validate.ts', ...args],
      { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => {
        // npm may warn about its own configuration; that is the machine's, not the command's output.
        const own = stderr
          .split('\n')
          .filter((line) => !/^npm (warn|notice)/i.test(line))
          .join('\n');
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr: own });
      },
    );
  });
}

/** Every file under the folders a run reads, with size and modification time. */
function fileStates(): string[] {
  return [
    'tests/fixtures/courses/sample',
    'tests/fixtures/courses/mini',
    'tests/fixtures/broken/raw-html',
    'tests/fixtures/broken/translation-keys',
  ].flatMap((dir) =>
    readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' }).map((rel) => {
      const stat = statSync(join(ROOT, dir, rel));
      return `${dir}/${rel} ${stat.size} ${stat.mtimeMs}`;
    }),
  );
}

let valid: Run;
let broken: Run;
let template: Run;
let everyBroken: Run;
let before: string[];

beforeAll(async () => {
  before = fileStates();
  [valid, broken, template, everyBroken] = await Promise.all([
    validate('tests/fixtures/courses/sample', 'tests/fixtures/courses/mini'),
    validate('tests/fixtures/broken/raw-html', 'tests/fixtures/courses/mini', 'tests/fixtures/broken/translation-keys'),
    validate('tests/fixtures/courses/mini', '--template', 'fr'),
    validate(...BROKEN),
  ]);
});

describe('npm run validate', () => {
  it('exits 0 and prints one line per course and language when all is well', () => {
    expect(valid.code).toBe(0);
    expect(valid.stderr.trim()).toBe('');
    expect(valid.stdout).toMatchInlineSnapshot(`
      "✓ sample           en     2 lessons   6 pages    9 questions   ~17 min (declared 17)
      ✓ mini             en     1 lesson    2 pages    1 question    ~2 min (declared 3)
      ✓ mini             ar     1 lesson    2 pages    1 question    ~2 min (declared 3)
      "
    `);
  });

  it('exits 1 and prints every problem of each broken course, sorted, with no stack trace', () => {
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatchInlineSnapshot(`
      "✖ tests/fixtures/broken/raw-html: 2 problems
        tests/fixtures/broken/raw-html/course.json:19:93 → lessons[0].pages[0].blocks[0].body: contains raw HTML, which the player never renders. Write plain text or Markdown (**bold**, *italic*, [link](https://…)) instead (found "<script>"). [raw-html]
        tests/fixtures/broken/raw-html/course.json:25:28 → lessons[0].pages[1].title: contains raw HTML, which the player never renders. Write plain text or Markdown (**bold**, *italic*, [link](https://…)) instead (found "<img src=x onerror=alert(1)>"). [raw-html]
      ✖ tests/fixtures/broken/translation-keys: 2 problems
        tests/fixtures/broken/translation-keys/i18n/ar.json:5:3 → strings: 2 strings are not translated: "page-try.title", "q-reply.choices.b.text". Add them; \`npm run validate -- tests/fixtures/broken/translation-keys --template ar\` prints every key. [missing-strings]
        tests/fixtures/broken/translation-keys/i18n/ar.json:15:5 → strings["q-reply.choices.c.text"]: is not a string of the source course. Did you mean "q-reply.choices.b.text"? Remove it, or check that the source id has not changed. [unknown-string]

      2 of 3 courses failed validation. Nothing was written.
      "
    `);
    expect(broken.stderr).not.toMatch(/^\s+at /m);
    expect(broken.stderr).not.toMatch(/Error:/);
    // The valid course in the same run is still summarised.
    expect(broken.stdout).toMatch(/^✓ mini +en /m);
  });

  it('writes nothing, as it says', () => {
    expect(fileStates()).toEqual(before);
  });

  it('prints the same lines as the validator', () => {
    const lines = (dir: string) =>
      validateCourseFolder(nodeCourseFolder(dir, ROOT), courseChecks).problems.map((p) => `  ${formatProblemLine(p)}`);
    const printed = broken.stderr.split('\n').filter((line) => line.startsWith('  '));
    expect(printed).toEqual([
      ...lines('tests/fixtures/broken/raw-html'),
      ...lines('tests/fixtures/broken/translation-keys'),
    ]);
  });

  it('prints a translation template with --template', () => {
    expect(template.code).toBe(0);
    const json = template.stdout.slice(template.stdout.indexOf('{'));
    const printed = JSON.parse(json) as { language: string; sourceVersion: string; strings: Record<string, string> };
    expect(printed.language).toBe('fr');
    expect(printed.sourceVersion).toBe('1.0.0');
    const source: unknown = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/courses/mini/course.json'), 'utf8'));
    expect(printed.strings).toEqual(translationTemplate(source));
    // The Arabic translation was made from the same template, so it has the same keys.
    const arabic = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/courses/mini/i18n/ar.json'), 'utf8')) as {
      strings: object;
    };
    expect(Object.keys(printed.strings).sort()).toEqual(Object.keys(arabic.strings).sort());
  });

  it('ends every problem line of the broken fixtures with a rule id that docs/errors.md explains', () => {
    expect(everyBroken.code).toBe(1);
    const headings = new Set(
      [...readFileSync(join(ROOT, 'docs/errors.md'), 'utf8').matchAll(/^### ([a-z0-9-]+)$/gm)].map((m) => m[1]),
    );
    // Every fixture fails and says how many problems it has, so the lines read here are all of them.
    const counts = [...everyBroken.stderr.matchAll(/^✖ .*: (\d+) problems?$/gm)].map((m) => Number(m[1]));
    expect(counts).toHaveLength(BROKEN.length);
    const lines = everyBroken.stderr.split('\n').filter((line) => line.startsWith('  '));
    expect(lines).toHaveLength(counts.reduce((a, b) => a + b, 0));
    const unexplained = lines.filter((line) => !headings.has(/ \[([a-z0-9-]+)\]$/.exec(line)?.[1] ?? ''));
    expect(unexplained).toEqual([]);
  });
});
