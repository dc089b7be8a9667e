/**
 * Course types, inferred from the schema. Import these with `import type` anywhere,
 * including the player: they cost nothing at runtime and keep zod out of the bundle.
 */
import type { z } from 'zod';
import type * as blocks from './blocks-schema.ts';
import type * as schema from './course-schema.ts';
import type * as profiles from './profile-schema.ts';
import type * as questions from './questions-schema.ts';
import type { translationFile } from './translation-schema.ts';

export type Course = z.output<typeof schema.course>;
export type CourseInput = z.input<typeof schema.course>;
export type Lesson = z.output<typeof schema.lesson>;
export type Page = z.output<typeof schema.page>;
export type Assessment = z.output<typeof schema.assessment>;
export type Completion = z.output<typeof schema.completion>;
/**
 * What the packager adds to an SVG picture it has checked (packaging/inline-svg.ts): the
 * drawing's markup, which the player puts in the page instead of an <img> of `src`.
 */
export interface Drawing {
  svg?: string;
}
export type Picture = z.output<typeof schema.picture> & Drawing;
export type FurtherLearningItem = z.output<typeof schema.furtherLearningItem>;
export type TranslationFile = z.output<typeof translationFile>;

type SchemaBlock = z.output<typeof blocks.block>;
export type Block = Exclude<SchemaBlock, { type: 'image' }> | (Extract<SchemaBlock, { type: 'image' }> & Drawing);
export type BlockType = Block['type'];
export type BlockOf<T extends BlockType> = Extract<Block, { type: T }>;
export type Question = z.output<typeof questions.question>;
export type QuestionType = Question['type'];
export type ScenarioBlock = BlockOf<'scenario'>;
export type ScenarioNode = ScenarioBlock['nodes'][number];

export type Profile = z.output<typeof profiles.profile>;
export type ProfileInput = z.input<typeof profiles.profile>;
export type Contact = z.output<typeof profiles.contact>;
export type ContactSet = z.output<typeof profiles.contactSet>;
export type MhpssLayer = (typeof profiles.MHPSS_LAYERS)[number];

/** A referral service in one language, as the player shows it. */
export interface Service {
  id: string;
  /** The region it serves; absent for every region. */
  region?: string;
  layer: MhpssLayer;
  name: string;
  /** Markdown. */
  offers: string;
  serves: string;
  languages: string[];
  /** `languages` named in the package's language, as the packager writes them (player/referrals/language-names.ts). */
  languageNames?: string;
  hours?: string;
  access?: string;
  phone?: string;
  email?: string;
  url?: string;
}

/**
 * The organisation behind a package, in the package's one language: what the learner's
 * player needs of its profile (organisations/<id>/profile.json), and nothing it does not.
 */
export interface Organisation {
  id: string;
  name: string;
  shortName: string;
  /** `src` is a file in the package, or a data: address for a tiny logo; a tiny SVG logo is drawn inline (`svg`). */
  logo?: { src: string; alt: string; width: number; height: number } & Drawing;
  /** CSS custom properties (`--org-brand` and friends) for the player root; absent for the player's own colours. */
  colours?: Record<`--${string}`, string>;
  contacts: ContactSet;
  regions: Array<{ id: string; name: string }>;
  services: Service[];
  signatory?: { name: string; role: string };
  /** Who the LMS team calls about the package. `npm run check` shows it; the player never does. */
  technicalSupport?: { name: string; email?: string; phone?: string; url?: string };
  /** A fictional organisation: its contacts blocks say the contacts must be replaced. */
  demo: boolean;
}

/** A course ready to play in one language, with the organisation it is packaged for. */
export interface CourseBundle {
  course: Course;
  organisation: Organisation;
}
