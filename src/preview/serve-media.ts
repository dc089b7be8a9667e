/**
 * Serves a course's media files to the preview page. Only media types are served, and
 * only files that validation and packaging would accept: found inside the course's own
 * folder by `findContained` (no "..", no percent escapes, no symbolic or hard links, the
 * letter case as on disk), so neither a crafted address nor a link reaches anything else.
 */
import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname } from 'node:path';
import { findContained } from '../validator/contained-file.ts';
import { foundErrorMessage } from '../validator/error-catalogue.ts';
import { refusalError } from '../validator/path-refusal.ts';

const TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.aac': 'audio/aac',
  '.ogg': 'audio/ogg',
  '.oga': 'audio/ogg',
  '.opus': 'audio/ogg',
  '.wav': 'audio/wav',
  '.mp4': 'video/mp4',
  '.m4v': 'video/mp4',
  '.webm': 'video/webm',
  '.vtt': 'text/vtt; charset=utf-8',
};

/** The Content-Type of a media file, or undefined for anything that is not media. */
export const mediaType = (path: string): string | undefined => TYPES[extname(path).toLowerCase()];

/**
 * The file a media address points at inside the course `folder`, or the reason it is
 * refused, worded as validation words it. The address was decoded once by the server, so
 * a percent sign left in it was encoded twice (`%252e%252e`) and is refused as well.
 */
export function resolveMedia(
  folder: string,
  relativePath: string,
): { file: string } | { status: 403 | 404; reason: string } {
  if (!TYPES[extname(relativePath).toLowerCase()]) return { status: 403, reason: 'not a media file' };
  const found = findContained(folder, relativePath);
  if (found.found) return { file: found.file };
  if (found.refused) return { status: 403, reason: foundErrorMessage(refusalError(relativePath, found.refused)) };
  return { status: 404, reason: 'no such file in the course folder' };
}

/** Sends one file, with byte ranges so audio and video can seek. */
export function sendMedia(req: IncomingMessage, res: ServerResponse, file: string): void {
  const size = statSync(file).size;
  res.setHeader('Content-Type', TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
  res.setHeader('Accept-Ranges', 'bytes');
  // The page adds ?v=<folder version> to every media address, so an edited file gets a new address.
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
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
    res.setHeader('Content-Length', String(end - start + 1));
    return void (req.method === 'HEAD' ? res.end() : createReadStream(file, { start, end }).pipe(res));
  }
  res.setHeader('Content-Length', String(size));
  if (req.method === 'HEAD') return void res.end();
  createReadStream(file).pipe(res);
}
