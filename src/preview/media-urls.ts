/**
 * Course media paths are relative to the course folder, which is where the packaged
 * index.html sits. The preview page lives elsewhere, so it plays a copy of the course whose
 * media paths point at the preview server's media address instead.
 */
import { coursePictures } from '../course/pictures.ts';
import type { Course, Organisation } from '../course/types.ts';
import { walkBlocks } from '../validator/walk.ts';

// Remote media (allowed by assets.allowRemote) stays where it is.
const isRemote = (path: string) => /^[a-z][a-z0-9+.-]*:/i.test(path);

/**
 * A copy of the course with every local media path prefixed by `base`, and `?v=version` so an edited file is fetched again.
 * @example withMediaUrls(course, '/@pss-preview/media/mini/', 'a1') // image src 'media/x.svg' → '/@pss-preview/media/mini/media/x.svg?v=a1'
 */
export function withMediaUrls(course: Course, base: string, version: string): Course {
  const copy = structuredClone(course);
  const url = (path: string) =>
    isRemote(path) ? path : `${base}${path.split('/').map(encodeURIComponent).join('/')}?v=${version}`;
  for (const { picture } of coursePictures(copy)) picture.src = url(picture.src);
  for (const { item: block } of walkBlocks(copy)) {
    if (block.type === 'image') block.src = url(block.src);
    if (block.type === 'audio' || block.type === 'video') {
      block.src = url(block.src);
      for (const track of block.captions) track.src = url(track.src);
    }
    if (block.type === 'video' && block.poster) block.poster = url(block.poster);
  }
  return copy;
}

/** The organisation of a built package with its logo, a file in the zip, served from `base`; a data: logo stays. */
export function withLogoUrl(organisation: Organisation, base: string, version: string): Organisation {
  const { logo } = organisation;
  if (!logo || isRemote(logo.src)) return organisation;
  const src = `${base}${logo.src.split('/').map(encodeURIComponent).join('/')}?v=${version}`;
  return { ...organisation, logo: { ...logo, src } };
}
