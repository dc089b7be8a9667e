/**
 * Course types, inferred from the schema. Import these with `import type` anywhere,
 * including the player: they cost nothing at runtime and keep zod out of the bundle.
 */
import type { z } from 'zod';
import type * as blocks from './blocks-schema.ts';
import type * as schema from './course-schema.ts';
import type * as questions from './questions-schema.ts';
import type { translationFile } from './translation-schema.ts';

export type Course = z.output<typeof schema.course>;
export type CourseInput = z.input<typeof schema.course>;
export type Lesson = z.output<typeof schema.lesson>;
export type Page = z.output<typeof schema.page>;
export type Assessment = z.output<typeof schema.assessment>;
export type Completion = z.output<typeof schema.completion>;
export type Contact = z.output<typeof schema.contact>;
export type Picture = z.output<typeof schema.picture>;
export type FurtherLearningItem = z.output<typeof schema.furtherLearningItem>;
export type ContactsFile = z.output<typeof schema.contactsFile>;
export type TranslationFile = z.output<typeof translationFile>;

export type Block = z.output<typeof blocks.block>;
export type BlockType = Block['type'];
export type BlockOf<T extends BlockType> = Extract<Block, { type: T }>;
export type Question = z.output<typeof questions.question>;
export type QuestionType = Question['type'];
export type ScenarioBlock = BlockOf<'scenario'>;
export type ScenarioNode = ScenarioBlock['nodes'][number];

/** A course ready to play: the course plus its contacts, in one language. */
export interface CourseBundle {
  course: Course;
  contacts: ContactsFile;
}
