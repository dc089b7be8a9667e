/**
 * Course folders as a hostile or careless author leaves them: the mini course with one
 * planted problem each (a link out of the folder, a path that escapes, bytes that are not
 * what their name says, text no reader can use). Links cannot live in git, so each test
 * file plants its own in a temporary folder; `outside/` beside the courses holds what a
 * link must never reach.
 */
import { cpSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './courses.ts';

const MINI = join(ROOT, 'tests/fixtures/courses/mini');

/** First bytes of real files of each kind, enough for the sniffer. */
export const SIGNATURES = {
  png: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  jpeg: Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]),
  gif: new TextEncoder().encode('GIF89a\u0001\u0000'),
  webp: new TextEncoder().encode('RIFF\u0010\u0000\u0000\u0000WEBPVP8 '),
  svg: new TextEncoder().encode(
    '<?xml version="1.0"?>\n<!-- drawn by hand -->\n<svg xmlns="http://www.w3.org/2000/svg"/>',
  ),
  mp3: new TextEncoder().encode('ID3\u0004\u0000\u0000\u0000\u0000\u0000\u0000'),
  mp4: Uint8Array.from([0, 0, 0, 0x18, ...new TextEncoder().encode('ftypisom\u0000\u0000\u0002\u0000isomiso2')]),
  webm: Uint8Array.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01]),
  vtt: new TextEncoder().encode('\ufeffWEBVTT\n\n00:00.000 --> 00:01.000\nHello\n'),
} as const;

export interface HostileCourses {
  /** The folder the course folders sit in; run commands from here so paths show as `<name>/course.json`. */
  root: string;
  remove(): void;
}

type Edit = (course: any, dir: string, outside: string) => void;

const setImage =
  (src: string): Edit =>
  (course) => {
    course.lessons[0].pages[0].blocks[1].src = src;
  };

/** Every planted case, by folder name: each must fail validation with one located problem. */
export const HOSTILE: Record<string, Edit> = {
  'symlinked-file': (course, dir) => {
    symlinkSync('/etc/passwd', join(dir, 'media/leak.svg'));
    setImage('media/leak.svg')(course, dir, '');
  },
  'symlinked-folder': (course, dir, outside) => {
    symlinkSync(outside, join(dir, 'media/etc'));
    setImage('media/etc/secret.svg')(course, dir, outside);
  },
  'dot-dot': setImage('media/../../outside/secret.svg'),
  'percent-encoded': setImage('media/%2e%2e/%2e%2e/outside/secret.svg'),
  'letter-case': setImage('media/Listening.svg'),
  'hard-link': (course, dir, outside) => {
    linkSync(join(outside, 'secret.svg'), join(dir, 'media/linked.svg'));
    setImage('media/linked.svg')(course, dir, outside);
  },
  'symlinked-lesson-image': (course, dir) => {
    symlinkSync('/etc/hostname', join(dir, 'media/opening.svg'));
    course.lessons[0].image = { src: 'media/opening.svg', alt: 'An opening picture.', width: 320, height: 180 };
  },
  'missing-cover': (course) => {
    course.cover = { src: 'media/cover.svg', alt: 'The cover.', width: 640, height: 360 };
  },
  'symlinked-translation': (_course, dir, outside) => {
    rmSync(join(dir, 'i18n/ar.json'));
    symlinkSync(join(outside, 'ar.json'), join(dir, 'i18n/ar.json'));
  },
  'png-holds-mp3': (course, dir) => {
    writeFileSync(join(dir, 'media/photo.png'), SIGNATURES.mp3);
    setImage('media/photo.png')(course, dir, '');
  },
  'svg-holds-web-page': (course, dir) => {
    writeFileSync(join(dir, 'media/listening.svg'), '<!doctype html>\n<html><body>Not found</body></html>\n');
    void course;
  },
  'reserved-key': (course) => {
    course.lessons[0].pages[0].blocks[0].constructor = 'x';
  },
  'constructor-id': (course) => {
    course.lessons[0].pages[0].blocks[0].id = 'constructor';
  },
  'nul-in-title': (course) => {
    course.lessons[0].title = 'Listen\u0000ing';
  },
  'lone-surrogate': (course) => {
    course.lessons[0].pages[1].title = 'Try it \ud83d';
  },
  'link-in-title-unsafe': (course) => {
    course.lessons[0].pages[1].title = 'Try [this](javascript:alert(1))';
  },
  'spaced-javascript-link': (course) => {
    course.lessons[0].pages[0].blocks[0].body = 'Read [more]( javascript:alert(1) ) here.';
  },
  'entity-encoded-link': (course) => {
    course.lessons[0].pages[0].blocks[0].body = 'Read [more] (&#106;avascript&colon;alert(1)) here.';
  },
  'data-url-in-plain-text': (course) => {
    course.lessons[0].pages[0].title = 'See [the picture](data:text/html;base64,PHNjcmlwdD4=)';
  },
};

const COURSE_JSON = () => readFileSync(join(MINI, 'course.json'), 'utf8');

/** Cases written as raw files, for what JSON.stringify cannot write. */
export const HOSTILE_FILES: Record<string, (dir: string) => void> = {
  'latin-1': (dir) =>
    writeFileSync(
      join(dir, 'course.json'),
      Buffer.from(COURSE_JSON().replace('"A minute of listening"', '"Une minute d\'écoute"'), 'latin1'),
    ),
  'utf-16': (dir) =>
    writeFileSync(
      join(dir, 'course.json'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(COURSE_JSON(), 'utf16le')]),
    ),
  'nested-deep': (dir) =>
    writeFileSync(join(dir, 'course.json'), `{"id": "deep", "lessons": ${'['.repeat(50_000)}${']'.repeat(50_000)}}`),
  'proto-in-strings': (dir) => {
    const ar = readFileSync(join(dir, 'i18n/ar.json'), 'utf8');
    writeFileSync(join(dir, 'i18n/ar.json'), ar.replace('"strings": {', '"strings": {\n    "__proto__": "لا",'));
  },
  'byte-order-mark': (dir) => writeFileSync(join(dir, 'course.json'), `\ufeff${COURSE_JSON()}`),
};

/** Folders that must validate, with at most warnings: the BOM, links that are only text. */
export const ACCEPTED: Record<string, Edit> = {
  'link-in-title': (course) => {
    course.lessons[0].pages[1].title = 'Try [this](https://example.org/try)';
  },
  'markdown-link-not-read': (course) => {
    course.lessons[0].pages[0].blocks[0].body =
      'Call [the helpline] (https://example.org/help) or see [1].\n\n[1]: https://example.org';
  },
};

const KEEP_TRANSLATION = new Set(['symlinked-file', 'symlinked-translation', 'proto-in-strings']);

function copyMini(root: string, name: string): string {
  const dir = join(root, name);
  cpSync(MINI, dir, { recursive: true });
  return dir;
}

/** Plants every hostile and accepted case under a fresh temporary folder. */
export function plantHostileCourses(): HostileCourses {
  const root = mkdtempSync(join(tmpdir(), 'pss-hostile-'));
  const outside = join(root, 'outside');
  mkdirSync(outside);
  writeFileSync(join(outside, 'secret.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><title>secret</title></svg>');
  cpSync(join(MINI, 'i18n/ar.json'), join(outside, 'ar.json'));
  const plant = (name: string, edit: Edit) => {
    const dir = copyMini(root, name);
    // One problem a folder: a translation would only need the new strings. One folder keeps it, to show it adds nothing.
    if (!KEEP_TRANSLATION.has(name)) rmSync(join(dir, 'i18n'), { recursive: true });
    const course = JSON.parse(readFileSync(join(dir, 'course.json'), 'utf8'));
    edit(course, dir, outside);
    writeFileSync(join(dir, 'course.json'), JSON.stringify(course, null, 2));
  };
  for (const [name, edit] of Object.entries(HOSTILE)) plant(name, edit);
  for (const [name, edit] of Object.entries(ACCEPTED)) plant(name, edit);
  for (const [name, write] of Object.entries(HOSTILE_FILES)) write(copyMini(root, name));
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
