/** Content blocks: everything a page is made of. */
import { z } from 'zod';
import { questionTypes } from './questions-schema.ts';
import { assetPath, id, idRef, markdown, plainText } from './schema-primitives.ts';

export const text = z.strictObject({
  type: z.literal('text'),
  id,
  title: plainText.optional(),
  body: markdown,
});

export const image = z.strictObject({
  type: z.literal('image'),
  id,
  src: assetPath,
  alt: plainText
    .optional()
    .meta({ description: 'What the image shows, for people who cannot see it. Required unless decorative is true.' }),
  decorative: z
    .boolean()
    .default(false)
    .meta({ description: 'True when the image adds nothing to the text; screen readers then skip it.' }),
  caption: markdown.optional(),
  width: z
    .int()
    .positive()
    .max(10_000)
    .meta({ description: 'Intrinsic width in pixels, so the page does not jump while it loads.' }),
  height: z.int().positive().max(10_000),
});

const captionTrack = z.strictObject({
  src: assetPath.meta({ description: 'A WebVTT (.vtt) file.' }),
  language: z.string().min(2).max(35),
  label: plainText,
});

const media = {
  id,
  title: plainText,
  src: assetPath,
  durationSeconds: z
    .int()
    .positive()
    .max(4 * 3600)
    .meta({ description: 'Length of the recording, used for the time estimate.' }),
  captions: z.array(captionTrack).min(1).meta({ description: 'Captions are required, at least one track.' }),
  transcript: markdown.meta({ description: 'The full text of the recording. Required.' }),
};

export const audio = z.strictObject({ type: z.literal('audio'), ...media });
export const video = z.strictObject({ type: z.literal('video'), ...media, poster: assetPath.optional() });

export const callout = z.strictObject({
  type: z.literal('callout'),
  id,
  variant: z.enum(['key-message', 'tip', 'important', 'support']).default('key-message'),
  title: plainText.optional(),
  body: markdown,
});

export const reveal = z.strictObject({
  type: z.literal('reveal'),
  id,
  style: z.enum(['accordion', 'cards']).default('accordion'),
  title: plainText.optional(),
  items: z
    .array(z.strictObject({ id, title: plainText, body: markdown }))
    .min(1)
    .max(12),
});

const scenarioChoice = z.strictObject({
  id,
  text: plainText.meta({ description: 'What the learner says or does.' }),
  feedback: markdown.optional().meta({ description: 'Why this choice helps or does not, shown after it is picked.' }),
  next: idRef.meta({ description: 'The id of the node this choice leads to.' }),
});

const scenarioNode = z
  .strictObject({
    id,
    speaker: idRef.optional().meta({ description: 'Id of a character who speaks this line. Leave out for narration.' }),
    text: markdown,
    choices: z.array(scenarioChoice).min(1).max(6).optional(),
    ending: z
      .strictObject({ tone: z.enum(['positive', 'mixed', 'negative']), title: plainText })
      .optional()
      .meta({ description: 'Makes this node an outcome. A node has either choices or an ending.' }),
  })
  .meta({ description: "One step of the dialogue: a line and the learner's choices, or an ending." });

export const scenario = z.strictObject({
  type: z.literal('scenario'),
  id,
  title: plainText,
  intro: markdown.optional(),
  characters: z
    .array(z.strictObject({ id, name: plainText, role: plainText.optional() }))
    .max(6)
    .default([]),
  objectives: z.array(idRef).default([]),
  start: idRef.meta({ description: 'The id of the first node.' }),
  nodes: z.array(scenarioNode).min(2).max(60),
});

export const reflection = z.strictObject({
  type: z.literal('reflection'),
  id,
  prompt: markdown,
  hint: plainText.optional(),
});

export const checklist = z.strictObject({
  type: z.literal('checklist'),
  id,
  prompt: markdown,
  items: z
    .array(z.strictObject({ id, text: plainText }))
    .min(2)
    .max(30),
  allowOwn: z.boolean().default(false).meta({ description: 'Let the learner add items of their own.' }),
});

export const plan = z.strictObject({
  type: z.literal('plan'),
  id,
  title: plainText,
  intro: markdown.optional(),
  sources: z
    .array(idRef)
    .min(1)
    .meta({ description: 'Ids of checklist and reflection blocks whose answers make up the plan, in order.' }),
});

export const CONTACT_KINDS = ['emergency', 'organisation', 'helpline', 'peer-support', 'professional'] as const;

export const contacts = z.strictObject({
  type: z.literal('contacts'),
  id,
  title: plainText.optional(),
  intro: markdown.optional(),
  kinds: z
    .array(z.enum(CONTACT_KINDS))
    .optional()
    .meta({ description: 'Show only these kinds of contact. Leave out to show all.' }),
});

export const likert = z.strictObject({
  type: z.literal('likert'),
  id,
  prompt: markdown,
  statements: z
    .array(z.strictObject({ id, text: plainText }))
    .min(1)
    .max(10),
  scale: z.array(plainText).min(3).max(7).meta({ description: 'Labels from one end of the scale to the other.' }),
});

export const blockTypes = [
  text,
  image,
  audio,
  video,
  callout,
  reveal,
  scenario,
  reflection,
  checklist,
  plan,
  contacts,
  likert,
  ...questionTypes,
] as const;

export const BLOCK_TYPES = blockTypes.map((schema) => schema.shape.type.value);

export const block = z.discriminatedUnion('type', [...blockTypes]);
