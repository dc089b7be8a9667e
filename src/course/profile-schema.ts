/**
 * The organisation profile: `organisations/<id>/profile.json`, one per National Society.
 * It holds everything that differs between the societies that publish the same courses:
 * the name, the logo, the colours, the support contacts and the referral services, and
 * what to build. Courses never carry any of it. Types come from here (`z.infer`), and so
 * does profile.schema.json. Text a learner reads is a map keyed by language tag.
 */
import { z } from 'zod';
import { CONTACT_KINDS } from './blocks-schema.ts';
import { LANGUAGE_TAG } from './language.ts';
import { id, idRef, markdown, plainText } from './schema-primitives.ts';

const languageTag = z
  .string()
  .regex(LANGUAGE_TAG, { error: 'must be a BCP 47 language tag such as "en", "fr" or "ar"' });

/** Text in each of the profile's languages, keyed by language tag. */
function localised<T extends z.ZodType>(text: T, what: string) {
  return z.record(languageTag, text).meta({
    description: `${what}, in each language the profile has contacts in, keyed by language tag: { "en": "…", "fr": "…" }.`,
  });
}

const phone = z
  .string()
  .regex(/^\+?[0-9 ()-]{2,30}$/, { error: 'must be a phone number of digits, spaces, "+", "-" and brackets' })
  .meta({ description: 'A phone number as learners dial it, such as "+44 20 7946 0000" or "112".' });
const email = z.email().meta({ description: 'An email address.' });
const webAddress = z.url({ protocol: /^https?$/ }).meta({ description: 'An http(s) address.' });

export const contact = z.strictObject({
  id,
  kind: z.enum(CONTACT_KINDS).meta({
    description:
      'emergency, organisation, helpline, peer-support or professional. Contacts blocks may show only some kinds.',
  }),
  name: plainText,
  description: markdown.optional(),
  phone: phone.optional(),
  email: email.optional(),
  url: webAddress.optional(),
  hours: plainText.optional().meta({ description: 'When it answers, such as "Monday to Friday, 9:00 to 17:00".' }),
  region: idRef.optional().meta({
    description: 'The id of a region in "regions" when the contact serves only there. Leave out for everyone.',
  }),
});

/** One language's support contacts, shown in every contacts block of that language's packages. */
export const contactSet = z.strictObject({
  note: markdown.optional().meta({
    description: 'Shown above the contacts, for example "In an emergency, call your local emergency number".',
  }),
  contacts: z.array(contact).min(1).max(30).meta({ description: 'At least one of kind "emergency".' }),
});

/** The layers of the Movement's MHPSS framework, from the broadest to the most specialised. */
export const MHPSS_LAYERS = [
  'basic-psychosocial-support',
  'focused-psychosocial-support',
  'psychological-support',
  'specialized-mental-health-care',
] as const;

export const region = z.strictObject({
  id,
  name: localised(plainText, 'The region as learners know it'),
});

/** A service from the National Society's service mapping, for referral. */
export const service = z.strictObject({
  id,
  region: idRef.optional().meta({
    description: 'The id of the region it serves, from "regions". Leave out for a service open to every region.',
  }),
  layer: z.enum(MHPSS_LAYERS).meta({ description: "Its layer in the Movement's MHPSS framework." }),
  name: localised(plainText, "The service's name"),
  offers: localised(plainText, 'What it offers, in a sentence or two'),
  serves: localised(plainText, 'Who it serves, such as "Staff and volunteers" or "Children and their carers"'),
  languages: z
    .array(languageTag)
    .min(1)
    .max(20)
    .meta({ description: 'The languages it works in, as language tags: ["ar", "en"].' }),
  hours: localised(plainText, 'When it is open').optional(),
  access: localised(
    plainText,
    'How to reach it beyond phone, email and web, such as "Walk in" or "Referral by a doctor"',
  ).optional(),
  phone: phone.optional(),
  email: email.optional(),
  url: webAddress.optional(),
});

const hexColour = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, { error: 'must be a colour written as "#" and six hex digits, such as "#a63a2a"' });

export const colours = z
  .strictObject({
    brand: hexColour.meta({
      description:
        'The brand colour: primary buttons, the progress bar, accents and their text. It must reach 4.5:1 against every light background of the player, and its button text against it.',
    }),
    onBrand: hexColour.optional().meta({ description: 'Text on brand-coloured buttons. Leave out for white.' }),
    darkAccent: hexColour.optional().meta({
      description:
        'Accent text and borders in dark mode, at 4.5:1 on its dark backgrounds. Leave out to use the nearest lighter shade of the brand colour that passes.',
    }),
  })
  .meta({ description: "The organisation's colours, checked against the player's backgrounds (WCAG AA)." });

export const STANDARDS = ['scorm12', 'scorm2004'] as const;

export const profile = z.strictObject({
  $schema: z.string().optional(),
  id: id.meta({
    description:
      "The organisation's id, the same as its folder name. It is part of every package's file name, manifest identifier and storage key, so keep it once packages are in use.",
  }),
  demo: z.boolean().default(false).meta({
    description:
      'True only for the fictional demo organisation: its packages say "Demo contacts: replace before publishing" on every contacts block.',
  }),
  name: localised(plainText, "The organisation's full name"),
  shortName: localised(z.string().trim().min(1).max(40), 'A short name for small screens, such as an acronym'),
  logo: z
    .strictObject({
      src: z
        .string()
        .min(1)
        .max(200)
        .meta({ description: 'An .svg or .png file in the profile folder, such as "logo.svg".' }),
      alt: localised(plainText, 'What the logo shows, for people who cannot see it'),
      width: z.int().positive().max(2000).meta({ description: 'Intrinsic width in pixels.' }),
      height: z.int().positive().max(2000).meta({ description: 'Intrinsic height in pixels.' }),
    })
    .optional()
    .meta({ description: 'Shown small in the banner and on the certificate. Leave out for the name alone.' }),
  colours: colours.optional(),
  contacts: z.record(languageTag, contactSet).meta({
    description:
      "The support contacts in each language, keyed by language tag. Each language gets its own set, never another language's: a course language with no set here gets no package.",
  }),
  regions: z
    .array(region)
    .max(100)
    .optional()
    .meta({ description: 'Regions learners pick from to see the services near them. Leave out for none.' }),
  services: z
    .array(service)
    .max(500)
    .optional()
    .meta({ description: 'Referral services from the service mapping, by region. Leave out for none.' }),
  build: z
    .strictObject({
      courses: z
        .array(id)
        .min(1)
        .optional()
        .meta({ description: 'Course ids to package, each a folder in courses/. Leave out for every course.' }),
      languages: z
        .array(languageTag)
        .min(1)
        .optional()
        .meta({ description: 'Languages to package. Leave out for every language a course has.' }),
      standards: z
        .array(z.enum(STANDARDS))
        .min(1)
        .optional()
        .meta({ description: 'SCORM versions to package. Leave out for both.' }),
    })
    .default({})
    .meta({ description: 'What `npm run package -- --org <id>` builds.' }),
  technicalSupport: z
    .strictObject({
      name: plainText,
      email: email.optional(),
      phone: phone.optional(),
      url: webAddress.optional(),
    })
    .meta({
      description: 'Who the LMS team calls when a package misbehaves. `npm run check` shows it; learners never see it.',
    }),
  signatory: z
    .strictObject({
      name: plainText,
      role: localised(plainText, 'Their role, such as "Head of Volunteering"'),
    })
    .optional()
    .meta({ description: 'The person who signs certificates. Leave out for none.' }),
});
