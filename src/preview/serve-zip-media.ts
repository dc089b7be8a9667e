/**
 * Serves a media file of a previewed zip from memory, with byte ranges so audio and video
 * can seek. Only media paths the zip holds are served; anything else is refused.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { unsafePathReason } from '../validator/path-refusal.ts';
import { mediaType } from './serve-media.ts';

/** Sends `path` from the zip's files, or answers why not. */
export function sendZipMedia(
  req: IncomingMessage,
  res: ServerResponse,
  files: ReadonlyMap<string, Uint8Array>,
  path: string,
): void {
  const type = mediaType(path);
  const bytes = files.get(path);
  if (!type || unsafePathReason(path) || !bytes) {
    res.statusCode = type ? 404 : 403;
    return void res.end(type ? 'no such file in the zip' : 'not a media file');
  }
  res.setHeader('Content-Type', type);
  res.setHeader('Accept-Ranges', 'bytes');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  const size = bytes.byteLength;
  const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
  let body = bytes;
  if (range && (range[1] || range[2])) {
    const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
    const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
    if (start > end || start >= size) {
      res.statusCode = 416;
      res.setHeader('Content-Range', `bytes */${size}`);
      return void res.end();
    }
    res.statusCode = 206;
    res.setHeader('Content-Range', `bytes ${start}-${end}/${size}`);
    body = bytes.subarray(start, end + 1);
  }
  res.setHeader('Content-Length', String(body.byteLength));
  res.end(req.method === 'HEAD' ? undefined : body);
}
