/**
 * `npm run dev -- --zip <file>`: a built package played in the preview beside the LMS
 * inspector. The course, its organisation and the standard come from the zip's index.html,
 * exactly as the learner's player reads them, and media from the zip itself, so what
 * plays is what was packaged, not the folder it came from.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, relative, sep } from 'node:path';
import JSZip from 'jszip';
import type { Course, Organisation } from '../course/types.ts';
import type { TrackingMode } from '../scorm/scorm-version.ts';
import { withLogoUrl, withMediaUrls } from './media-urls.ts';
import type { CourseSummary, OpenedCourse } from './preview-types.ts';

export interface ZipCourse {
  /** The key in preview addresses: "zip-" and the file's name. */
  key: string;
  /** The standard the package was built for; the preview opens it under that LMS. */
  standard: TrackingMode;
  summary: CourseSummary;
  opened: OpenedCourse;
  /** The package's files by path, for the media endpoint. */
  files: Map<string, Uint8Array>;
}

const COURSE_DATA = /<script type="application\/json" id="course-data">([\s\S]*?)<\/script>/;

/** Reads a built zip, or says in one sentence why it cannot be previewed. */
export async function loadZipCourse(
  file: string,
  cwd: string,
  mediaBase: (key: string) => string,
): Promise<ZipCourse | { error: string }> {
  const shown = relative(cwd, file).split(sep).join('/');
  let bytes: Buffer;
  let zip: JSZip;
  try {
    bytes = readFileSync(file);
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no such file' : 'it is not a zip file';
    return { error: `${shown} cannot be previewed: ${reason}.` };
  }
  const files = new Map<string, Uint8Array>();
  for (const entry of Object.values(zip.files)) if (!entry.dir) files.set(entry.name, await entry.async('uint8array'));
  const html = files.get('index.html');
  const match = html && COURSE_DATA.exec(new TextDecoder().decode(html));
  if (!match)
    return {
      error: `${shown} cannot be previewed: it has no index.html with course data. Is it a package from npm run package?`,
    };
  const data = JSON.parse(match[1]!) as { course: Course; organisation: Organisation; standard: TrackingMode };
  const key = `zip-${basename(file, '.zip')}`;
  const version = createHash('sha1').update(bytes).digest('hex').slice(0, 12);
  const { course } = data;
  const summary: CourseSummary = {
    key,
    id: course.id,
    folder: shown,
    title: course.title,
    languages: [
      {
        language: course.language,
        title: course.title,
        file: `${shown} (index.html)`,
        minutes: course.estimatedMinutes,
      },
    ],
    estimate: { minutes: course.estimatedMinutes, declared: course.estimatedMinutes },
    ok: true,
    problems: [],
    version,
  };
  const opened: OpenedCourse = {
    summary,
    languages: [
      {
        language: course.language,
        file: summary.languages[0]!.file,
        course: withMediaUrls(course, mediaBase(key), version),
        organisation: withLogoUrl(data.organisation, mediaBase(key), version),
      },
    ],
  };
  return { key, standard: data.standard, summary, opened, files };
}
