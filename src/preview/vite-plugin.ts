/**
 * The author preview's server side, as a Vite plugin for `npm run dev`:
 *
 *   GET /@pss-preview/courses          every course folder, validated like `npm run validate`
 *   GET /@pss-preview/courses/<key>    one course with each valid language, ready to play
 *   GET /@pss-preview/media/<key>/<p>  a media file of that course, never anything outside it
 *   GET /@pss-preview/zip-media/<key>/<p>  a media file of the zip given with --zip (npm run dev -- --zip <file>)
 *
 * It watches the courses directory and tells the page which folders changed (a custom
 * HMR event), so edits, new courses and broken files show up without a restart.
 */
import { resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { type Catalog, createCatalog } from './course-catalog.ts';
import { previewOrganisation } from './preview-organisation.ts';
import { CHANGE_EVENT, type ChangeMessage, ENDPOINT } from './preview-types.ts';
import { resolveMedia, sendMedia } from './serve-media.ts';
import { sendZipMedia } from './serve-zip-media.ts';
import { loadZipCourse, type ZipCourse } from './zip-course.ts';

export interface PreviewPluginOptions {
  /** The courses directory, relative to the project root. Default: $PSS_COURSES_DIR, else "courses". */
  coursesDir?: string;
  /** How long to gather file events before telling the page; editors often write a file in several steps. */
  settleMs?: number;
  /** A built package to play beside the courses. Default: $PSS_PREVIEW_ZIP, set by `npm run dev -- --zip <file>`. */
  zipFile?: string;
}

/** Registers the preview's endpoints and file watching on the dev server only; `vite build` never runs it. */
export function authorPreview(options: PreviewPluginOptions = {}): Plugin {
  return {
    name: 'pss-author-preview',
    apply: 'serve',
    configureServer(server) {
      const cwd = server.config.root;
      const coursesDir = resolve(cwd, options.coursesDir ?? (process.env.PSS_COURSES_DIR || 'courses'));
      const organisation = previewOrganisation(resolve(cwd, 'organisations', process.env.PSS_ORG || 'demo'), cwd);
      const catalog = createCatalog({
        coursesDir,
        cwd,
        mediaBase: (key) => `${ENDPOINT}/media/${encodeURIComponent(key)}/`,
        organisation,
      });
      watchCourses(server, catalog, coursesDir, organisation.dir, options.settleMs ?? 120);
      const zipFile = options.zipFile ?? process.env.PSS_PREVIEW_ZIP;
      const zip = zipFile
        ? loadZipCourse(resolve(cwd, zipFile), cwd, (key) => `${ENDPOINT}/zip-media/${encodeURIComponent(key)}/`).then(
            (loaded) => {
              if ('error' in loaded) server.config.logger.error(loaded.error);
              return 'error' in loaded ? undefined : loaded;
            },
          )
        : Promise.resolve(undefined);
      server.middlewares.use(ENDPOINT, (req, res) => {
        zip
          .then((loaded) => handle(catalog, req, res, loaded))
          .catch((error: Error) =>
            sendJson(res, 500, { error: `The preview server stopped on an unexpected problem: ${error.message}` }),
          );
      });
    },
  };
}

function handle(
  catalog: Catalog,
  req: import('node:http').IncomingMessage,
  res: import('node:http').ServerResponse,
  zip: ZipCourse | undefined,
): unknown {
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: 'Only GET is served here.' });
  // Connect strips the mount path: req.url is what follows /@pss-preview.
  const path = new URL(req.url ?? '/', 'http://preview').pathname;
  const parts = path.split('/').filter(Boolean);
  let decoded: string[];
  try {
    decoded = parts.map(decodeURIComponent);
  } catch {
    return sendJson(res, 400, { error: 'The address is not valid.' });
  }
  if (decoded[0] === 'courses' && decoded.length === 1) {
    const list = catalog.list();
    return sendJson(res, 200, zip ? { ...list, courses: [zip.summary, ...list.courses] } : list);
  }
  if (decoded[0] === 'courses' && decoded.length === 2 && zip && decoded[1] === zip.key)
    return sendJson(res, 200, zip.opened);
  if (decoded[0] === 'zip-media' && decoded.length >= 3 && zip && decoded[1] === zip.key)
    return sendZipMedia(req, res, zip.files, decoded.slice(2).join('/'));
  if (decoded[0] === 'courses' && decoded.length === 2) {
    const opened = catalog.open(decoded[1]!);
    return opened
      ? sendJson(res, 200, opened)
      : sendJson(res, 404, { error: `There is no course folder "${decoded[1]}".` });
  }
  if (decoded[0] === 'media' && decoded.length >= 3) {
    const folder = catalog.folderOf(decoded[1]!);
    if (!folder) return sendJson(res, 404, { error: `There is no course folder "${decoded[1]}".` });
    const found = resolveMedia(folder, decoded.slice(2).join('/'));
    if ('status' in found) return sendJson(res, found.status, { error: `Refused: ${found.reason}.` });
    return sendMedia(req, res, found.file);
  }
  sendJson(res, 404, { error: 'Unknown preview address.' });
}

function sendJson(res: import('node:http').ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}

/**
 * Tells the page which course folders changed, once the burst of file events settles. An
 * edit to the organisation's profile changes every course it plays.
 */
function watchCourses(
  server: ViteDevServer,
  catalog: Catalog,
  coursesDir: string,
  organisationDir: string,
  settleMs: number,
): void {
  // Vite watches the project root; a courses directory elsewhere (a test's copy) is added.
  server.watcher.add(coursesDir);
  const pending = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  server.watcher.on('all', (_event, file) => {
    const key = catalog.keyOf(resolve(file));
    const profile = resolve(file).startsWith(organisationDir + sep);
    if (!key && !profile && resolve(file) !== coursesDir) return;
    if (key) pending.add(key);
    if (profile) for (const course of catalog.list().courses) pending.add(course.key);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const message: ChangeMessage = { keys: [...pending] };
      pending.clear();
      server.ws.send({ type: 'custom', event: CHANGE_EVENT, data: message });
    }, settleMs);
  });
}
