/** A static file server on 127.0.0.1 that gzips text, as a real web server or LMS would. */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';

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
  '.webm': 'video/webm',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.mp4': 'video/mp4',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.vtt', '.xml']);

export interface StaticServer {
  url: string;
  /** Maps a URL path prefix to a folder, e.g. '/lms/' → a harness folder. */
  mount(prefix: string, dir: string): void;
  close(): Promise<void>;
}

/**
 * Serves `root` (and any mounted folders) until closed. `cacheControl` defaults to
 * `no-store`; `no-cache` still refetches every file (there are no validators) but lets
 * Chromium keep the page in its back/forward cache, which `no-store` forbids.
 */
export async function startStaticServer(root: string, cacheControl = 'no-store'): Promise<StaticServer> {
  const mounts: [string, string][] = [['/', resolve(root)]];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const [prefix, dir] = mounts.filter(([p]) => path.startsWith(p)).sort((a, b) => b[0].length - a[0].length)[0]!;
    const file = normalize(join(dir, path.slice(prefix.length)));
    const target = existsSync(file) && statSync(file).isDirectory() ? join(file, 'index.html') : file;
    if (!(target === dir || target.startsWith(dir + sep)) || !existsSync(target)) {
      res.writeHead(404).end('not found');
      return;
    }
    const ext = extname(target).toLowerCase();
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(200, {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': cacheControl,
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    const stream = createReadStream(target);
    // A file removed while it is sent ends this response, not the test process.
    stream.on('error', () => res.destroy());
    (gzip ? stream.pipe(createGzip({ level: 6 })) : stream).pipe(res);
  });
  // Idle connections stay open far longer than any pause between a test's steps under load, so the
  // browser never sends a request on a socket the server is closing (a reset, not a test failure).
  server.keepAliveTimeout = 120_000;
  server.headersTimeout = 121_000;
  // Ready means listening: the callback runs once the port is bound, so no request is ever refused.
  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ready);
  });
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    mount: (prefix, dir) => void mounts.push([prefix, resolve(dir)]),
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        // Kept-alive connections would hold close() open until they time out.
        server.closeAllConnections();
      }),
  };
}
