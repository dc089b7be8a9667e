/**
 * A validated profile in one language: the `Organisation` a package carries for its
 * learners. Like a translation of a course, it picks each text's one language and leaves
 * out what the player never needs.
 */
import type { Organisation, Profile, Service } from '../course/types.ts';
import { brandProperties } from './brand-palette.ts';

/** Whether the profile can make packages in `language`: it has contacts in it (and so, once valid, every text). */
export const hasLanguage = (profile: Profile, language: string) => language in profile.contacts;

/**
 * The organisation as the player gets it in `language`, which the profile must have.
 * `logoSrc` is where the logo will be found: a path in the package, or a data: address.
 */
export function organisationIn(profile: Profile, language: string, logoSrc?: string): Organisation {
  const pick = (text: Record<string, string>) => text[language] ?? '';
  const { logo, colours, signatory, technicalSupport } = profile;
  return {
    id: profile.id,
    name: pick(profile.name),
    shortName: pick(profile.shortName),
    ...(logo && logoSrc ? { logo: { src: logoSrc, alt: pick(logo.alt), width: logo.width, height: logo.height } } : {}),
    ...(colours ? { colours: brandProperties(colours) } : {}),
    contacts: profile.contacts[language]!,
    regions: (profile.regions ?? []).map((region) => ({ id: region.id, name: pick(region.name) })),
    services: (profile.services ?? []).map((service) => {
      const { name, offers, serves, hours, access, ...facts } = service;
      const shown: Service = { ...facts, name: pick(name), offers: pick(offers), serves: pick(serves) };
      if (hours) shown.hours = pick(hours);
      if (access) shown.access = pick(access);
      return shown;
    }),
    ...(signatory ? { signatory: { name: signatory.name, role: pick(signatory.role) } } : {}),
    technicalSupport,
    demo: profile.demo,
  };
}
