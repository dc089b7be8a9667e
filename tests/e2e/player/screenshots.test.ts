/**
 * `npm run screens` writes the README's pictures of the player. This runs the command itself,
 * on the small fixture course into a temporary folder, so it fails when the script no longer
 * runs or no longer writes a phone and a desktop picture of each key screen in each language.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../support/courses.ts';

const out = mkdtempSync(join(tmpdir(), 'pss-screens-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** A PNG's width and height, from its header. */
const sizeOf = (file: string) => {
  const png = readFileSync(join(out, file));
  return `${png.readUInt32BE(16)}×${png.readUInt32BE(20)}`;
};

describe('npm run screens', () => {
  it('writes each key screen as a PNG, on a 360×740 phone and a 1280×800 desktop, in English and Arabic', async () => {
    const { stdout } = await promisify(execFile)(
      'npm',
      [
        'run',
        '--silent',
        'screens',
        '--',
        '--out',
        out,
        '--course',
        'tests/fixtures/courses/mini',
        '--languages',
        'en,ar',
      ],
      { cwd: ROOT, timeout: 240_000 },
    );
    const files = readdirSync(out).sort();
    expect(stdout.trim()).toBe(`Wrote ${files.length} screenshots to ${out}`);
    expect(files).toMatchInlineSnapshot(`
      [
        "ar-desktop-1-intro.png",
        "ar-desktop-2-lesson.png",
        "ar-desktop-3-question.png",
        "ar-desktop-4-conversation.png",
        "ar-desktop-5-completion.png",
        "ar-desktop-6-certificate.png",
        "ar-phone-1-intro.png",
        "ar-phone-2-lesson.png",
        "ar-phone-3-question.png",
        "ar-phone-4-conversation.png",
        "ar-phone-5-completion.png",
        "ar-phone-6-certificate.png",
        "en-desktop-1-intro.png",
        "en-desktop-2-lesson.png",
        "en-desktop-3-question.png",
        "en-desktop-4-conversation.png",
        "en-desktop-5-completion.png",
        "en-desktop-6-certificate.png",
        "en-phone-1-intro.png",
        "en-phone-2-lesson.png",
        "en-phone-3-question.png",
        "en-phone-4-conversation.png",
        "en-phone-5-completion.png",
        "en-phone-6-certificate.png",
      ]
    `);
    for (const file of files) expect(sizeOf(file), file).toBe(file.includes('-phone-') ? '360×740' : '1280×800');
  }, 300_000);
});
