/**
 * A package folder written the way the packager writes one (index.html from the real
 * template, the built player, the media), for a course object that never went through
 * the validator: hostile text, or a language the player has no interface text for.
 */
import { copyFileSync, cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PLAYER_FILES } from '../../../../packaging/course-zip.ts';
import { renderIndexHtml } from '../../../../packaging/index-html.ts';
import type { Course, Organisation } from '../../../../src/course/types.ts';
import { ROOT } from '../../../support/courses.ts';
import { builtPlayer } from '../../support/packages.ts';

/** Writes a package folder like the packager's (index.html, player files, media) for an unvalidated course. */
export async function packageUnvalidated(
  course: Course,
  organisation: Organisation,
  mediaFrom: string,
): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'pss-unvalidated-'));
  writeFileSync(join(dir, 'index.html'), renderIndexHtml(course, organisation, 'scorm12'));
  const player = await builtPlayer();
  for (const name of PLAYER_FILES) copyFileSync(join(player, name), join(dir, name));
  cpSync(join(ROOT, mediaFrom), join(dir, 'media'), { recursive: true });
  return dir;
}
