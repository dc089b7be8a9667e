// @vitest-environment jsdom
/**
 * The certificate part (certificate.js) on its own: the LMS's name in reading order, the date
 * and score in the course language, the name asked for when there is none, and nothing the
 * learner or the course says becoming markup. The completion screen's button is in
 * completion.test.tsx; printing and the download in Chromium, tests/e2e/player/certificate.test.ts.
 */
import { fireEvent } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { CertificateInput } from '../../src/player/certificate/certificate-part.ts';
import { CERTIFICATE_TEXT } from '../../src/player/certificate/certificate-text.ts';
import { displayName } from '../../src/player/certificate/learner-name.ts';
import { certificateFile, showCertificate } from '../../src/player/certificate/show-certificate.ts';
import { INTERFACE_LANGUAGES } from '../../src/player/i18n/index.ts';
import { textOf } from './helpers.tsx';

const DAY = new Date(2025, 2, 14);
const input = (overrides: Partial<CertificateInput> = {}): CertificateInput => ({
  lang: 'en',
  dir: 'ltr',
  courseTitle: 'Active listening',
  print: 'Print',
  download: 'Download',
  ...overrides,
});
const host = () => document.body.appendChild(document.createElement('div'));
afterEach(() => {
  document.body.replaceChildren();
});

describe('the learner name', () => {
  it('turns "Last, First" into reading order, and leaves a name without a comma as it is', () => {
    expect(displayName('Doe, Jane')).toBe('Jane Doe');
    expect(displayName('  Doe ,  Jane  Mary ')).toBe('Jane Mary Doe');
    expect(displayName('Jane Doe')).toBe('Jane Doe');
    expect(displayName('Doe,')).toBe('Doe');
    expect([displayName(''), displayName('   '), displayName(undefined)]).toEqual([undefined, undefined, undefined]);
  });
});

describe('the certificate', () => {
  it('says who completed which course, when, and with what score, and takes the focus', () => {
    const at = host();
    showCertificate(at, input({ learnerName: 'Doe, Jane', scorePercent: 87.5 }), DAY);
    expect(textOf(at.querySelector('.certificate'))).toMatchInlineSnapshot(
      `"Certificate of completion This certifies that Jane Doe has completed the course Active listening Date March 14, 2025 Score 88%"`,
    );
    expect(document.activeElement?.id).toBe('cert-title');
    expect([...at.querySelectorAll('.actions button')].map((b) => b.textContent)).toEqual(['Print', 'Download']);
  });

  it('speaks the course language, with its date format and digits, right to left for Arabic', () => {
    const at = host();
    showCertificate(at, input({ lang: 'fr', learnerName: 'Diallo, Awa', scorePercent: 90 }), DAY);
    expect(textOf(at.querySelector('.certificate'))).toMatchInlineSnapshot(
      `"Attestation de réussite Nous attestons que Awa Diallo a suivi avec succès le cours Active listening Date 14 mars 2025 Score 90 %"`,
    );
    at.replaceChildren();
    showCertificate(at, input({ lang: 'ar', dir: 'rtl', learnerName: 'أمينة يوسف' }), DAY);
    const certificate = at.querySelector('.certificate')!;
    expect([certificate.getAttribute('lang'), certificate.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    expect(certificate.querySelector('dd')!.textContent).toBe(
      new Intl.DateTimeFormat('ar', { dateStyle: 'long' }).format(DAY),
    );
  });

  it('asks for the name when the LMS gave none, and will not go on without one', () => {
    const at = host();
    showCertificate(at, input(), DAY);
    const field = at.querySelector<HTMLInputElement>('#cert-learner')!;
    expect(document.activeElement).toBe(field);
    expect(textOf(at.querySelector('label'))).toBe('Your name, as it should appear on the certificate');
    fireEvent.submit(at.querySelector('form')!);
    expect(at.querySelector('.certificate')).toBeNull();
    expect([textOf(at.querySelector('[role=alert]')), field.getAttribute('aria-describedby')]).toEqual([
      'Type your name first.',
      'cert-learner-problem',
    ]);
    field.value = '  Amina   Yusuf ';
    fireEvent.submit(at.querySelector('form')!);
    expect(at.querySelector('.cert-name')!.textContent).toBe('Amina Yusuf');
  });

  it('keeps markup a learner or a course might type as words, on screen and in the downloaded file', () => {
    const at = host();
    const hostile = input({ learnerName: '<img src=x onerror=alert(1)>', courseTitle: '</title><script>x()</script>' });
    showCertificate(at, hostile, DAY);
    expect(at.querySelectorAll('img, script')).toHaveLength(0);
    expect(at.querySelector('.cert-name')!.textContent).toBe('<img src=x onerror=alert(1)>');
    const file = certificateFile(hostile, at.querySelector('.certificate')!);
    expect(file).not.toMatch(/<script|<img/);
    expect(file).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('shows a logo drawn in the banner as a picture of the same drawing, which a downloaded file keeps', () => {
    const at = host();
    const svg = "<svg direction='ltr' viewBox='0 0 4 4' width='48' height='48'><rect width='4' height='4'/></svg>";
    const logo = { src: 'organisation/logo.svg', svg, alt: 'Lakeside logo', width: 48, height: 48 };
    showCertificate(at, input({ learnerName: 'Doe, Jane', organisation: { name: 'Lakeside', logo } }), DAY);
    const img = at.querySelector<HTMLImageElement>('.cert-org img')!;
    expect(img.alt).toBe('Lakeside logo');
    // A standalone SVG needs its namespace, which the HTML parser gives the banner's drawing.
    expect(decodeURIComponent(img.getAttribute('src')!)).toBe(
      `data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' direction='ltr' viewBox='0 0 4 4' width='48' height='48'><rect width='4' height='4'/></svg>`,
    );
  });

  it('has its words in every interface language', () => {
    expect(Object.keys(CERTIFICATE_TEXT).sort()).toEqual(INTERFACE_LANGUAGES);
  });
});
