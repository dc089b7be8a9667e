/**
 * The progress record by lesson (P3), for courses too large for a key on every unit within
 * SCORM 1.2's 4,096 characters (a 2,000-page course needs 4,795 with one-character keys):
 *
 *   P3~course~version~savedAt~seed~bookmark~fingerprint~lessonKeys~visited~blocks~assessment
 *
 * Each lesson has one three-character key hashed from every unit in it (record-units.ts),
 * and its own run of visited bits and of block entries; runs are joined by "." and each
 * stops at its last page seen or block touched, so an untouched lesson costs nothing. An
 * unchanged course restores by position, exactly. After a republish the lessons are
 * aligned by key like a diff: a lesson whose pages or blocks changed loses its own
 * progress, and the others keep theirs.
 *
 * Past that, `detail` keeps less, in order of use to a returning learner: every entry
 * (`all`); the pages seen, correct answers and finished scenarios (`states`); the pages
 * seen (`visited`); nothing per lesson (`none`: seed, bookmark and assessment only).
 */
import type { Course } from '../course/types.ts';
import { alignKeys } from './align.ts';
import type { SavedProgress } from './context.ts';
import type { RecordHeader } from './record-decode.ts';
import { bitsToText, LESSON_FORMAT, type RestoreResult, textToBits, UNTOUCHED } from './record-format.ts';
import { assessmentPart, blockEntry, headerParts } from './record-parts.ts';
import {
  emptyProgress,
  restoreAssessment,
  restoreBlock,
  restoredBookmark,
  type SavedEntry,
  splitEntries,
} from './record-restore.ts';
import { B64, recordUnits, type Unit } from './record-units.ts';

export type LessonDetail = 'all' | 'states' | 'visited' | 'none';

const KEY_WIDTH = 3;
const UNTOUCHED_ENTRY = B64[UNTOUCHED]!;

/** Encodes the saved parts of a context by lesson, keeping what `detail` says. */
export function encodeByLesson(course: Course, ctx: SavedProgress, savedAt: string, detail: LessonDetail): string {
  const { units, lessons, fingerprint } = recordUnits(course);
  const kept = detail === 'none' ? [] : lessons;
  const visited: string[] = [];
  const blocks: string[] = [];
  for (const { start, end } of kept) {
    const own = units.slice(start, end);
    const bits = own.filter((u) => u.kind === 'page').map((u) => ctx.visited.has(u.id));
    visited.push(bitsToText(bits).replace(/A+$/, ''));
    const entries =
      detail === 'all' || detail === 'states'
        ? own.filter((u) => u.kind !== 'page').map((u) => blockEntry(course, ctx, u, detail === 'all'))
        : [];
    while (entries.at(-1) === UNTOUCHED_ENTRY) entries.pop();
    blocks.push(entries.join(''));
  }
  return [
    ...headerParts(LESSON_FORMAT, course, ctx, savedAt),
    fingerprint,
    kept.map((l) => l.key).join(''),
    visited.join('.'),
    blocks.join('.'),
    assessmentPart(course, ctx),
  ].join('~');
}

/** One saved lesson: its key and its runs, parsed. */
interface SavedLesson {
  key: string;
  visited: boolean[];
  entries: SavedEntry[];
}

/** The saved lessons, or undefined when the parts do not agree with each other. */
function savedLessons(keyText: string, visitedText: string, blockText: string): SavedLesson[] | undefined {
  if (keyText.length % KEY_WIDTH) return undefined;
  const keys = keyText.match(/[\s\S]{3}/g) ?? [];
  // With no lessons saved every run is empty; text there means the parts disagree.
  const runs = (text: string) => (keys.length ? text.split('.') : text ? [text] : []);
  const visitedRuns = runs(visitedText);
  const blockRuns = runs(blockText);
  if (visitedRuns.length !== keys.length || blockRuns.length !== keys.length) return undefined;
  const lessons: SavedLesson[] = [];
  for (const [i, key] of keys.entries()) {
    const visited = textToBits(visitedRuns[i]!, visitedRuns[i]!.length * 6);
    const entries = splitEntries(blockRuns[i]!);
    if (!visited || !entries) return undefined;
    lessons.push({ key, visited, entries });
  }
  return lessons;
}

/** How many items a lesson that found no home held: pages seen and blocks touched. */
const heldIn = (lesson: SavedLesson) =>
  lesson.visited.filter(Boolean).length + lesson.entries.filter((e) => e.state !== UNTOUCHED).length;

/** Restores one saved lesson onto the current lesson of the same key; false when its runs do not fit it. */
function restoreLesson(course: Course, progress: SavedProgress, saved: SavedLesson, own: Unit[]): number | false {
  const pages = own.filter((u) => u.kind === 'page');
  const blocks = own.filter((u) => u.kind !== 'page');
  // Bits past the last page only pad the last character; an entry past the last block means another shape.
  if (saved.visited.slice(pages.length).some(Boolean) || saved.entries.length > blocks.length) return false;
  pages.forEach((page, i) => {
    if (saved.visited[i]) progress.visited = progress.visited.set(page.id, true);
  });
  let dropped = 0;
  saved.entries.forEach(({ state, detail }, i) => {
    if (state !== UNTOUCHED && !restoreBlock(course, progress, blocks[i]!, state, detail)) dropped += 1;
  });
  return dropped;
}

/** P3: `fingerprint~lessonKeys~visited~blocks~assessment`. */
export function decodeByLesson(course: Course, header: RecordHeader): RestoreResult {
  const [fingerprint, keyText, visitedText, blockText, assessment] = header.rest as [
    string,
    string,
    string,
    string,
    string,
  ];
  const saved = savedLessons(keyText, visitedText, blockText);
  if (!saved) return { ok: false, reason: 'garbage', detail: 'the saved lessons do not agree in length' };
  const { units, lessons, fingerprint: current } = recordUnits(course);
  const unchanged = fingerprint === current && saved.length === lessons.length;
  const places = unchanged
    ? saved.map((_, i) => i)
    : alignKeys(
        saved.map((l) => l.key),
        lessons.map((l) => l.key),
      );

  const progress = emptyProgress(course, parseInt(header.seed, 36) >>> 0);
  let dropped = 0;
  saved.forEach((lesson, i) => {
    const place = lessons[places[i]!];
    const restored = place && restoreLesson(course, progress, lesson, units.slice(place.start, place.end));
    dropped += restored === false || restored === undefined ? heldIn(lesson) : restored;
  });
  dropped += restoreAssessment(course, progress, assessment) ? 0 : 1;
  progress.bookmark = restoredBookmark(course, header.bookmark, progress);
  return { ok: true, progress, savedAt: parseInt(header.savedAt, 36) * 1000, fromVersion: header.version, dropped };
}
