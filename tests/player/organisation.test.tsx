// @vitest-environment jsdom
/**
 * The organisation a package is made for, as the learner meets it: its name and logo in the
 * banner, its colours on the player root, its contacts (labelled when it is the demo), its
 * referral directory with the region remembered on the device, and its certificate.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Organisation } from '../../src/course/types.ts';
import { showCertificate } from '../../src/player/certificate/show-certificate.ts';
import { registerPart } from '../../src/player/load-part.ts';
import { showReferrals } from '../../src/player/referrals/show-referrals.ts';
import type { ValidatedCourse } from '../../src/validator/validate-course.ts';
import { watchIntl } from '../support/intl.ts';
import { drive, freeSample, loadCourse, makeSession, organisationFor, renderPlayer, textOf } from './helpers.tsx';

// jsdom loads no scripts: the referral directory's part is registered as its own script would register it.
beforeEach(() => registerPart('referrals', { show: showReferrals }));

/** The free sample course (English) on its plan page, which has a contacts block, for an organisation. */
function planPage(organisation: Organisation) {
  const input = makeSession(freeSample().course, organisation);
  drive(input, { type: 'course.start' }, { type: 'nav.goto', pageId: 'page-plan' });
  return { input, ...renderPlayer(input) };
}

const contactsBlock = () => screen.getByRole('heading', { name: 'Where to get support' }).closest('.contacts')!;
const directory = async () => {
  await waitFor(() => expect(document.querySelector('.referrals')).not.toBeNull());
  return document.querySelector<HTMLElement>('.referrals')!;
};

// #region Banner and colours
describe('the banner', () => {
  it("shows the organisation's logo, with its alt text, its name, and its short name for phones", () => {
    planPage(organisationFor('en'));
    const org = document.querySelector('.org')!;
    expect(org.querySelector('img')!.getAttribute('alt')).toBe('Lakeside Relief Society logo: a wave under a sun');
    expect([...org.querySelectorAll('span')].map((span) => [span.className, span.textContent])).toEqual([
      ['org-name', 'Lakeside Relief Society'],
      ['org-short', 'LRS'],
    ]);
  });

  it('speaks the package language: an Arabic package names the organisation in Arabic', () => {
    const [, arabic] = loadCourse('mini') as [ValidatedCourse, ValidatedCourse];
    renderPlayer(makeSession(arabic.course));
    expect(textOf(document.querySelector('.org'))).toBe('جمعية الواحة للإغاثة الواحة');
  });
});

describe("the organisation's colours", () => {
  it('are custom properties on the player root, which player.css applies (.player[style])', () => {
    planPage(organisationFor('en'));
    const root = document.querySelector<HTMLElement>('.player')!;
    expect(root.style.getPropertyValue('--org-brand')).toBe('#1d4f91');
    expect(root.style.getPropertyValue('--org-accent-dark')).toMatch(/^#[0-9a-f]{6}$/);
  });

  it("leave the player's own colours alone when the profile has none", () => {
    const { colours: _none, ...plain } = organisationFor('en');
    planPage(plain);
    const root = document.querySelector<HTMLElement>('.player')!;
    expect(root.getAttribute('style')).toBeNull();
  });
});
// #endregion

// #region Contacts
describe('the contacts of a demo organisation', () => {
  it('are labelled on every contacts block, so placeholders never pass unnoticed', () => {
    const { input } = planPage(organisationFor('en', 'demo'));
    expect(textOf(contactsBlock().querySelector('.demo-label'))).toBe('Demo contacts: replace before publishing');
    // The plan's printed copy of the contacts, and the end of the course, say it too.
    expect(document.querySelectorAll('.demo-label')).toHaveLength(2);
    drive(input, { type: 'summary.open' });
    expect(document.querySelectorAll('.demo-label').length).toBeGreaterThan(0);
  });

  it('are not labelled for a real organisation', () => {
    planPage(organisationFor('en'));
    expect(document.querySelector('.demo-label')).toBeNull();
  });
});
// #endregion

// #region Referral directory
describe('the referral directory', () => {
  it('asks for the region first, showing the services open to every region', async () => {
    planPage(organisationFor('en'));
    const found = await directory();
    expect(textOf(found)).toMatchInlineSnapshot(
      `"Services near you Your region Choose… East shore West shore Choose your region to see the services there. Lakeside mental health service Specialized mental health care Assessment and treatment by a mental health team. Phone: +44 20 7946 0654 For: Anyone referred by a doctor Languages: English Hours: Monday to Friday, 9:00 to 17:00"`,
    );
    const picker = within(found).getByRole('combobox', { name: 'Your region' });
    expect([...picker.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      'Choose…',
      'East shore',
      'West shore',
    ]);
  });

  it("shows the picked region's services, and remembers the region on this device for every block", async () => {
    const { input } = planPage(organisationFor('en'));
    const found = await directory();
    fireEvent.change(within(found).getByRole('combobox', { name: 'Your region' }), { target: { value: 'east' } });
    expect(
      within(found)
        .getAllByRole('heading', { level: 5 })
        .map((h) => h.textContent),
    ).toEqual(['East shore counselling', 'Lakeside mental health service']);
    expect(localStorage.getItem('pss-device:lakeside.sample.en:learner-1:#region')).toBe('"east"');
    // Nothing of it reaches the engine, and so the LMS.
    expect(input.sent.map((e) => e.type)).toEqual(['course.start', 'nav.goto']);
    // The end of the course opens on the same region.
    drive(input, { type: 'summary.open' });
    await waitFor(() => expect(screen.getByText('East shore counselling')).toBeTruthy());
  });

  it('never hides a support contact because of the region, and says which region a contact serves', async () => {
    planPage(organisationFor('en'));
    fireEvent.change(within(await directory()).getByRole('combobox'), { target: { value: 'west' } });
    expect(textOf(contactsBlock().querySelector('.contact[data-kind="peer-support"]'))).toContain(
      'Peer support · East shore',
    );
  });

  it('says so when the region has no services of its own', async () => {
    const organisation = organisationFor('en');
    planPage({ ...organisation, regions: [...organisation.regions, { id: 'islands', name: 'The islands' }] });
    fireEvent.change(within(await directory()).getByRole('combobox'), { target: { value: 'islands' } });
    expect(textOf(document.querySelector('.referrals .hint'))).toBe('No services are listed for this region yet.');
  });

  it('writes an Arabic directory in Arabic, language names included', async () => {
    const [, arabic] = loadCourse('mini') as [ValidatedCourse, ValidatedCourse];
    const course = structuredClone(arabic.course);
    course.lessons[0]!.pages[0]!.blocks.push({ type: 'contacts', id: 'support' });
    const input = makeSession(course);
    drive(input, { type: 'course.start' });
    renderPlayer(input);
    const found = await directory();
    fireEvent.change(within(found).getByRole('combobox'), { target: { value: 'coast' } });
    expect(textOf(found)).toMatchInlineSnapshot(
      `"خدمات قريبة منك منطقتك اختر… الساحل الوادي مركز الدعم في الساحل الدعم النفسي والاجتماعي المركّز مجموعات دعم للبالغين وأنشطة آمنة للأطفال. الهاتف: +44 20 7946 0533 لمن: الأسر المتأثرة بالفيضانات اللغات: العربية والإنجليزية ساعات العمل: كل يوم، من 10:00 إلى 16:00"`,
    );
  });

  it('shows the languages the packager named, making no Intl object (issue 16)', async () => {
    const organisation = organisationFor('en');
    const services = organisation.services.map((s) => ({ ...s, languageNames: `Named by the packager: ${s.id}` }));
    const watch = watchIntl();
    let made: number;
    try {
      planPage({ ...organisation, services });
      await directory();
    } finally {
      made = watch.stop();
    }
    expect(made).toBe(0);
    expect(textOf(await directory())).toContain('Languages: Named by the packager: mental-health-service');
  });

  it('is left out for an organisation without regions or services', () => {
    planPage({ ...organisationFor('en'), regions: [], services: [] });
    expect(document.querySelector('.referrals-host')).toBeNull();
  });
});
// #endregion

// #region Certificate
describe('the certificate', () => {
  it("carries the organisation's logo and name, and its signatory by role", () => {
    const host = document.body.appendChild(document.createElement('div'));
    const { name, logo, signatory } = organisationFor('en', 'oasis');
    const input = {
      lang: 'en',
      dir: 'ltr' as const,
      courseTitle: 'A minute of listening',
      print: 'Print',
      download: 'Download',
    };
    showCertificate(
      host,
      { ...input, learnerName: 'Doe, Jane', organisation: { name, logo, signatory } },
      new Date(2025, 2, 14),
    );
    expect(host.querySelector('.cert-org img')!.getAttribute('alt')).toBe(
      'Oasis Relief Society logo: a drop of water and a sun',
    );
    expect(textOf(host.querySelector('.certificate'))).toMatchInlineSnapshot(
      `"Oasis Relief Society Certificate of completion This certifies that Jane Doe has completed the course A minute of listening Date March 14, 2025 Head of Volunteering Layla Haddad"`,
    );
  });
});
// #endregion
