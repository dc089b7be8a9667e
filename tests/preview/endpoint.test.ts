/**
 * The preview server without a browser: the course list and its problems (the CLI's own
 * lines), an opened course with media addresses, safe media serving, and a course made by
 * `npm run new-course` appearing while the server runs.
 */
import { spawnSync } from 'node:child_process';
import { linkSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CourseList, OpenedCourse } from '../../src/preview/preview-types.ts';
import { httpGet } from '../support/http.ts';
import { UNTIL } from '../support/patience.ts';
import { type PreviewServer, ROOT, startPreview } from './preview-server.ts';

let preview: PreviewServer;
const changes: string[][] = [];

beforeAll(async () => {
  preview = await startPreview(['tests/fixtures/courses/mini', 'tests/fixtures/broken/syntax-missing-comma']);
  const send = preview.server.ws.send.bind(preview.server.ws) as (...args: unknown[]) => void;
  preview.server.ws.send = ((payload: { event?: string; data?: { keys: string[] } }, ...rest: unknown[]) => {
    if (payload?.event === 'pss-preview:courses-changed') changes.push(payload.data!.keys);
    send(payload, ...rest);
  }) as typeof preview.server.ws.send;
});
afterAll(() => preview?.close());

/** A GET with the path sent exactly as written, on a fresh connection, retried if the connection is reset. */
const get = (path: string, headers: Record<string, string> = {}) => httpGet(preview.url, path, headers);
const json = async <T>(path: string) => JSON.parse((await get(path)).body) as T;
const tsx = (...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });

describe('preview server', () => {
  it('lists every course with its status, and words problems exactly as `npm run validate` prints them', async () => {
    const list = await json<CourseList>('/@pss-preview/courses');
    expect(list.courses.map((c) => [c.key, c.ok, c.languages.map((l) => l.language), c.problems.length])).toEqual([
      ['mini', true, ['en', 'ar'], 0],
      ['syntax-missing-comma', false, [], 1],
    ]);
    const broken = list.courses[1]!;
    const cli = tsx(join(ROOT, 'src/cli/validate.ts'), relative(ROOT, join(preview.coursesDir, broken.key)));
    expect(cli.status).toBe(1);
    const printed = cli.stderr
      .split('\n')
      .filter((line) => line.startsWith('  '))
      .map((line) => line.trim());
    expect(broken.problems.map((p) => p.text)).toEqual(printed);
    expect(broken.problems[0]).toMatchObject({ line: 4, column: 21, path: '', rule: expect.any(String) });
  });

  it('opens a course with its media served from the course folder', async () => {
    const opened = await json<OpenedCourse>('/@pss-preview/courses/mini');
    const image = opened.languages[0]!.course.lessons[0]!.pages[0]!.blocks.find((b) => b.type === 'image') as {
      src: string;
    };
    expect(image.src).toMatch(/^\/@pss-preview\/media\/mini\/media\/listening\.svg\?v=[0-9a-f]+$/);
    const media = await get(image.src);
    expect([media.status, media.type]).toEqual([200, 'image/svg+xml']);
    const part = await get(image.src, { Range: 'bytes=0-9' });
    expect([part.status, part.body.length]).toEqual([206, 10]);
    expect((await get('/@pss-preview/courses/nope')).status).toBe(404);
  });

  it('never serves a file outside the course folder, nor one that is not media', async () => {
    const media = join(preview.coursesDir, 'mini', 'media');
    symlinkSync(join(ROOT, 'package.json'), join(media, 'leak.svg'));
    symlinkSync(ROOT, join(media, 'repo'));
    writeFileSync(join(preview.coursesDir, 'outside.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    linkSync(join(preview.coursesDir, 'outside.svg'), join(media, 'linked.svg'));
    const refused = [
      '/@pss-preview/media/mini/media/repo/docs/screens/en-phone-1-intro.png',
      '/@pss-preview/media/mini/media/%252e%252e/%252e%252e/outside.svg',
      '/@pss-preview/media/mini/media/Listening.svg',
      '/@pss-preview/media/mini/media/linked.svg',
      '/@pss-preview/media/mini/../../package.json',
      '/@pss-preview/media/mini/..%2F..%2F..%2Fpackage.json',
      '/@pss-preview/media/mini/%2e%2e/%2e%2e/package.json',
      '/@pss-preview/media/mini/media%5C..%5C..%5Cpackage.json',
      '/@pss-preview/media/mini/course.json',
      '/@pss-preview/media/mini/media/leak.svg',
      '/@pss-preview/media/..%2Fmini/media/listening.svg',
    ];
    for (const path of refused) {
      const answer = await get(path);
      expect.soft(answer.status, path).toBeGreaterThanOrEqual(400);
      expect.soft(answer.body, path).not.toContain('"devDependencies"');
      expect.soft(answer.body, path).not.toContain('<svg');
    }
  });

  it('says why a media file is refused, in the words validation uses', async () => {
    const answer = await get('/@pss-preview/media/mini/media/leak.svg');
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.body)).toMatchInlineSnapshot(`
      {
        "error": "Refused: "media/leak.svg" is a symbolic link, and a link can lead anywhere on the disk. Copy the file itself into the course folder.",
      }
    `);
  });

  it('shows a course made by `npm run new-course` without a restart', async () => {
    const made = tsx(join(ROOT, 'src/cli/new-course.ts'), 'coping-basics', '--dir', preview.coursesDir);
    expect(made.status).toBe(0);
    await vi.waitFor(() => expect(changes.flat()).toContain('coping-basics'), UNTIL);
    const list = await json<CourseList>('/@pss-preview/courses');
    expect(list.courses.find((c) => c.key === 'coping-basics')).toMatchObject({
      ok: true,
      id: 'coping-basics',
      title: 'Coping basics',
    });
  });
});
