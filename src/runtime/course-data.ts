/**
 * The contract between the packager and the learner's runtime: what a package's
 * index.html carries inline in `<script id="course-data">`. Declared once, here; the
 * packager writes it and the runtime reads it. `organisation` (from CourseBundle) is the
 * organisation's profile in the course's language: name, short name, logo, colours,
 * contacts, regions and services, signatory, technical support, and the demo flag.
 */
import type { CourseBundle } from '../course/types.ts';
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
}
