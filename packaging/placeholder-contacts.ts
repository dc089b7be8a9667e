/**
 * Support contacts that are still the examples a course ships with. A learner in distress
 * who follows such a contact reaches nobody, so the packager says so at the end of every
 * run; the demo courses ship this way on purpose, so it is a warning, not a refusal.
 */
import type { ContactsFile, CourseBundle } from '../src/course/types.ts';

// RFC 2606 and RFC 6761 reserve these names for examples: no real service answers there.
const EXAMPLE_HOST = /(?:^|\.)(?:example\.(?:org|com|net)|example|test|invalid)$/i;

function hostOf(value: string): string | undefined {
  const email = /^[^@\s]+@([^@\s]+)$/.exec(value);
  if (email) return email[1];
  try {
    return new URL(value).hostname;
  } catch {
    return undefined;
  }
}

/**
 * The example addresses among the contacts: emails and links on reserved example domains.
 * @example exampleAddresses({ contacts: [{ id: 'x', kind: 'helpline', name: 'X', email: 'help@example.org' }] }) // ['help@example.org']
 */
export function exampleAddresses(contacts: ContactsFile): string[] {
  const found: string[] = [];
  for (const contact of contacts.contacts) {
    for (const value of [contact.email, contact.url]) {
      const host = value ? hostOf(value) : undefined;
      if (value && host && EXAMPLE_HOST.test(host)) found.push(value);
    }
  }
  return found;
}

/**
 * One warning for a course whose contacts, in any language, are examples; undefined when
 * every language has real contacts.
 */
export function placeholderContactsWarning(label: string, languages: readonly CourseBundle[]): string | undefined {
  const affected = languages.filter(({ contacts }) => exampleAddresses(contacts).length > 0);
  if (!affected.length) return undefined;
  const found = [...new Set(affected.flatMap(({ contacts }) => exampleAddresses(contacts)))];
  const shown = found.slice(0, 2).join(', ') + (found.length > 2 ? ` and ${found.length - 2} more` : '');
  const which = affected.map(({ course }) => course.language).join(', ');
  return `${label} (${which}): the support contacts are examples (${shown}), so a learner who needs help would reach nobody. Replace contacts.json, or package with --contacts <file>.`;
}
