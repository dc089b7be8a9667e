// @vitest-environment jsdom
/**
 * The end of a completed course: congratulations, the outcome, the certificate on demand,
 * further learning and the support contacts, and Close the course where Pause and exit was.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { indexCourse } from '../../src/engine/course-index.ts';
import { replayScenario } from '../../src/engine/scenario.ts';
import { correctResponse } from '../../src/engine/scoring.ts';
import type { ValidatedCourse } from '../../src/validator/validate-course.ts';
import { drive, loadCourse, makeSession, renderPlayer, type TestSession, textOf } from './helpers.tsx';

const [mini] = loadCourse('mini') as [ValidatedCourse];
const main = () => document.querySelector('main')!;

/** Does every page of the course through the engine, then opens the summary. */
function finish(input: TestSession) {
  drive(input, { type: 'course.start' });
  for (const { page, questions, scenarios } of indexCourse(input.course).pages) {
    drive(input, { type: 'nav.goto', pageId: page.id });
    for (const q of questions)
      drive(input, { type: 'question.submit', questionId: q.id, response: correctResponse(q) });
    for (const scenario of scenarios)
      for (;;) {
        const { ended, current } = replayScenario(
          scenario,
          input.actor.getSnapshot().context.scenarios.get(scenario.id),
        );
        if (ended) break;
        drive(input, { type: 'scenario.choose', scenarioId: scenario.id, choiceId: current.choices![0]!.id });
      }
  }
  drive(input, { type: 'summary.open' });
}

function completed(extra: Partial<TestSession> = {}) {
  const input = { ...makeSession({ ...mini.course, navigation: 'free' }), ...extra };
  finish(input);
  renderPlayer(input);
  return input;
}

// Each test loads (or fails to load) the certificate afresh; the page and ending parts stay registered.
afterEach(() => {
  delete (globalThis as { PssParts?: Record<string, unknown> }).PssParts?.certificate;
});

describe('a completed course', () => {
  it('congratulates, says the outcome, offers the certificate and the support contacts', () => {
    completed();
    expect(main().dataset.screen).toBe('summary');
    expect(textOf(main())).toMatchInlineSnapshot(
      `"Well done! You have completed the course You have finished every lesson. Your certificate A certificate of completion, to print or keep. Get my certificate Support is there for you If anything in this course brought up difficult feelings, talk to someone. These people can help. If someone's life is in danger, call 112 now. Emergency services Emergency Phone: 112 Lakeside volunteer wellbeing line Organisation Phone: +44 20 7946 0123 Hours: Every day, 8:00 to 20:00 Lakeside listening line Helpline Phone: +44 20 7946 0456 East shore peer group Peer support · East shore Phone: +44 20 7946 0789 Close the course Previous"`,
    );
  });

  it('offers Close the course instead of Pause and exit, and closing ends the session', () => {
    const input = completed();
    expect(screen.queryByRole('button', { name: 'Pause and exit' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Menu' })?.getAttribute('aria-controls')).toBe('toc-list');
    fireEvent.click(screen.getByRole('button', { name: 'Close the course' }));
    expect(input.sent.at(-1)).toEqual({ type: 'course.exit' });
    expect(main().dataset.screen).toBe('exited');
  });

  it('lists further learning, with a link where the resource has an address', () => {
    const furtherLearning = [
      {
        id: 'centre',
        title: 'PS Centre',
        description: 'Guides on *psychosocial* support.',
        url: 'https://pscentre.org',
      },
      { id: 'listening', title: 'Active listening', description: 'Find it in your learning platform.' },
    ];
    const input = makeSession({ ...mini.course, navigation: 'free', furtherLearning });
    finish(input);
    renderPlayer(input);
    const further = screen.getByRole('region', { name: 'What next' });
    expect(textOf(further)).toMatchInlineSnapshot(
      `"What next PS Centre (opens in a new tab) Guides on psychosocial support. Active listening Find it in your learning platform."`,
    );
    expect(
      within(further)
        .getAllByRole('link')
        .map((a) => [textOf(a), a.getAttribute('href')]),
    ).toEqual([['PS Centre (opens in a new tab)', 'https://pscentre.org']]);
  });

  it("waits for further learning's words where a package sends them apart, then lists them", async () => {
    // As a package splits it: the ids and addresses inline, the words in the ending's text part.
    const furtherLearning = [
      { id: 'centre', url: 'https://pscentre.org' },
    ] as unknown as typeof mini.course.furtherLearning;
    const parts = (globalThis as { PssParts?: Record<string, unknown> }).PssParts!;
    parts['text-0'] = {};
    const input = makeSession({ ...mini.course, navigation: 'free', furtherLearning });
    finish(input);
    renderPlayer({ ...input, text: { common: 'text-0', lessons: {}, ending: 'text-9' } });
    expect(main().querySelector('.part-loading')).not.toBeNull();
    const script = document.head.querySelector<HTMLScriptElement>('script[src="text-9.js"]')!;
    parts['text-9'] = { course: { furtherLearning: [{ title: 'PS Centre', description: 'Guides.' }] } };
    fireEvent.load(script);
    const further = await screen.findByRole('region', { name: 'What next' });
    expect(textOf(further)).toBe('What next PS Centre (opens in a new tab) Guides.');
    delete parts['text-0'];
    delete parts['text-9'];
  });

  it("shows the certificate when asked, from its own part, with the LMS's name", async () => {
    await import('../../src/player/certificate/main.ts');
    completed({ learnerName: 'Yusuf, Amina' });
    fireEvent.click(screen.getByRole('button', { name: 'Get my certificate' }));
    await waitFor(() => expect(main().querySelector('.certificate')).not.toBeNull());
    expect(main().querySelector('.cert-name')!.textContent).toBe('Amina Yusuf');
    expect(screen.queryByRole('button', { name: 'Get my certificate' })).toBeNull();
    expect(document.activeElement?.id).toBe('cert-title');
  });

  it('says so when the certificate cannot be loaded, and lets the learner try again', async () => {
    completed();
    fireEvent.click(screen.getByRole('button', { name: 'Get my certificate' }));
    // jsdom loads no scripts: the part's script fails as it would offline.
    const script = document.head.querySelector<HTMLScriptElement>('script[src="certificate.js"]')!;
    fireEvent.error(script);
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'The certificate could not be loaded. Check your connection and try again.',
    );
    expect(screen.getByRole('button', { name: 'Get my certificate' })).toBeTruthy();
  });
});
