/** Support contacts from the package's contacts file, filtered by kind. Phone, email and web become links. */
import type { BlockOf, Contact } from '../../course/types.ts';
import { Markdown, SafeLink } from '../Markdown.tsx';
import { usePlayer } from '../use-player.ts';

export function ContactsBlock({ block }: { block: BlockOf<'contacts'> }) {
  const { input } = usePlayer();
  const { note, contacts } = input.contacts;
  const shown = contacts.filter((c) => !block.kinds || block.kinds.includes(c.kind));
  // Contact names sit one level under the block title, or take its place when there is none.
  const Name = block.title ? 'h4' : 'h3';
  return (
    <div class="block contacts">
      {block.title && <h3>{block.title}</h3>}
      {block.intro && <Markdown text={block.intro} />}
      {note && <Markdown text={note} class="contacts-note" />}
      <ul class="contact-list">
        {shown.map((contact) => (
          <li key={contact.id} class="contact" data-kind={contact.kind}>
            <Name>{contact.name}</Name>
            <ContactDetails contact={contact} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function ContactDetails({ contact }: { contact: Contact }) {
  const { t } = usePlayer();
  const ways: [string, string, string][] = [];
  if (contact.phone) ways.push([t.phone, `tel:${contact.phone.replace(/[^\d+]/g, '')}`, contact.phone]);
  if (contact.email) ways.push([t.email, `mailto:${contact.email}`, contact.email]);
  if (contact.url) ways.push([t.website, contact.url, contact.url.replace(/^https?:\/\//, '')]);
  return (
    <>
      <p class="contact-kind">{t.contactKind[contact.kind]}</p>
      {contact.description && <Markdown text={contact.description} />}
      <ul class="contact-ways">
        {ways.map(([label, href, text]) => (
          <li key={href}>
            {`${label}: `}
            <SafeLink href={href} newTab={t.opensInNewTab}>
              <bdi>{text}</bdi>
            </SafeLink>
          </li>
        ))}
        {contact.hours && <li>{`${t.hours}: ${contact.hours}`}</li>}
      </ul>
    </>
  );
}
