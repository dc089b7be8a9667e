/**
 * A course's SVG pictures drawn inline (inline-svg.ts): each lesson's picture and each image
 * block whose file passes the checks gets its markup as `svg`, which the player puts in
 * the page instead of an <img>. The markup travels with the lesson's words, so it costs
 * the first screen nothing. The file still goes into the package, so `src` always names a
 * file that is there.
 *
 * The cover stays an <img>: it is on the first screen, whose HTML carries the course inline
 * and pre-rendered, so its drawing would go into the first screen's bytes twice (2 to 3 kB
 * gzipped each, against a budget of 40 kB before the intro is live with 0.5 kB to spare).
 */
import type { Block, Course, Drawing } from '../src/course/types.ts';
import { walkBlocks } from '../src/validator/walk.ts';
import { isRemote } from './course-media.ts';
import { type InlineSvg, inlineSvg } from './inline-svg.ts';

interface Drawable extends Drawing {
  src: string;
  width: number;
  height: number;
}

/**
 * A copy of the course with its drawable pictures drawn; `read` gives a media file's bytes,
 * and `undrawn` hears of each SVG that stays a file, and why.
 * @example withDrawings(course, (path) => readContained(courseDir, path)).lessons[0].image.svg // "<svg …>"
 */
export function withDrawings(
  course: Course,
  read: (path: string) => Uint8Array,
  undrawn: (path: string, reason: string) => void = () => {},
): Course {
  const copy = structuredClone(course);
  const draw = (picture: Drawable) => {
    if (!/\.svg$/i.test(picture.src) || isRemote(picture.src)) return;
    const drawn = drawingOf(new TextDecoder().decode(read(picture.src)), picture.width, picture.height);
    if ('svg' in drawn) picture.svg = drawn.svg;
    else undrawn(picture.src, drawn.refused);
  };
  for (const lesson of copy.lessons) if (lesson.image) draw(lesson.image);
  for (const { item } of walkBlocks(copy)) if (isImage(item)) draw(item);
  return copy;
}

// A run packages each language for both standards, and courses share pictures: each drawing
// is written once. The size goes on the drawing's root, so it is part of the key.
const drawings = new Map<string, InlineSvg>();

function drawingOf(source: string, width: number, height: number): InlineSvg {
  const key = `${width}x${height}\n${source}`;
  const known = drawings.get(key);
  if (known) return known;
  const drawn = inlineSvg(source, width, height);
  drawings.set(key, drawn);
  return drawn;
}

const isImage = (block: Block): block is Extract<Block, { type: 'image' }> => block.type === 'image';
