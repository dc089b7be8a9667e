/**
 * Writes a zip that depends only on its entries: same files in, same bytes out. That
 * lets a rebuilt package be compared with the published one, and keeps the LMS from
 * seeing a "new version" when nothing changed.
 */
import JSZip from 'jszip';
import { byCodePoint } from './manifest-xml.ts';

/** Every entry gets this date. JSZip writes DOS dates from UTC fields, so the time zone does not matter. */
export const ZIP_DATE = new Date(Date.UTC(2000, 0, 1, 0, 0, 0));

/** Formats that are already compressed: deflating them again costs time and saves nothing. */
const STORED = /\.(?:jpe?g|png|webp|avif|gif|mp3|m4a|aac|ogg|oga|opus|mp4|m4v|webm|zip)$/i;

const DEFLATE_LEVEL = 9;

/**
 * Zips `files` (path at the zip root → content), sorted by path, with no folder entries.
 * @example await writeZip(new Map([['index.html', '<!doctype html>']]))
 */
export async function writeZip(files: ReadonlyMap<string, string | Uint8Array>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const path of [...files.keys()].sort(byCodePoint)) {
    const stored = STORED.test(path);
    zip.file(path, files.get(path)!, {
      date: ZIP_DATE,
      // Folder entries would each need a date too; unzip tools and LMSs create folders from file paths.
      createFolders: false,
      compression: stored ? 'STORE' : 'DEFLATE',
      ...(stored ? {} : { compressionOptions: { level: DEFLATE_LEVEL } }),
      unixPermissions: null,
      dosPermissions: null,
    });
  }
  return zip.generateAsync({ type: 'uint8array', platform: 'DOS', streamFiles: false });
}
