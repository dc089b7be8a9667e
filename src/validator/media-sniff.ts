/**
 * What a media file really holds, told from its first bytes, so a `.png` that is an MP3,
 * a web page saved under an image's name or a half-copied file is caught before it ships.
 * Browsers refuse a file whose bytes contradict its type (the preview and many LMSs send
 * `nosniff`), so the learner would see a broken picture or a silent player.
 */

type Format = 'png' | 'jpeg' | 'gif' | 'webp' | 'avif' | 'svg' | 'mp3' | 'aac' | 'ogg' | 'wav' | 'mp4' | 'webm' | 'vtt';

/** The formats each file ending may hold. */
const BY_EXTENSION: Record<string, readonly Format[]> = {
  '.png': ['png'],
  '.jpg': ['jpeg'],
  '.jpeg': ['jpeg'],
  '.gif': ['gif'],
  '.webp': ['webp'],
  '.avif': ['avif'],
  '.svg': ['svg'],
  '.mp3': ['mp3'],
  // An ID3 tag may head an AAC stream as well as an MP3 one.
  '.aac': ['aac', 'mp3'],
  '.m4a': ['mp4'],
  '.ogg': ['ogg'],
  '.oga': ['ogg'],
  '.opus': ['ogg'],
  '.wav': ['wav'],
  '.mp4': ['mp4'],
  '.m4v': ['mp4'],
  '.webm': ['webm'],
  '.vtt': ['vtt'],
};

/** How a message names each format. */
export const FORMAT_NAMES: Record<Format, string> = {
  png: 'a PNG image',
  jpeg: 'a JPEG image',
  gif: 'a GIF image',
  webp: 'a WebP image',
  avif: 'an AVIF image',
  svg: 'an SVG image',
  mp3: 'an MP3 recording',
  aac: 'an AAC recording',
  ogg: 'an Ogg recording',
  wav: 'a WAV recording',
  mp4: 'an MP4 file',
  webm: 'a WebM video',
  vtt: 'WebVTT captions',
};

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
const starts = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  signature.every((byte, i) => bytes[at + i] === byte);

/** The text at the start of a file, without a byte order mark. */
function leadingText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

// An XML declaration, comments and a doctype (with its internal subset) may come before <svg>.
const SVG = /^\s*(?:<\?xml[^>]*>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>\s*)*<svg[\s>/]/i;

/** ISO base media (MP4, M4A, AVIF): a `ftyp` box whose brands say which. */
function isoFormat(bytes: Uint8Array): Format | undefined {
  if (ascii(bytes, 4, 8) !== 'ftyp') return undefined;
  const size = Math.min((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!, bytes.length);
  const brands: string[] = [];
  for (let at = 8; at + 4 <= size; at += 4) if (at !== 12) brands.push(ascii(bytes, at, at + 4));
  return brands.some((brand) => brand === 'avif' || brand === 'avis') ? 'avif' : 'mp4';
}

const DETECT: [Format, (bytes: Uint8Array) => boolean][] = [
  ['png', (b) => starts(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
  ['jpeg', (b) => starts(b, [0xff, 0xd8, 0xff])],
  ['gif', (b) => ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a'],
  ['webp', (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP'],
  ['wav', (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WAVE'],
  ['ogg', (b) => ascii(b, 0, 4) === 'OggS'],
  ['webm', (b) => starts(b, [0x1a, 0x45, 0xdf, 0xa3])],
  ['avif', (b) => isoFormat(b) === 'avif'],
  ['mp4', (b) => isoFormat(b) === 'mp4'],
  // ADTS: a 12-bit sync word and layer 0; MP3 frames share the sync but never layer 0.
  ['aac', (b) => ascii(b, 0, 4) === 'ADIF' || (b[0] === 0xff && (b[1]! & 0xf6) === 0xf0)],
  ['mp3', (b) => ascii(b, 0, 3) === 'ID3' || (b[0] === 0xff && (b[1]! & 0xe0) === 0xe0 && (b[1]! & 0x06) !== 0)],
  ['vtt', (b) => /^WEBVTT(?:[ \t\r\n]|$)/.test(leadingText(b))],
  ['svg', (b) => SVG.test(leadingText(b))],
];

/** What bytes no media format claims look like, for the message. */
function describeOther(bytes: Uint8Array): string {
  if (!bytes.length) return 'nothing: the file is empty';
  if (ascii(bytes, 0, 4) === 'PK\u0003\u0004') return 'a zip archive';
  if (ascii(bytes, 0, 4) === '%PDF') return 'a PDF document';
  const text = leadingText(bytes);
  if (/^\s*<(?:!doctype html|html)[\s>]/i.test(text)) return 'a web page';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: binary data is told from text by its control bytes.
  if (!/[\u0000-\u0008\u000e-\u001f\ufffd]/.test(text)) return 'plain text';
  return 'no media format this tool recognises';
}

/**
 * Whether a file's first bytes fit its ending, and what they hold. Undefined for an
 * ending this module does not know.
 * @example sniffMedia('.png', bytesOfAnMp3) // { matches: false, found: 'an MP3 recording', expected: 'a PNG image' }
 */
export function sniffMedia(
  extension: string,
  head: Uint8Array,
): { matches: boolean; found: string; expected: string } | undefined {
  const allowed = BY_EXTENSION[extension.toLowerCase()];
  if (!allowed) return undefined;
  const format = DETECT.find(([, test]) => test(head))?.[0];
  const expected = FORMAT_NAMES[allowed[0]!];
  if (format && allowed.includes(format)) return { matches: true, found: FORMAT_NAMES[format], expected };
  return { matches: false, found: format ? FORMAT_NAMES[format] : describeOther(head), expected };
}
