/**
 * What the preview server sends the preview page. Types only, shared by the Vite plugin
 * (Node) and the page (browser), so neither imports the other's code.
 */
import type { Course, Organisation } from '../course/types.ts';
import type { Problem } from '../validator/problem.ts';

/** A problem as the CLI prints it (`text`, from formatProblemLine), with its parts for tooling. */
export type ProblemLine = Problem & { text: string };

/** One playable language of a valid course. */
export interface LanguageSummary {
  language: string;
  title: string;
  /** The file this language comes from, as the CLI names it. */
  file: string;
  /** The validator's estimate, in minutes. */
  minutes: number;
}

export interface CourseSummary {
  /** The folder name under the courses directory: the key in preview addresses. */
  key: string;
  /** The course id from course.json, or the folder name while course.json cannot be read. */
  id: string;
  /** The folder as the CLI shows it, such as `courses/self-care`. */
  folder: string;
  title?: string;
  /** Valid languages, source first. Empty while the course has problems. */
  languages: LanguageSummary[];
  /** The source language's estimate and the minutes the author declared. */
  estimate?: { minutes: number; declared: number };
  ok: boolean;
  /** Every problem, sorted, worded exactly as `npm run validate` prints them. */
  problems: ProblemLine[];
  /** Changes whenever a file in the folder changes, so the page can tell an edit happened. */
  version: string;
}

export interface CourseList {
  /** The courses directory as the CLI would show it. */
  root: string;
  courses: CourseSummary[];
}

/** A course opened for playing: its summary, and each valid language ready for the player. */
export interface OpenedCourse {
  summary: CourseSummary;
  /** Media paths are rewritten to the preview server's media address. */
  languages: Array<{ language: string; file: string; course: Course; organisation: Organisation }>;
}

/** The server's custom HMR event: which course folders changed on disk. */
export const CHANGE_EVENT = 'pss-preview:courses-changed';
export interface ChangeMessage {
  keys: string[];
}

/** Where the preview server answers. */
export const ENDPOINT = '/@pss-preview';
