/**
 * The courses the preview shows, validated on the Node side exactly as `npm run validate`
 * does (same folder reader, same checks, same wording). A folder is validated again only
 * when one of its files changed, so the list stays quick while an author edits.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import type { Organisation } from '../course/types.ts';
import { courseChecks } from '../validator/flow-check.ts';
import { listCourseFolders, nodeCourseFolder } from '../validator/node-folder.ts';
import { formatProblemLine, sortProblems } from '../validator/problem.ts';
import { type ValidatedCourse, validateCourseFolder } from '../validator/validate-course.ts';
import { withMediaUrls } from './media-urls.ts';
import type { PreviewOrganisation } from './preview-organisation.ts';
import type { CourseList, CourseSummary, OpenedCourse } from './preview-types.ts';

export interface CatalogOptions {
  /** The courses directory, absolute. */
  coursesDir: string;
  /** The project root: problems name files relative to it, as the CLI run from there does. */
  cwd: string;
  /** The address a course's media is served from, ending in "/". */
  mediaBase: (key: string) => string;
  /** The organisation courses play for, as their packages would. */
  organisation: PreviewOrganisation;
}

interface Entry {
  version: string;
  summary: CourseSummary;
  courses: Array<ValidatedCourse & { organisation: Organisation }>;
}

// `npm run new-course` writes into "<id>.tmp-<pid>" and renames it; that folder is never a course.
const isStaging = (name: string) => /\.tmp-\d+$/.test(name);

/** Every file under a folder with its size and time, hashed: changes when any file does. */
function folderVersion(dir: string): string {
  const hash = createHash('sha1');
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        const stat = statSync(full);
        hash.update(`${relative(dir, full)}\0${stat.size}\0${stat.mtimeMs}\n`);
      }
    }
  };
  try {
    walk(dir);
  } catch {
    // A folder removed while being read: its next version is computed on the next request.
  }
  return hash.digest('hex').slice(0, 12);
}

/** Best effort for a course that does not validate: its id and title, if the JSON parses at all. */
function looseHeader(dir: string): { id?: string; title?: string } {
  try {
    const raw = JSON.parse(readFileSync(join(dir, 'course.json'), 'utf8')) as { id?: unknown; title?: unknown };
    return {
      id: typeof raw.id === 'string' ? raw.id : undefined,
      title: typeof raw.title === 'string' ? raw.title : undefined,
    };
  } catch {
    return {};
  }
}

/** Validates one course folder and summarises it for the course list. */
function validateEntry(dir: string, key: string, version: string, options: CatalogOptions): Entry {
  const folder = nodeCourseFolder(dir, options.cwd);
  const validated = validateCourseFolder(folder, courseChecks);
  // A language the organisation cannot serve would get no package, so it does not play either.
  const problems = [...validated.problems];
  const courses: Entry['courses'] = [];
  for (const c of validated.courses) {
    const found = options.organisation.forLanguage(c.course.language, folder.path);
    if ('problems' in found) problems.push(...found.problems);
    else courses.push({ ...c, organisation: found.organisation });
  }
  const source = courses[0];
  const loose = source ? {} : looseHeader(dir);
  const summary: CourseSummary = {
    key,
    id: source?.course.id ?? loose.id ?? key,
    folder: folder.path,
    title: source?.course.title ?? loose.title,
    languages: courses.map((c) => ({
      language: c.course.language,
      title: c.course.title,
      file: c.file,
      minutes: c.estimate.minutes,
    })),
    ...(source ? { estimate: { minutes: source.estimate.minutes, declared: source.course.estimatedMinutes } } : {}),
    ok: problems.length === 0 && courses.length > 0,
    problems: sortProblems(problems).map((p) => ({ ...p, text: formatProblemLine(p) })),
    version,
  };
  return { version, summary, courses };
}

/** The preview's view of the courses folder: each course validated, cached until a file in it changes. */
export function createCatalog(options: CatalogOptions) {
  const cache = new Map<string, Entry>();

  const folders = () => listCourseFolders(options.coursesDir).filter((dir) => !isStaging(basename(dir)));

  function load(dir: string): Entry {
    const key = basename(dir);
    // The organisation's profile is part of what plays, so its edits count as the course's.
    const version = `${folderVersion(dir)}${options.organisation.stamp()}`;
    const cached = cache.get(key);
    if (cached?.version === version) return cached;
    const entry = validateEntry(dir, key, version, options);
    cache.set(key, entry);
    return entry;
  }

  return {
    /** Every course folder, validated (from cache when nothing changed). */
    list(): CourseList {
      const root = relative(options.cwd, options.coursesDir).split(sep).join('/') || '.';
      return { root, courses: folders().map((dir) => load(dir).summary) };
    },

    /** One course with each valid language ready to play, or undefined when there is no such folder. */
    open(key: string): OpenedCourse | undefined {
      const dir = folders().find((d) => basename(d) === key);
      if (!dir) return undefined;
      const { summary, courses } = load(dir);
      const base = options.mediaBase(key);
      return {
        summary,
        languages: courses.map((c) => ({
          language: c.course.language,
          file: c.file,
          course: withMediaUrls(c.course, base, summary.version),
          organisation: c.organisation,
        })),
      };
    },

    /** The absolute folder of a listed course, for serving its media; undefined for anything else. */
    folderOf(key: string): string | undefined {
      return folders().find((d) => basename(d) === key);
    },

    /** The folder name a changed path belongs to, or undefined when it is outside the courses directory. */
    keyOf(path: string): string | undefined {
      const rel = relative(options.coursesDir, path);
      if (!rel || rel.startsWith('..') || rel.startsWith(sep) || /^[a-z]:/i.test(rel)) return undefined;
      const key = rel.split(sep)[0]!;
      return isStaging(key) ? undefined : key;
    },
  };
}

export type Catalog = ReturnType<typeof createCatalog>;
