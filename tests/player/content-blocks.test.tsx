// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { drive, freeSample, makeSession, openSamplePage, organisationFor, renderPlayer, textOf } from './helpers.tsx';

// #region Text, image, callout
describe('text, image and callout blocks', () => {
  it('render Markdown as elements, with links that open in a new tab and say so', () => {
    openSamplePage('page-welcome');
    const text = document.querySelector('.block-text')!;
    expect(text.querySelector('ul')!.children).toHaveLength(3);
    expect(text.querySelector('strong')!.textContent).toBe('refer');
    // jsdom's name calculation trims the hidden span's leading space, which browsers keep.
    const link = within(text as HTMLElement).getByRole('link', {
      name: /^the IFRC PS Centre ?\(opens in a new tab\)$/,
    });
    expect([link.getAttribute('href'), link.getAttribute('target'), link.getAttribute('rel')]).toEqual([
      'https://pscentre.org',
      '_blank',
      'noopener noreferrer',
    ]);
  });

  it('lazy-loads images with their size reserved, alt text and caption', () => {
    openSamplePage('page-welcome');
    const image = screen.getByRole('img', {
      name: 'Two volunteers sitting side by side, one listening while the other talks.',
    });
    expect(['src', 'width', 'height', 'loading'].map((a) => image.getAttribute(a))).toEqual([
      'media/listening.svg',
      '320',
      '180',
      'lazy',
    ]);
    expect(textOf(image.closest('figure')!.querySelector('figcaption'))).toBe(
      'Sitting beside someone can feel less formal than facing them.',
    );
  });

  it('gives decorative images an empty alt so screen readers skip them', async () => {
    const { render } = await import('@testing-library/preact');
    const { ImageBlock } = await import('../../src/player/blocks/ImageBlock.tsx');
    const { container } = render(
      <ImageBlock
        block={{ type: 'image', id: 'd', src: 'media/x.svg', decorative: true, alt: 'ignored', width: 10, height: 10 }}
      />,
    );
    expect(container.querySelector('img')!.getAttribute('alt')).toBe('');
    expect(screen.queryByRole('img', { name: 'ignored' })).toBeNull();
  });

  it('draws a packaged drawing a task after the page, in a box of its size, named by its alt text or hidden when decorative', async () => {
    const { render, waitFor } = await import('@testing-library/preact');
    const { ImageBlock } = await import('../../src/player/blocks/ImageBlock.tsx');
    const svg = "<svg direction='ltr' viewBox='0 0 4 4' width='10' height='10'><rect width='4' height='4'/></svg>";
    const block = { type: 'image', id: 'i', src: 'media/x.svg', svg, width: 16, height: 9 } as const;
    const named = render(<ImageBlock block={{ ...block, alt: 'Two people talking', decorative: false }} />);
    const picture = within(named.container as HTMLElement).getByRole('img', { name: 'Two people talking' });
    // The page's own render leaves the box empty, so the turn's frame carries the words alone.
    expect(picture.innerHTML).toBe('');
    expect(picture.style.aspectRatio).toBe('16 / 9');
    await waitFor(() => expect(picture.querySelector('svg rect')).not.toBeNull());
    expect(named.container.querySelector('img')).toBeNull();
    const decorative = render(<ImageBlock block={{ ...block, alt: 'ignored', decorative: true }} />);
    expect(within(decorative.container as HTMLElement).queryByRole('img')).toBeNull();
    expect(decorative.container.querySelector('.block-picture')!.getAttribute('aria-hidden')).toBe('true');
  });

  it('titles a callout with its heading, one level under the page title', () => {
    openSamplePage('page-welcome');
    const callout = screen.getByRole('heading', { level: 3, name: 'Key message' }).closest('.callout')!;
    expect(callout.getAttribute('data-variant')).toBe('key-message');
    expect(textOf(callout)).toBe('Key message Listening is about the other person, not about fixing their problem.');
  });
});
// #endregion

// #region Media and reveal
describe('audio and video blocks', () => {
  it('use native controls, caption tracks and a transcript in a disclosure', () => {
    openSamplePage('page-media');
    const video = document.querySelector('video')!;
    expect([video.hasAttribute('controls'), video.getAttribute('preload'), video.getAttribute('poster')]).toEqual([
      true,
      'metadata',
      'media/listening.svg',
    ]);
    const track = video.querySelector('track')!;
    expect(['kind', 'src', 'srclang', 'label'].map((a) => track.getAttribute(a))).toEqual([
      'captions',
      'media/listening.vtt',
      'en',
      'English',
    ]);
    const audio = document.querySelector('audio')!;
    expect(audio.querySelector('track[kind="captions"]')).toBeTruthy();
    const transcripts = [...document.querySelectorAll('details.transcript')];
    expect(transcripts.map((d) => textOf(d))).toEqual([
      'Transcript Welcome. Take your time with this course.',
      'Transcript A volunteer nods and says: I am here, take your time.',
    ]);
    expect(screen.getByRole('heading', { level: 3, name: 'Listening in action' })).toBeTruthy();
  });
});

describe('reveal blocks', () => {
  it('make an accordion of native disclosures', () => {
    openSamplePage('page-media');
    const accordion = screen.getByRole('heading', { name: 'Three things to notice' }).closest('.reveal')!;
    expect([...accordion.querySelectorAll('details > summary')].map((s) => s.textContent)).toEqual([
      'Look',
      'Listen',
      'Link',
    ]);
  });

  it('turn cards over with a button that reports its state', () => {
    openSamplePage('page-media');
    const card = screen.getByRole('button', { name: 'Myth: I must fix it' });
    const back = document.getElementById(card.getAttribute('aria-controls')!)!;
    expect([card.getAttribute('aria-expanded'), back.hidden]).toEqual(['false', true]);
    fireEvent.click(card);
    expect([card.getAttribute('aria-expanded'), back.hidden]).toEqual(['true', false]);
    expect(textOf(back)).toBe('You do not need to solve the problem. Being present helps.');
    fireEvent.click(card);
    expect(back.hidden).toBe(true);
  });
});
// #endregion

// #region Contacts and survey
describe('a contacts block', () => {
  it('lists the contacts with phone, email and web links', () => {
    // The demo organisation's contacts have every way to reach someone.
    const { course } = freeSample();
    const input = makeSession(course, organisationFor('en', 'demo'));
    drive(input, { type: 'course.start' }, { type: 'nav.goto', pageId: 'page-plan' });
    renderPlayer(input);
    const block = screen.getByRole('heading', { name: 'Where to get support' }).closest('.contacts')!;
    expect(textOf(block)).toMatchInlineSnapshot(
      `"Where to get support Demo contacts: replace before publishing If you are in danger, call emergency services now. These contacts are placeholders. Organisations: replace them with your own National Society's contacts before you publish. Emergency numbers differ from country to country: make sure learners know the right one where they work. Emergency services Emergency If someone's life is in danger, call your local emergency number now, or follow your National Society's agreed crisis pathway. Stay with the person if it is safe to do so. Your team leader or supervisor Organisation Talk to them after a hard conversation, if you feel unsafe, or if you are not sure where to refer someone. Staff and volunteer wellbeing team Organisation Confidential support for staff and volunteers. Phone: +000 100 2000 Email: wellbeing@example.org Website: example.org/wellbeing (opens in a new tab) Hours: Monday to Friday, 9:00 to 17:00 Peer supporters Peer support Trained colleagues you can talk to about how you are feeling. Website: example.org/peer-support (opens in a new tab) Support helpline Helpline A listening line for staff and volunteers. Your organisation adds the number here. Website: example.org/helpline (opens in a new tab) Professional counselling service Professional help Free, confidential sessions with a trained counsellor, arranged through your organisation. Email: counselling@example.org"`,
    );
    const links = within(block as HTMLElement)
      .getAllByRole('link')
      .map((a) => a.getAttribute('href'));
    expect(links).toMatchInlineSnapshot(`
      [
        "tel:+0001002000",
        "mailto:wellbeing@example.org",
        "https://example.org/wellbeing",
        "https://example.org/peer-support",
        "https://example.org/helpline",
        "mailto:counselling@example.org",
      ]
    `);
    expect(within(block as HTMLElement).getAllByRole('heading', { level: 4 })).toHaveLength(6);
  });
});

describe('a likert survey', () => {
  it('sends each answer to the engine as survey.answer', () => {
    const { input } = openSamplePage('page-plan');
    const statement = screen.getByRole('group', { name: 'The course was clear.' });
    fireEvent.click(within(statement).getByRole('radio', { name: 'Agree' }));
    expect(input.sent.at(-1)).toEqual({ type: 'survey.answer', blockId: 'survey', statementId: 'clear', value: 2 });
    expect(within(statement).getByRole('radio', { name: 'Agree' })).toHaveProperty('checked', true);
    expect(input.actor.getSnapshot().context.surveys.toJSON()).toEqual({ survey: { clear: 2 } });
  });
});
// #endregion
