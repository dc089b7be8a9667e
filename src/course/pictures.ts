/**
 * The pictures a course shows outside its blocks: the cover and each lesson's opening
 * picture. Packaging copies them and the preview rewrites their addresses, as for image blocks.
 */
import type { Course, Picture } from './types.ts';

export interface LocatedPicture {
  picture: Picture;
  /** Where it sits in course.json, for messages: ['cover'] or ['lessons', 2, 'image']. */
  path: (string | number)[];
}

/** The cover, then each lesson's picture, in document order. */
export function* coursePictures(course: Course): Generator<LocatedPicture> {
  if (course.cover) yield { picture: course.cover, path: ['cover'] };
  for (const [l, lesson] of course.lessons.entries())
    if (lesson.image) yield { picture: lesson.image, path: ['lessons', l, 'image'] };
}
