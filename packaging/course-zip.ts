/**
 * One SCORM package: one course, one language, one standard. Everything sits at the zip
 * root or below it, because an LMS looks for imsmanifest.xml there and nowhere else.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Course, Organisation } from '../src/course/types.ts';
import type { ScormVersion } from '../src/scorm/scorm-version.ts';
import { readContained } from '../src/validator/contained-file.ts';
import { withDrawings } from './course-drawings.ts';
import { referencedMedia } from './course-media.ts';
import { renderLaunchPage } from './index-html.ts';
import { buildManifest } from './manifest.ts';
import { PART_FILES } from './player-parts.ts';
import { readSchemaFiles } from './scorm-xsd-files.ts';
import { writeZip } from './zip-writer.ts';

/** The files `vite build` writes: the player, its stylesheet and its parts. */
export const PLAYER_FILES = ['player.js', 'player.css', ...PART_FILES] as const;

/** Those every package carries unchanged. player.css goes inline into index.html instead (index-html.ts). */
export const SHIPPED_PLAYER_FILES = PLAYER_FILES.filter((name) => name !== 'player.css');

export interface PackageOptions {
  standard: ScormVersion;
  /** The course folder, where media paths start. */
  courseDir: string;
  /** The folder holding the built player.js and player.css, normally dist/player. */
  playerDir: string;
  /** Hears of each SVG picture that stays an <img> file rather than being drawn in the page (course-drawings.ts), and why. */
  undrawn?: (path: string, reason: string) => void;
}

/** What goes into a package: one course language, for one organisation. */
export interface PackageInput {
  course: Course;
  organisation: Organisation;
  /** Files the organisation brings (its logo), by path in the zip. */
  organisationFiles?: ReadonlyMap<string, Uint8Array>;
}

/**
 * The package's file name.
 * @example packageFileName(course, 'scorm12') // 'mini-en-scorm12.zip'
 */
export function packageFileName(course: Course, standard: ScormVersion): string {
  return `${course.id}-${course.language}-${standard}.zip`;
}

/**
 * Every file of the package, by its path in the zip. The SCO's own files are listed in the
 * manifest; the manifest and the schema files describe the package and are not.
 */
export function packageFiles(
  { course, organisation, organisationFiles = new Map() }: PackageInput,
  options: PackageOptions,
): Map<string, string | Uint8Array> {
  const sco = new Map<string, string | Uint8Array>();
  const stylesheet = readFileSync(join(options.playerDir, 'player.css'), 'utf8');
  // The validator has refused absolute paths and "..", and media must end in a media
  // extension, so no course file can overwrite index.html, the player or a schema file.
  // Each file is found again by its real path here, in case a link appeared since validation:
  // a refused or vanished file throws ContainedFileError, and nothing of the course is written.
  const media = new Map(referencedMedia(course).map((path) => [path, readContained(options.courseDir, path)]));
  const drawn = withDrawings(course, (path) => media.get(path)!, options.undrawn);
  const page = renderLaunchPage(drawn, organisation, options.standard, stylesheet);
  sco.set('index.html', page.html);
  // The words not inline in index.html: text-0.js, then one script per lesson (course-text.ts).
  for (const [name, script] of page.files) sco.set(name, script);
  for (const name of SHIPPED_PLAYER_FILES) sco.set(name, readFileSync(join(options.playerDir, name)));
  for (const [path, bytes] of media) sco.set(path, bytes);
  for (const [path, bytes] of organisationFiles) {
    // A course is free to name its media anything, so a clash is refused rather than one file silently lost.
    if (sco.has(path))
      throw new Error(
        `${course.id} has a media file at ${path}, where the organisation's logo goes. Rename the course's file.`,
      );
    sco.set(path, bytes);
  }

  const files = new Map(sco);
  const manifest = { course, organisation: organisation.id, files: [...sco.keys()] };
  files.set('imsmanifest.xml', buildManifest(options.standard, manifest));
  for (const [name, content] of readSchemaFiles(options.standard)) files.set(name, content);
  return files;
}

/**
 * Builds one package as zip bytes. The same input always gives the same bytes.
 * @example await packageCourse(validated, { standard: 'scorm2004', courseDir: 'courses/mini', playerDir: 'dist/player' })
 */
export async function packageCourse(input: PackageInput, options: PackageOptions): Promise<Uint8Array> {
  return writeZip(packageFiles(input, options));
}
