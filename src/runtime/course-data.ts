/**
 * The contract between the packager and the learner's runtime: what a package's
 * index.html carries inline in `<script id="course-data">`. Declared once, here; the
 * packager writes it and the runtime reads it. `organisation` (from CourseBundle) is the
 * organisation's profile in the course's language: name, short name, logo, colours,
 * contacts, regions and services, signatory, technical support, and the demo flag.
 */
import type { TextParts } from '../course/course-text.ts';
import type { CourseBundle } from '../course/types.ts';
import type { FormattedNumbers } from '../player/format.ts';
import type { Dictionary } from '../player/i18n/en.ts';
import type { TrackingMode } from '../scorm/scorm-version.ts';

export interface CourseData extends CourseBundle {
  /**
   * The SCORM version the package was built for (the runtime falls back to standalone when
   * no LMS answers); the author preview also asks for `standalone` outright.
   */
  standard: TrackingMode;
  /** The player's interface text in the course's language. Only this one language: player.js carries none. */
  ui: Dictionary;
  /**
   * Issue 16: a package carries inline only the course's structure and its first screen's
   * words; the rest of the words are in scripts of their own, named here (packaging/course-text.ts).
   * Absent when `course` and `contacts` come whole (the author preview, the tests).
   */
  text?: TextParts;
  /** The numbers the intro shows, formatted by the packager, so making it live loads no locale data (format.ts). */
  numbers?: FormattedNumbers;
}
