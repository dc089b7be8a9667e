import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCourse, ROOT } from '../support/courses.ts';

const dir = mkdtempSync(join(tmpdir(), 'new-course-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) =>
  spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/cli/new-course.ts'), ...args, '--dir', dir],
    { cwd: ROOT, encoding: 'utf8' },
  );

describe('npm run new-course', () => {
  it('creates a minimal course that passes validation and the engine checks', () => {
    const result = run('coping-basics', '--title', 'Coping basics');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('created');
    const [course] = loadCourse(join(dir, 'coping-basics'));
    expect(course!.course).toMatchObject({ id: 'coping-basics', title: 'Coping basics', language: 'en' });
    expect(readdirSync(join(dir, 'coping-basics')).sort()).toEqual(['course.json']);
  });

  it('refuses to overwrite an existing course and a bad id, writing nothing', () => {
    const again = run('coping-basics');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists');
    const bad = run('Coping Basics');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('is not a valid course id');
    expect(existsSync(join(dir, 'Coping Basics'))).toBe(false);
    expect(readdirSync(dir)).toEqual(['coping-basics']);
  });
});
