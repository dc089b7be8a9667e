/**
 * The rules a parsed organisation profile must meet beyond its schema: one language set
 * throughout, an emergency contact in every language, regions that exist, services a
 * learner can reach, colours that read, a logo inside the profile folder, and, unless it
 * is the demo, no contact that reaches nobody.
 */
import type { Profile } from '../course/types.ts';
import { contrastFailures } from './brand-palette.ts';
import { isDemoPhone, isExampleAddress } from './example-addresses.ts';
import type { PathRefusal } from './path-refusal.ts';
import type { JsonPath, Report } from './problem.ts';
import { unsafePathReason } from './rule-assets.ts';
import { suggest } from './schema-messages.ts';

export interface ProfileContext {
  profile: Profile;
  /** The folder's own name, which the id must equal. */
  folderName: string;
  folderPath: string;
  report: Report;
  fileExists(relativePath: string): boolean;
  /** Why the folder refuses a path on disk (a link, letter case), as for a course's media. */
  fileRefusal?(relativePath: string): PathRefusal | undefined;
}

type ProfileRule = (context: ProfileContext) => void;

/** Every text a learner reads, each a map by language, with where it is. */
function localisedTexts(profile: Profile): Array<{ path: JsonPath; text: Record<string, string> }> {
  const texts = [
    { path: ['name'], text: profile.name },
    { path: ['shortName'], text: profile.shortName },
  ] as Array<{ path: JsonPath; text: Record<string, string> }>;
  if (profile.logo) texts.push({ path: ['logo', 'alt'], text: profile.logo.alt });
  profile.regions?.forEach((region, i) => void texts.push({ path: ['regions', i, 'name'], text: region.name }));
  profile.services?.forEach((service, i) => {
    for (const field of ['name', 'offers', 'serves', 'hours', 'access'] as const) {
      const text = service[field];
      if (text) texts.push({ path: ['services', i, field], text });
    }
  });
  if (profile.signatory) texts.push({ path: ['signatory', 'role'], text: profile.signatory.role });
  return texts;
}

const idMatchesFolder: ProfileRule = ({ profile, folderName, folderPath, report }) => {
  if (profile.id !== folderName) report(['id'], 'profile-id-mismatch', { id: profile.id, folder: folderPath });
};

const uniqueIds: ProfileRule = ({ profile, report }) => {
  const check = (items: readonly { id: string }[], path: JsonPath, what: string) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) report([...path, i, 'id'], 'duplicate-id', { scope: 'profile', id: item.id, items: what });
      seen.add(item.id);
    });
  };
  for (const [language, set] of Object.entries(profile.contacts))
    check(set.contacts, ['contacts', language, 'contacts'], `the "${language}" contacts`);
  check(profile.regions ?? [], ['regions'], 'the regions');
  check(profile.services ?? [], ['services'], 'the services');
};

/** The profile's languages are those it has contacts in; every text needs each of them. */
const oneLanguageSet: ProfileRule = ({ profile, report }) => {
  const languages = Object.keys(profile.contacts);
  for (const { path, text } of localisedTexts(profile))
    for (const language of languages) if (!(language in text)) report(path, 'profile-text-missing', { language });
  profile.build.languages?.forEach((language, i) => {
    if (!(language in profile.contacts)) report(['build', 'languages', i], 'no-contacts-in-language', { language });
  });
};

const emergencyFirst: ProfileRule = ({ profile, report }) => {
  for (const [language, set] of Object.entries(profile.contacts))
    if (!set.contacts.some((contact) => contact.kind === 'emergency'))
      report(['contacts', language, 'contacts'], 'no-emergency-contact', { language });
};

const regionsExist: ProfileRule = ({ profile, report }) => {
  const regions = (profile.regions ?? []).map((region) => region.id);
  const check = (ref: string | undefined, path: JsonPath) => {
    if (ref !== undefined && !regions.includes(ref))
      report(path, 'unknown-region', { ref, regions, suggestion: suggest(ref, regions) });
  };
  for (const [language, set] of Object.entries(profile.contacts))
    set.contacts.forEach((contact, i) => {
      check(contact.region, ['contacts', language, 'contacts', i, 'region']);
    });
  profile.services?.forEach((service, i) => {
    check(service.region, ['services', i, 'region']);
  });
};

const servicesReachable: ProfileRule = ({ profile, report }) => {
  profile.services?.forEach((service, i) => {
    if (!service.phone && !service.email && !service.url && !service.access)
      report(['services', i], 'unreachable-service', {});
  });
};

/** Outside the demo, every way to reach someone must be real. */
const realContacts: ProfileRule = ({ profile, report }) => {
  if (profile.demo) return;
  const check = (
    item: { email?: string | undefined; url?: string | undefined; phone?: string | undefined },
    path: JsonPath,
  ) => {
    for (const field of ['email', 'url'] as const) {
      const value = item[field];
      if (value && isExampleAddress(value)) report([...path, field], 'example-contact', { value, found: 'domain' });
    }
    if (item.phone && isDemoPhone(item.phone))
      report([...path, 'phone'], 'example-contact', { value: item.phone, found: 'demo-phone' });
  };
  for (const [language, set] of Object.entries(profile.contacts))
    set.contacts.forEach((contact, i) => {
      check(contact, ['contacts', language, 'contacts', i]);
    });
  profile.services?.forEach((service, i) => {
    check(service, ['services', i]);
  });
  check(profile.technicalSupport, ['technicalSupport']);
};

const readableColours: ProfileRule = ({ profile, report }) => {
  if (!profile.colours) return;
  for (const { field, ...failure } of contrastFailures(profile.colours))
    report(['colours', field], 'low-contrast', failure);
};

const LOGO_EXTENSIONS = ['.svg', '.png'];

const logoInFolder: ProfileRule = ({ profile, report, fileExists, fileRefusal }) => {
  if (!profile.logo) return;
  const { src } = profile.logo;
  const path = ['logo', 'src'];
  const reason = unsafePathReason(src);
  if (reason) report(path, 'unsafe-path', { path: src, reason, folder: 'profile' });
  else if (!LOGO_EXTENSIONS.some((ext) => src.toLowerCase().endsWith(ext)))
    report(path, 'wrong-file-type', { path: src, kind: 'image', extensions: LOGO_EXTENSIONS });
  else {
    const refused = fileRefusal?.(src);
    if (refused?.reason === 'letter-case') report(path, 'letter-case', { path: src, spelt: refused.spelt });
    else if (refused) report(path, 'unsafe-path', { path: src, folder: 'profile', ...refused });
    else if (!fileExists(src)) report(path, 'missing-file', { what: 'logo', path: src });
  }
};

const demoSaysSo: ProfileRule = ({ profile, report }) => {
  if (profile.demo) report(['demo'], 'demo-profile', { id: profile.id });
};

export const PROFILE_RULES: readonly ProfileRule[] = [
  idMatchesFolder,
  uniqueIds,
  oneLanguageSet,
  emergencyFirst,
  regionsExist,
  servicesReachable,
  realContacts,
  readableColours,
  logoInFolder,
  demoSaysSo,
];
