import { describe, expect, it } from 'vitest';
import { exampleAddresses } from '../../packaging/placeholder-contacts.ts';

const contacts = (...entries: Array<{ email?: string; url?: string }>) => ({
  contacts: entries.map((entry, i) => ({ id: `c${i}`, kind: 'helpline' as const, name: 'Line', ...entry })),
});

describe('example contacts', () => {
  it('finds emails and links on the domains reserved for examples', () => {
    expect(
      exampleAddresses(
        contacts(
          { email: 'help@example.org' },
          { url: 'https://www.example.com/help' },
          { url: 'https://support.test/' },
          { email: 'care@ifrc.org', url: 'https://www.ifrc.org/' },
        ),
      ),
    ).toEqual(['help@example.org', 'https://www.example.com/help', 'https://support.test/']);
  });

  it('leaves real addresses alone, including ones that only contain the word', () => {
    expect(exampleAddresses(contacts({ url: 'https://example.org.uk/' }, { email: 'me@myexample.org' }))).toEqual([]);
  });
});
