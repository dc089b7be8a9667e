/**
 * The organisation's referral services, from its service mapping: the learner picks their
 * region once (remembered on this device only, like their other device answers) and sees
 * what is offered there, with each service's layer of the MHPSS framework and how to reach
 * it. Services open to every region show before any region is picked. Built as elements,
 * so no text from a profile can become markup.
 */
import type { Service } from '../../course/types.ts';
import { el } from '../dom.ts';
import { languageNames } from './language-names.ts';
import { REGION_KEY, type ReferralsInput } from './referrals-part.ts';

type Line = [label: string, content: Node | string];

function link(href: string, text: string, newTab: string): HTMLElement {
  const bdi = el('bdi', {}, text);
  // mailto: and tel: hand over to another app and never replace the course, so they need no new tab.
  if (!/^https?:\/\//i.test(href)) return el('a', { href }, bdi);
  return el(
    'a',
    { href, rel: 'noopener noreferrer', target: '_blank' },
    bdi,
    el('span', { class: 'sr-only' }, ` ${newTab}`),
  );
}

function serviceItem(service: Service, input: ReferralsInput): HTMLElement {
  const { t } = input;
  const lines: Line[] = [];
  if (service.phone)
    lines.push([t.phone, link(`tel:${service.phone.replace(/[^\d+]/g, '')}`, service.phone, t.opensInNewTab)]);
  if (service.email) lines.push([t.email, link(`mailto:${service.email}`, service.email, t.opensInNewTab)]);
  // Anything but a web address stays words, never a link.
  if (service.url)
    lines.push([
      t.website,
      /^https?:\/\//i.test(service.url)
        ? link(service.url, service.url.replace(/^https?:\/\//, ''), t.opensInNewTab)
        : service.url,
    ]);
  lines.push([t.services.serves, service.serves]);
  lines.push([
    t.services.languages,
    el('bdi', {}, service.languageNames ?? languageNames(input.input.course.language, service.languages)),
  ]);
  if (service.hours) lines.push([t.hours, service.hours]);
  if (service.access) lines.push([t.services.access, service.access]);
  return el(
    'li',
    { class: 'service', 'data-layer': service.layer },
    el(`h${input.level + 1}` as 'h4', {}, service.name),
    el('p', { class: 'contact-kind' }, t.services.layer[service.layer]),
    el('p', {}, service.offers),
    el('ul', { class: 'contact-ways' }, ...lines.map(([label, content]) => el('li', {}, `${label}: `, content))),
  );
}

/** The hint and the services for the region picked, or for every region when the profile has none. */
function results(input: ReferralsInput): Node[] {
  const { regions, services } = input.input.organisation;
  const { t } = input;
  const stored = input.store.get<string>(REGION_KEY);
  const picked = regions.some((r) => r.id === stored) ? stored : '';
  const shown = services.filter((s) => !s.region || !regions.length || s.region === picked);
  const nodes: Node[] = [];
  if (regions.length && !picked) nodes.push(el('p', { class: 'hint' }, t.services.pick));
  if (picked && !shown.some((s) => s.region === picked)) nodes.push(el('p', { class: 'hint' }, t.services.none));
  if (shown.length) nodes.push(el('ul', { class: 'service-list' }, ...shown.map((s) => serviceItem(s, input))));
  return nodes;
}

/** Fills `host` with the directory; returns the function that stops following the region. */
export function showReferrals(host: HTMLElement, input: ReferralsInput): () => void {
  const { regions, services } = input.input.organisation;
  const { t, idPrefix } = input;
  if (!regions.length && !services.length) return () => {};
  const heading = `${idPrefix}-services`;
  const select = `${idPrefix}-region`;
  const list = el('div', { class: 'referral-results' });
  const section = el(
    'section',
    { class: 'referrals', 'aria-labelledby': heading },
    el(`h${input.level}` as 'h3', { id: heading }, t.services.heading),
  );
  let picker: HTMLSelectElement | undefined;
  if (regions.length) {
    picker = el(
      'select',
      { id: select },
      el('option', { value: '' }, t.choose),
      ...regions.map((r) => el('option', { value: r.id }, r.name)),
    );
    picker.addEventListener('change', () => input.store.set(REGION_KEY, picker!.value));
    section.append(el('p', { class: 'region-picker' }, el('label', { for: select }, t.services.region), picker));
  }
  section.append(list);
  // Only what follows the picker is rebuilt, so the picker keeps focus while the learner moves through it.
  const update = () => {
    const stored = input.store.get<string>(REGION_KEY);
    if (picker) picker.value = regions.some((r) => r.id === stored) ? stored! : '';
    list.replaceChildren(...results(input));
  };
  update();
  host.replaceChildren(section);
  return input.store.subscribe(update);
}
