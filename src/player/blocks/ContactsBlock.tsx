/**
 * The organisation's support contacts, filtered by kind, then its referral directory (a
 * part of its own, loaded here: see referrals/). Contacts are never hidden by the region
 * the learner picked for the directory: a contact tied to a region says which. A demo
 * organisation's block says first that its contacts must be replaced.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { BlockOf, Contact } from '../../course/types.ts';
import { loadPart } from '../load-part.ts';
import { Markdown, SafeLink } from '../Markdown.tsx';
import type { ReferralsPart } from '../referrals/referrals-part.ts';
import { usePlayer } from '../use-player.ts';

interface Props {
  block: Pick<BlockOf<'contacts'>, 'id' | 'title' | 'intro' | 'kinds'>;
  /** The referral directory and its region picker; off where the block is only printed. */
  directory?: boolean;
}

export function ContactsBlock({ block, directory = true }: Props) {
  const { input, t } = usePlayer();
  const { organisation } = input;
  const { note, contacts } = organisation.contacts;
  const shown = contacts.filter((c) => !block.kinds || block.kinds.includes(c.kind));
  // Contact names sit one level under the block title, or take its place when there is none.
  const level = block.title ? 4 : 3;
  const Name = `h${level}` as 'h3' | 'h4';
  return (
    <div class="block contacts">
      {block.title && <h3>{block.title}</h3>}
      {organisation.demo && (
        <p class="callout demo-label" data-variant="important">
          {t.demoContacts}
        </p>
      )}
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
      {directory && <Referrals blockId={block.id} level={level} />}
    </div>
  );
}

function ContactDetails({ contact }: { contact: Contact }) {
  const { input, t } = usePlayer();
  const region = contact.region && input.organisation.regions.find((r) => r.id === contact.region)?.name;
  const ways: [string, string, string][] = [];
  if (contact.phone) ways.push([t.phone, `tel:${contact.phone.replace(/[^\d+]/g, '')}`, contact.phone]);
  if (contact.email) ways.push([t.email, `mailto:${contact.email}`, contact.email]);
  if (contact.url) ways.push([t.website, contact.url, contact.url.replace(/^https?:\/\//, '')]);
  return (
    <>
      <p class="contact-kind">
        {t.contactKind[contact.kind]}
        {region && ` · ${region}`}
      </p>
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

/** Where the referrals part draws the directory. Should it fail to load, the contacts above still stand. */
function Referrals({ blockId, level }: { blockId: string; level: 3 | 4 }) {
  const { input, t, store } = usePlayer();
  const { regions, services } = input.organisation;
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let stop = () => {};
    let live = true;
    loadPart<ReferralsPart>('referrals').then(
      (part) => {
        if (live && host.current) stop = part.show(host.current, { input, t, store, level, idPrefix: blockId });
      },
      () => {},
    );
    return () => {
      live = false;
      stop();
    };
  }, [input, store]);
  // Preact leaves alone what the part draws inside it; an organisation without services gets nothing drawn.
  return regions.length + services.length ? <div class="referrals-host" ref={host} /> : null;
}
