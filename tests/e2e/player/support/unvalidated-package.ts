/**
 * A package folder written the way the packager writes one (index.html from the real
 * template, the built player, the media), for a course object that never went through
 * the validator: hostile text, or a language the player has no interface text for.
 */
import { copyFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHIPPED_PLAYER_FILES } from '../../../../packaging/course-zip.ts';
import { renderLaunchPage } from '../../../../packaging/index-html.ts';
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
  const player = await builtPlayer();
  const page = renderLaunchPage(course, organisation, 'scorm12', readFileSync(join(player, 'player.css'), 'utf8'));
  writeFileSync(join(dir, 'index.html'), page.html);
  for (const [name, script] of page.files) writeFileSync(join(dir, name), script);
  for (const name of SHIPPED_PLAYER_FILES) copyFileSync(join(player, name), join(dir, name));
  cpSync(join(ROOT, mediaFrom), join(dir, 'media'), { recursive: true });
  return dir;
}
