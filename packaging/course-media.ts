/**
 * The media files a course actually uses. Only these go into the package: a course
 * folder may hold drafts, sources and other languages' recordings that learners never see.
 */
import { coursePictures } from '../src/course/pictures.ts';
import type { Course } from '../src/course/types.ts';
import { walkBlocks } from '../src/validator/walk.ts';
import { byCodePoint } from './manifest-xml.ts';

/** Remote media (allowed by assets.allowRemote) stays on its server, so it is not copied. */
export const isRemote = (path: string) => /^[a-z][a-z0-9+.-]*:/i.test(path);

/**
 * Course-relative paths of every image (the cover and lesson pictures too), recording, poster and caption track, sorted, without repeats.
 * @example referencedMedia(course) // ['media/listening.svg', 'media/listening.vtt', …]
 */
export function referencedMedia(course: Course): string[] {
  const paths = new Set<string>();
  for (const { picture } of coursePictures(course)) paths.add(picture.src);
  for (const { item: block } of walkBlocks(course)) {
    if (block.type === 'image') paths.add(block.src);
    if (block.type === 'audio' || block.type === 'video') {
      paths.add(block.src);
      for (const track of block.captions) paths.add(track.src);
    }
    if (block.type === 'video' && block.poster) paths.add(block.poster);
  }
  return [...paths].filter((path) => !isRemote(path)).sort(byCodePoint);
}
