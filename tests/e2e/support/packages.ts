/**
 * Builds the real player once per test process and packages courses with the real
 * packager, extracted into folders an LMS harness or a static server can serve.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import { packageCourse } from '../../../packaging/course-zip.ts';
import type { ScormVersion } from '../../../src/scorm/scorm-version.ts';
import { loadCourse, ROOT } from '../../support/courses.ts';
import { packageInputFor, type TestOrganisation } from '../../support/organisations.ts';

let player: Promise<string> | undefined;

/** The folder of a fresh production build of the player (player.js, player.css). */
export function builtPlayer(): Promise<string> {
  player ??= (async () => {
    const { build } = await import('vite');
    const outDir = mkdtempSync(join(tmpdir(), 'pss-player-'));
    await build({
      root: ROOT,
      configFile: join(ROOT, 'vite.config.ts'),
      logLevel: 'error',
      build: { outDir, emptyOutDir: true },
    });
    return outDir;
  })();
  return player;
}

export interface ExtractedPackage {
  /** The folder the zip was extracted into; index.html is the launch page. */
  dir: string;
  zip: Uint8Array;
  courseId: string;
  language: string;
  standard: ScormVersion;
}

/**
 * Packages every language of a course folder in one standard and extracts each zip: the real
 * courses for the demo organisation, fixtures for the test profile that has their language.
 */
export async function extractPackages(
  courseDir: string,
  standard: ScormVersion,
  organisation: TestOrganisation | undefined = courseDir.startsWith('courses/') ? 'demo' : undefined,
): Promise<ExtractedPackage[]> {
  const playerDir = await builtPlayer();
  const out: ExtractedPackage[] = [];
  for (const validated of loadCourse(courseDir)) {
    const input = packageInputFor(validated, organisation);
    const zip = await packageCourse(input, { standard, courseDir: join(ROOT, courseDir), playerDir });
    const dir = mkdtempSync(join(tmpdir(), `pss-${validated.course.id}-${validated.course.language}-${standard}-`));
    const archive = await JSZip.loadAsync(zip);
    for (const [name, entry] of Object.entries(archive.files)) {
      if (entry.dir) continue;
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), await entry.async('uint8array'));
    }
    out.push({ dir, zip, courseId: validated.course.id, language: validated.course.language, standard });
  }
  return out;
}
