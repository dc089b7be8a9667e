/** Asset paths stay inside the course folder, point at files that exist, and have the right kind. */

import type { JsonPath } from './problem.ts';
import type { Rule, RuleContext } from './rule-context.ts';
import { walkBlocks } from './walk.ts';

const KINDS = {
  image: ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.svg'],
  audio: ['.mp3', '.m4a', '.aac', '.ogg', '.oga', '.opus', '.wav'],
  video: ['.mp4', '.m4v', '.webm'],
  captions: ['.vtt'],
} as const;

type AssetKind = keyof typeof KINDS;

const ARTICLE: Record<AssetKind, string> = {
  image: 'an image',
  audio: 'an audio',
  video: 'a video',
  captions: 'a WebVTT captions',
};

/**
 * Why a path is not a safe course-relative path, or undefined when it is.
 * @example unsafePathReason('../secret.txt') // 'leaves the course folder'
 */
export function unsafePathReason(path: string): string | undefined {
  if (path.includes('\\')) return 'uses "\\". Use "/" between folders';
  if (/^\//.test(path) || /^[a-z]:/i.test(path))
    return 'is an absolute path, which will not exist inside the package. Use a path relative to the course folder, such as "media/photo.jpg"';
  if (path.split('/').some((part) => part === '..'))
    return 'leaves the course folder with "..". Copy the file into the course folder and use a path inside it';
  if (path.split('/').some((part) => part === '' || part === '.'))
    return 'has an empty or "." folder name. Write it as "folder/file.ext"';
  return undefined;
}

function checkAsset(context: RuleContext, path: JsonPath, value: string, kind: AssetKind) {
  const { course, report, fileExists } = context;
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) {
    const allowed = course.assets.allowRemote.some((prefix) => value.startsWith(prefix));
    if (!allowed) {
      report(
        path,
        'remote-asset',
        `"${value}" is a web address. Media ships inside the package so it works offline and in every LMS: copy the file into the course folder, or list its https:// prefix in "assets.allowRemote"`,
      );
    }
    return;
  }
  const unsafe = unsafePathReason(value);
  if (unsafe) {
    report(path, 'unsafe-path', `"${value}" ${unsafe}`);
    return;
  }
  const extensions: readonly string[] = KINDS[kind];
  if (!extensions.some((ext) => value.toLowerCase().endsWith(ext))) {
    report(
      path,
      'wrong-file-type',
      `"${value}" is not ${ARTICLE[kind]} file. Use a file ending in ${extensions.join(', ')}`,
    );
    return;
  }
  if (!fileExists(value)) {
    report(
      path,
      'missing-file',
      `"${value}" does not exist in the course folder. Check the spelling and the letter case, or add the file`,
    );
  }
}

export const assetFiles: Rule = (context) => {
  for (const { item: block, path } of walkBlocks(context.course)) {
    if (block.type === 'image') checkAsset(context, [...path, 'src'], block.src, 'image');
    if (block.type === 'audio' || block.type === 'video') {
      checkAsset(context, [...path, 'src'], block.src, block.type);
      block.captions.forEach((track, t) => {
        checkAsset(context, [...path, 'captions', t, 'src'], track.src, 'captions');
      });
    }
    if (block.type === 'video' && block.poster) checkAsset(context, [...path, 'poster'], block.poster, 'image');
  }
};
