/** Asset paths stay inside the course folder, point at files that exist, and hold what their name says. */

import { coursePictures } from '../course/pictures.ts';
import { sniffMedia } from './media-sniff.ts';
import { unsafePathReason } from './path-refusal.ts';
import type { JsonPath } from './problem.ts';
import type { Rule, RuleContext } from './rule-context.ts';
import { walkBlocks } from './walk.ts';

export { type UnsafePathReason, unsafePathReason } from './path-refusal.ts';

const KINDS = {
  image: ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.svg'],
  audio: ['.mp3', '.m4a', '.aac', '.ogg', '.oga', '.opus', '.wav'],
  video: ['.mp4', '.m4v', '.webm'],
  captions: ['.vtt'],
} as const;

export type AssetKind = keyof typeof KINDS;

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
  const extension = extensions.find((ext) => value.toLowerCase().endsWith(ext));
  if (!extension) {
    report(path, 'wrong-file-type', { path: value, kind, extensions });
    return;
  }
  const refused = context.fileRefusal?.(value);
  if (refused) {
    if (refused.reason === 'letter-case') report(path, 'letter-case', { path: value, spelt: refused.spelt });
    else report(path, 'unsafe-path', { path: value, ...refused });
    return;
  }
  if (!fileExists(value)) {
    report(path, 'missing-file', { what: 'asset', path: value });
    return;
  }
  const head = context.fileHead?.(value);
  const sniffed = head && sniffMedia(extension, head);
  if (sniffed && !sniffed.matches)
    report(path, 'media-mismatch', { path: value, expected: sniffed.expected, found: sniffed.found });
}

export const assetFiles: Rule = (context) => {
  // The cover and each lesson's opening picture are images too, shipped and shown like image blocks.
  for (const { picture, path } of coursePictures(context.course))
    checkAsset(context, [...path, 'src'], picture.src, 'image');
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
