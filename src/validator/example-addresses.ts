/**
 * Contact details that reach nobody: addresses on the domains reserved for examples, and
 * the demo profile's own phone numbers. A learner in distress who follows one of them gets
 * no help, so a profile that is not marked as the demo may not carry any.
 */

// RFC 2606 and RFC 6761 reserve these names for examples: no real service answers there.
const EXAMPLE_HOST = /(?:^|\.)(?:example\.(?:org|com|net)|example|test|invalid)$/i;

/**
 * The phone numbers of organisations/demo/profile.json, digits only. They are fictional (no
 * country has the calling code 000), and tests/validator/profiles.test.ts keeps this list
 * equal to the demo profile's numbers.
 */
export const DEMO_PHONE_NUMBERS = ['+0001002000', '+0001003000', '+0001004000', '+0001009000'] as const;

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
 * Whether an email address or web address is on a domain reserved for examples.
 * @example isExampleAddress('help@example.org') // true
 * @example isExampleAddress('https://example.org.uk/') // false
 */
export function isExampleAddress(value: string): boolean {
  const host = hostOf(value);
  return !!host && EXAMPLE_HOST.test(host);
}

/** @example digitsOf('+000 100 2000') // '+0001002000' */
export const digitsOf = (phone: string) => phone.replace(/[^\d+]/g, '');

/** Whether a phone number is one of the demo profile's. */
export function isDemoPhone(phone: string): boolean {
  return (DEMO_PHONE_NUMBERS as readonly string[]).includes(digitsOf(phone));
}
