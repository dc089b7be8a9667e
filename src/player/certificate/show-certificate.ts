/**
 * The certificate on screen: the learner's name in reading order (asked for first when no
 * LMS gave one), the course, the date in the course language and the score, with Print (one landscape page, nothing else on it)
 * and Download (a standalone HTML page that prints the same way).
 */

import type { Organisation } from '../../course/types.ts';
import { el } from '../dom.ts';
import { fileName } from '../file-name.ts';
import { saveFile } from '../save-file.ts';
import type { CertificateInput } from './certificate-part.ts';
import { CERTIFICATE_CSS, PAGE_CSS, PRINT_CSS } from './certificate-style.ts';
import { certificateText } from './certificate-text.ts';
import { displayName } from './learner-name.ts';

/**
 * The logo as an <img> address. One drawn inline in the banner becomes a data: address of
 * the same drawing, so the downloaded certificate shows it wherever it is opened.
 */
function logoSource(logo: NonNullable<Organisation['logo']>): string {
  if (!logo.svg) return logo.src;
  const standalone = logo.svg.replace('<svg', "<svg xmlns='http://www.w3.org/2000/svg'");
  return `data:image/svg+xml,${encodeURIComponent(standalone)}`;
}

/** The certificate itself, as an element; the same markup goes into the downloaded file. */
export function certificateElement(input: CertificateInput, name: string, today: Date): HTMLElement {
  const { organisation, lang, scorePercent } = input;
  const text = certificateText(lang);
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(today);
  const score =
    scorePercent === undefined
      ? undefined
      : new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(scorePercent / 100);
  const fact = (term: string, value: string) => el('div', {}, el('dt', {}, term), el('dd', {}, value));
  return el(
    'article',
    { class: 'certificate', 'aria-labelledby': 'cert-title', lang: input.lang, dir: input.dir },
    organisation &&
      el(
        'p',
        { class: 'cert-org' },
        organisation.logo &&
          el('img', {
            src: logoSource(organisation.logo),
            alt: organisation.logo.alt,
            width: String(organisation.logo.width),
            height: String(organisation.logo.height),
          }),
        organisation.name,
      ),
    el('h4', { id: 'cert-title', class: 'cert-title', tabindex: '-1' }, text.title),
    el('p', { class: 'cert-line' }, text.certifies),
    el('p', { class: 'cert-name' }, name),
    el('p', { class: 'cert-line' }, text.completed),
    el('p', { class: 'cert-course' }, input.courseTitle),
    el(
      'dl',
      { class: 'cert-facts' },
      fact(text.date, date),
      score && fact(text.score, score),
      // The person who signs for the organisation, by role: "Head of Volunteering: Layla Haddad".
      organisation?.signatory && fact(organisation.signatory.role, organisation.signatory.name),
    ),
  );
}

/** The downloadable file: a whole HTML page with its own styles, landscape when printed. */
export function certificateFile(input: CertificateInput, certificate: HTMLElement): string {
  const title = `${certificateText(input.lang).title}: ${input.courseTitle}`;
  // The organisation's colour, which the player gives through its root, travels with the file.
  const brand = input.organisation?.colours?.['--org-brand'];
  const style = `${CERTIFICATE_CSS}${brand ? `.certificate{--brand:${brand}}` : ''}${PAGE_CSS}body{margin:0;padding:2rem;background:#f6f4ef}@media print{body{padding:0;background:none}.certificate{border:0;block-size:100vh;aspect-ratio:auto}}`;
  const page = el('html', { lang: input.lang, dir: input.dir });
  const head = el('head', {}, el('meta', { charset: 'utf-8' }), el('title', {}, title), el('style', {}, style));
  page.append(head, el('body', {}, certificate.cloneNode(true)));
  return `<!doctype html>\n${page.outerHTML}\n`;
}

/**
 * A copy of the certificate whose pictures (the organisation's logo, a file in the package)
 * are data: addresses, so the downloaded page shows them wherever it is opened. A picture
 * the browser cannot read back (a package opened from disk) is left out of the copy.
 */
async function withInlineImages(certificate: HTMLElement): Promise<HTMLElement> {
  const copy = certificate.cloneNode(true) as HTMLElement;
  for (const img of copy.querySelectorAll('img')) {
    const src = img.getAttribute('src') ?? '';
    if (src.startsWith('data:')) continue;
    try {
      const response = await fetch(new URL(src, document.baseURI));
      if (!response.ok) throw new Error(`${response.status}`);
      const blob = await response.blob();
      img.setAttribute('src', await asDataUrl(blob));
    } catch {
      img.remove();
    }
  }
  return copy;
}

function asDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

/** Prints the certificate alone, on one landscape page (see the print rules in player.css). */
function print(certificate: HTMLElement): void {
  const html = document.documentElement;
  const page = el('style', { media: 'print' }, PRINT_CSS);
  document.head.append(page);
  html.setAttribute('data-printing', '');
  certificate.setAttribute('data-print-target', '');
  // Some mobile browsers return from print() before printing, so clean up after it instead.
  window.addEventListener(
    'afterprint',
    () => {
      html.removeAttribute('data-printing');
      certificate.removeAttribute('data-print-target');
      page.remove();
    },
    { once: true },
  );
  window.print();
}

function showFor(host: HTMLElement, input: CertificateInput, name: string, today: Date): void {
  const certificate = certificateElement(input, name, today);
  const button = (label: string, onClick: () => void) => {
    const b = el('button', { type: 'button', class: 'button secondary' }, label);
    b.addEventListener('click', onClick);
    return b;
  };
  host.replaceChildren(
    certificate,
    el(
      'div',
      { class: 'actions' },
      button(input.print, () => print(certificate)),
      button(input.download, () =>
        withInlineImages(certificate).then((standalone) =>
          saveFile(
            certificateFile(input, standalone),
            fileName(`${certificateText(input.lang).file} ${input.courseTitle}`, 'html'),
            'text/html;charset=utf-8',
          ),
        ),
      ),
    ),
  );
  certificate.querySelector<HTMLElement>('#cert-title')!.focus();
}

/** Asks for the learner's name, then shows the certificate for it. */
function askName(host: HTMLElement, input: CertificateInput, today: Date): void {
  const text = certificateText(input.lang);
  const field = el('input', { id: 'cert-learner', type: 'text', autocomplete: 'name', maxlength: '80' });
  const problem = el('p', { id: 'cert-learner-problem', class: 'hint', role: 'alert' });
  const form = el(
    'form',
    { class: 'cert-name-form', novalidate: '' },
    el('label', { for: 'cert-learner' }, text.yourName),
    field,
    problem,
    el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'button primary' }, text.show)),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const name = field.value.replace(/\s+/g, ' ').trim();
    if (name) return showFor(host, input, name, today);
    problem.textContent = text.nameFirst;
    field.setAttribute('aria-describedby', problem.id);
    field.focus();
  });
  host.replaceChildren(form);
  field.focus();
}

/** Shows the certificate in `host`, asking for the name first when there is none. */
export function showCertificate(host: HTMLElement, input: CertificateInput, today = new Date()): void {
  if (!document.getElementById('pss-certificate-style'))
    document.head.append(el('style', { id: 'pss-certificate-style' }, CERTIFICATE_CSS));
  const name = displayName(input.learnerName);
  if (name) showFor(host, input, name, today);
  else askName(host, input, today);
}
