/**
 * What a package's index.html carries inline, and what travels in text parts (issue 16).
 * Inline: the course's structure, which the engine runs on, with the first screen's words
 * (the course's own fields), and the organisation's name, logo and colours (the banner
 * shows them). In text-0.js: every lesson's and page's title and the assessment's (the
 * contents list shows them all from the first page on), the organisation's contacts,
 * regions, services, signatory and support, and the rest of the interface's words. In
 * text-<n>.js: the rest of lesson n's words and its untracked blocks. In the last part:
 * the rest of the assessment's words and further learning, which only the assessment's
 * screens and the summary show. The player loads each as a classic script and puts it back
 * (src/player/use-parts.ts), so every part works from file:// and offline once loaded.
 */
import {
  splitText,
  type TextOverlay,
  type TextPart,
  type TextParts,
  textPartName,
  textPartScript,
} from '../src/course/course-text.ts';
import { isQuestion } from '../src/course/kinds.ts';
import type { Block, Course, Lesson, Organisation, Page } from '../src/course/types.ts';
import type { Dictionary } from '../src/player/i18n/en.ts';
import { splitWords } from '../src/player/i18n/first-screen.ts';

export interface SplitCourse {
  /** The course as index.html carries it. */
  course: Course;
  /** The organisation as index.html carries it: the banner's name, logo and colours; the rest is in the common part. */
  organisation: Organisation;
  /** The interface words of the first screens (src/player/i18n/first-screen.ts); the rest are in the common part. */
  ui: Dictionary;
  text: TextParts;
  /** File name → the script registering that part's words. */
  files: Map<string, string>;
}

// A lesson's and a page's titles stay inline: the contents list shows every one of them.
const KEEP_TITLE = new Set(['title']);

type Split<T> = { structure: T; words: TextOverlay | undefined };

/**
 * A block the engine tracks (a question, scenario or survey) keeps its structure inline;
 * any other block keeps only its type and id, everything else going with the lesson's words.
 */
function splitBlock(block: Block): Split<Block> {
  if (isQuestion(block) || block.type === 'scenario' || block.type === 'likert') return splitText(block);
  const { type, id, ...rest } = block;
  return { structure: { type, id } as Block, words: Object.keys(rest).length ? rest : undefined };
}

function splitPage(page: Page): Split<Page> {
  const { blocks, ...head } = page;
  const own = splitText(head, KEEP_TITLE);
  const split = blocks.map(splitBlock);
  const words = {
    ...(own.words as Record<string, unknown> | undefined),
    ...(split.some((b) => b.words) ? { blocks: split.map((b) => b.words ?? 0) } : {}),
  };
  return {
    structure: { ...own.structure, blocks: split.map((b) => b.structure) } as Page,
    words: Object.keys(words).length ? words : undefined,
  };
}

function splitLesson(lesson: Lesson): Split<Lesson> {
  const { pages, ...head } = lesson;
  const own = splitText(head, KEEP_TITLE);
  const split = pages.map(splitPage);
  const pageWords = split.some((p) => p.words) ? { pages: split.map((p) => p.words ?? 0) } : {};
  const words = { ...(own.words as Record<string, unknown> | undefined), ...pageWords };
  return {
    structure: { ...own.structure, pages: split.map((p) => p.structure) } as Lesson,
    words: Object.keys(words).length ? words : undefined,
  };
}

/** Removes an object's title and returns it. */
function takeTitle(item: { title?: string }): string | undefined {
  const { title } = item;
  delete item.title;
  return title;
}

/** The organisation's banner (name, logo, colours, demo flag) inline; what later screens show, apart. */
function splitOrganisation(organisation: Organisation): { banner: Organisation; rest: Partial<Organisation> } {
  const { contacts, regions, services, signatory, technicalSupport, ...banner } = organisation;
  return {
    banner: { ...banner, contacts: { contacts: [] }, regions: [], services: [] },
    rest: {
      contacts,
      regions,
      services,
      ...(signatory ? { signatory } : {}),
      ...(technicalSupport ? { technicalSupport } : {}),
    },
  };
}

/** Splits a course and its organisation into what index.html carries and the text parts' scripts. */
export function splitCourseText(course: Course, organisation: Organisation, ui: Dictionary): SplitCourse {
  const { lessons, assessment, furtherLearning, ...head } = course;
  const files = new Map<string, string>();
  const text: TextParts = { common: textPartName(0), lessons: {} };

  const lessonParts = lessons.map(splitLesson);
  lessonParts.forEach(({ words }, i) => {
    const name = textPartName(i + 1);
    text.lessons[lessons[i]!.id] = name;
    const overlay = lessons.map((_, j) => (j === i ? (words ?? 0) : 0));
    files.set(`${name}.js`, textPartScript(name, { course: { lessons: overlay } }));
  });

  // The assessment's and further learning's words wait for the screens that show them; its
  // title stays with the others, for the contents list.
  const ending = splitText({ assessment, furtherLearning });
  const { assessment: assessmentWords, ...further } = (ending.words ?? {}) as { assessment?: Record<string, unknown> };
  const { title: assessmentTitle, ...questions } = assessmentWords ?? {};
  const later = { ...(Object.keys(questions).length ? { assessment: questions } : {}), ...further };
  if (Object.keys(later).length) {
    text.ending = textPartName(lessons.length + 1);
    files.set(`${text.ending}.js`, textPartScript(text.ending, { course: later }));
  }
  const words = splitWords(ui);
  // Titles leave the inline structure for the common part: the contents list needs them all at once.
  const titles = lessonParts.map(({ structure }) => ({
    title: takeTitle(structure),
    pages: structure.pages.map(takeTitle).map((title) => ({ title })),
  }));
  const { banner, rest } = splitOrganisation(organisation);
  const common: TextPart = {
    organisation: rest,
    ui: words.rest,
    course: { ...(assessmentTitle !== undefined ? { assessment: { title: assessmentTitle } } : {}), lessons: titles },
  };
  files.set(`${text.common}.js`, textPartScript(text.common, common));

  const structure = {
    ...head,
    lessons: lessonParts.map((p) => p.structure),
    ...(ending.structure.assessment ? { assessment: ending.structure.assessment } : {}),
    ...(ending.structure.furtherLearning ? { furtherLearning: ending.structure.furtherLearning } : {}),
  } as Course;
  return { course: structure, organisation: banner, ui: words.first as Dictionary, text, files };
}
