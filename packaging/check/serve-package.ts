/**
 * Serves an unzipped package from memory on 127.0.0.1, beside the check's LMS page and
 * scorm-again's browser build, so the launch check needs no temporary folder.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.vtt': 'text/vtt; charset=utf-8',
  '.xml': 'application/xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.webm': 'video/webm',
  '.mp4': 'video/mp4',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
};

export interface PackageServer {
  /** The LMS page's address. */
  lmsUrl: string;
  /** The address the package's root is served at, ending in "/". */
  packageUrl: string;
  close(): Promise<void>;
}

/** The folder of scorm-again's browser builds (scorm12.min.js, scorm2004.min.js). */
function scormAgainDist(): string {
  return dirname(createRequire(import.meta.url).resolve('scorm-again'));
}

export async function servePackage(files: ReadonlyMap<string, Uint8Array>): Promise<PackageServer> {
  const lmsPage = readFileSync(new URL('./lms-page.html', import.meta.url));
  const dist = scormAgainDist();
  const server = createServer((req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://check').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const send = (body: Uint8Array, name: string) =>
      res
        .writeHead(200, { 'content-type': TYPES[extname(name).toLowerCase()] ?? 'application/octet-stream' })
        .end(body);
    if (path === '/lms/') return send(lmsPage, 'index.html');
    const again = /^\/scorm-again\/(scorm12|scorm2004)\.min\.js$/.exec(path);
    if (again) return send(readFileSync(join(dist, `${again[1]}.min.js`)), path);
    const file = path.startsWith('/pkg/') ? files.get(path.slice('/pkg/'.length)) : undefined;
    if (file) return send(file, path);
    res.writeHead(404).end('not found');
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  return {
    lmsUrl: `${base}/lms/`,
    packageUrl: `${base}/pkg/`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
