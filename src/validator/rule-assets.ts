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

export type AssetKind = keyof typeof KINDS;

/** Why a path cannot be used inside a package. The error catalogue words each reason. */
export type UnsafePathReason = 'backslash' | 'absolute' | 'outside-folder' | 'empty-folder-name';

/**
 * Why a path is not a safe course-relative path, or undefined when it is.
 * @example unsafePathReason('../secret.txt') // 'outside-folder'
 */
export function unsafePathReason(path: string): UnsafePathReason | undefined {
  if (path.includes('\\')) return 'backslash';
  if (/^\//.test(path) || /^[a-z]:/i.test(path)) return 'absolute';
  if (path.split('/').some((part) => part === '..')) return 'outside-folder';
  if (path.split('/').some((part) => part === '' || part === '.')) return 'empty-folder-name';
  return undefined;
}

function checkAsset(context: RuleContext, path: JsonPath, value: string, kind: AssetKind) {
  const { course, report, fileExists } = context;
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) {
    const allowed = course.assets.allowRemote.some((prefix) => value.startsWith(prefix));
    if (!allowed) report(path, 'remote-asset', { url: value });
    return;
  }
  const reason = unsafePathReason(value);
  if (reason) {
    report(path, 'unsafe-path', { path: value, reason });
    return;
  }
  const extensions: readonly string[] = KINDS[kind];
  if (!extensions.some((ext) => value.toLowerCase().endsWith(ext))) {
    report(path, 'wrong-file-type', { path: value, kind, extensions });
    return;
  }
  if (!fileExists(value)) report(path, 'missing-file', { what: 'asset', path: value });
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
