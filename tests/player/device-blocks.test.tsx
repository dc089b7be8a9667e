// @vitest-environment jsdom
/**
 * Reflections, checklists and plans kept on the device (per package), the plan's download
 * and printout, and the device store. Long because each block has its own cases.
 */
import { fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { planFileName } from '../../src/player/device-answers.ts';
import { createDeviceStore } from '../../src/player/device-store.ts';
import { openSamplePage, textOf } from './helpers.tsx';

// Device answers are kept per package: organisation, course and language.
const KEY = (block: string) => `pss-device:lakeside.sample.en:learner-1:${block}`;
const plan = () => document.querySelector<HTMLElement>('.plan')!;

afterEach(() => vi.restoreAllMocks());

// #region Reflection
describe('a reflection', () => {
  it('keeps the text in localStorage on this device and says so', () => {
    openSamplePage('page-plan');
    const box = screen.getByRole('textbox', { name: 'What gives you energy after a hard day?' });
    const described = box.getAttribute('aria-describedby')!.split(' ');
    expect(textOf(document.getElementById(described.at(-1)!))).toMatchInlineSnapshot(
      `"Your answers here stay on this device. They are not sent to your organisation or anyone else."`,
    );
    // The limit is visible beside the box, so a long text never meets a full storage unannounced.
    expect(textOf(document.getElementById(described.at(-2)!))).toMatchInlineSnapshot(`"Characters: 0 of 2,000"`);
    fireEvent.input(box, { target: { value: 'A walk by the river' } });
    expect(JSON.parse(localStorage.getItem(KEY('reflect-energy'))!)).toBe('A walk by the river');
  });

  it('never sends the text to the engine', () => {
    const { input } = openSamplePage('page-plan');
    const before = JSON.stringify(input.actor.getSnapshot().context);
    fireEvent.input(screen.getByRole('textbox', { name: /gives you energy/ }), { target: { value: 'secret words' } });
    expect(input.sent.map((e) => e.type)).toEqual(['course.start', 'nav.goto']);
    expect(JSON.stringify(input.actor.getSnapshot().context)).toBe(before);
    expect(JSON.stringify(input.actor.getSnapshot().context)).not.toContain('secret');
  });

  it('shows what was written before when the learner comes back', () => {
    localStorage.setItem(KEY('reflect-energy'), JSON.stringify('Music'));
    openSamplePage('page-plan');
    expect(screen.getByRole('textbox', { name: /gives you energy/ })).toHaveProperty('value', 'Music');
  });
});
// #endregion

// #region Checklist
describe('a checklist', () => {
  it('stores ticks and own items on this device only', () => {
    const { input } = openSamplePage('page-plan');
    const list = screen.getByRole('group', { name: 'Pick what you will try this week.' });
    fireEvent.click(within(list).getByRole('checkbox', { name: 'Talk with a friend' }));
    fireEvent.input(within(list).getByRole('textbox', { name: 'Add your own' }), { target: { value: 'Cook a meal' } });
    fireEvent.click(within(list).getByRole('button', { name: 'Add' }));
    expect(JSON.parse(localStorage.getItem(KEY('care-list'))!)).toEqual({ checked: ['talk'], own: ['Cook a meal'] });
    expect(within(list).getByRole('textbox', { name: 'Add your own' })).toHaveProperty('value', '');
    fireEvent.click(within(list).getByRole('button', { name: 'Remove: Cook a meal' }));
    expect(JSON.parse(localStorage.getItem(KEY('care-list'))!)).toEqual({ checked: ['talk'], own: [] });
    expect(input.sent.map((e) => e.type)).toEqual(['course.start', 'nav.goto']);
  });
});
// #endregion

// #region Plan
describe('a plan', () => {
  it('gathers its checklist and reflection as the learner answers', () => {
    openSamplePage('page-plan');
    expect(textOf(plan())).toMatchInlineSnapshot(
      `"My self-care plan Your plan stays on this device. What gives you energy after a hard day? Nothing yet. Pick what you will try this week. Nothing yet. Support is there for you If someone's life is in danger, call 112 now. Emergency services Emergency Phone: 112 Lakeside volunteer wellbeing line Organisation Phone: +44 20 7946 0123 Hours: Every day, 8:00 to 20:00 Lakeside listening line Helpline Phone: +44 20 7946 0456 East shore peer group Peer support · East shore Phone: +44 20 7946 0789 Print Download Download as text"`,
    );
    fireEvent.input(screen.getByRole('textbox', { name: /gives you energy/ }), {
      target: { value: 'A walk\nTea with Sara' },
    });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Keep regular sleep times' }));
    fireEvent.input(screen.getByRole('textbox', { name: 'Add your own' }), {
      target: { value: 'Switch off the phone' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(textOf(plan())).toMatchInlineSnapshot(
      `"My self-care plan Your plan stays on this device. What gives you energy after a hard day? A walk Tea with Sara Pick what you will try this week. Keep regular sleep times Switch off the phone Support is there for you If someone's life is in danger, call 112 now. Emergency services Emergency Phone: 112 Lakeside volunteer wellbeing line Organisation Phone: +44 20 7946 0123 Hours: Every day, 8:00 to 20:00 Lakeside listening line Helpline Phone: +44 20 7946 0456 East shore peer group Peer support · East shore Phone: +44 20 7946 0789 Print Download Download as text"`,
    );
  });

  /** Catches the file the next download would save. */
  function catchDownload() {
    const caught: { name?: string; blob?: Blob } = {};
    URL.createObjectURL = vi.fn((b: Blob) => {
      caught.blob = b;
      return 'blob:plan';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      caught.name = `${this.download} ${this.href}`;
    });
    return caught;
  }

  it('downloads as a text file named after the plan', async () => {
    localStorage.setItem(KEY('reflect-energy'), JSON.stringify('Music'));
    localStorage.setItem(KEY('care-list'), JSON.stringify({ checked: ['walk'], own: ['Rest'] }));
    openSamplePage('page-plan');
    const caught = catchDownload();
    fireEvent.click(within(plan()).getByRole('button', { name: 'Download as text' }));
    const { name: downloaded, blob } = caught;
    expect(downloaded).toBe('My self-care plan.txt blob:plan');
    expect(blob!.type).toBe('text/plain;charset=utf-8');
    expect((await blob!.text()).replace('\ufeff', '')).toMatchInlineSnapshot(`
      "My self-care plan
      =================

      What gives you energy after a hard day?
      Music

      Pick what you will try this week.
      - Take a short walk
      - Rest
      "
    `);
  });

  it("downloads as a printable page with headings, the learner's own lines and the support contacts", async () => {
    // The page's code is a part (plan-page.js) the player loads on demand; registering it here stands in for the script.
    await import('../../src/player/plan-page/main.ts');
    localStorage.setItem(KEY('reflect-energy'), JSON.stringify('Music <b>loud</b>'));
    localStorage.setItem(KEY('care-list'), JSON.stringify({ checked: ['walk'], own: ['Rest'] }));
    openSamplePage('page-plan');
    const caught = catchDownload();
    fireEvent.click(within(plan()).getByRole('button', { name: 'Download' }));
    await vi.waitFor(() => expect(caught.name).toBe('My self-care plan.html blob:plan'));
    expect(caught.blob!.type).toBe('text/html;charset=utf-8');
    const page = new DOMParser().parseFromString(await caught.blob!.text(), 'text/html');
    expect([page.documentElement.lang, page.title]).toEqual(['en', 'My self-care plan']);
    expect(page.querySelector('b')).toBeNull();
    expect([...page.body.children].map((el) => `${el.tagName}: ${textOf(el)}`)).toMatchInlineSnapshot(`
      [
        "H1: My self-care plan",
        "P: Your plan stays on this device.",
        "H2: What gives you energy after a hard day?",
        "DIV: Music <b>loud</b>",
        "H2: Pick what you will try this week.",
        "UL: Take a short walk Rest",
        "H2: Support is there for you",
        "P: If someone's life is in danger, call 112 now.",
        "H3: Emergency services",
        "UL: Phone: 112",
        "H3: Lakeside volunteer wellbeing line",
        "UL: Phone: +44 20 7946 0123 Hours: Every day, 8:00 to 20:00",
        "H3: Lakeside listening line",
        "UL: Phone: +44 20 7946 0456",
        "H3: East shore peer group",
        "UL: Phone: +44 20 7946 0789",
      ]
    `);
  });

  it('prints with only the plan marked for the printout', () => {
    openSamplePage('page-plan');
    let marked: boolean[] = [];
    window.print = vi.fn(() => {
      marked = [document.documentElement.hasAttribute('data-printing'), plan().hasAttribute('data-print-target')];
    });
    fireEvent.click(within(plan()).getByRole('button', { name: 'Print' }));
    expect(marked).toEqual([true, true]);
    window.dispatchEvent(new Event('afterprint'));
    expect(document.documentElement.hasAttribute('data-printing')).toBe(false);
    expect(plan().hasAttribute('data-print-target')).toBe(false);
  });

  it('names the file without characters file systems refuse', () => {
    expect(planFileName('Plan: me/you?')).toBe('Plan me you.txt');
    expect(planFileName('خطتي للرعاية الذاتية')).toBe('خطتي للرعاية الذاتية.txt');
  });
});
// #endregion

// #region Storage
describe('the device store', () => {
  it('keeps values in memory when localStorage refuses them', () => {
    const refusing = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    const store = createDeviceStore('sample', 'learner-1', refusing);
    store.set('reflect-energy', 'kept for this visit');
    expect(store.get('reflect-energy')).toBe('kept for this visit');
  });

  it('works when there is no storage at all', () => {
    const store = createDeviceStore('sample', 'learner-1', undefined);
    store.set('care-list', { checked: ['walk'], own: [] });
    expect(store.get('care-list')).toEqual({ checked: ['walk'], own: [] });
  });

  it('keys values by course, learner and block', () => {
    const store = createDeviceStore('sample', 'learner-9', localStorage);
    store.set('reflect-energy', 'x');
    expect(localStorage.getItem('pss-device:sample:learner-9:reflect-energy')).toBe('"x"');
    expect(createDeviceStore('sample', 'learner-1', localStorage).get('reflect-energy')).toBeUndefined();
  });
});
// #endregion

// #region Storage limits
describe('a full device storage', () => {
  const full = () =>
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });

  it('shows the reflection’s limit as the learner writes, and the box stops there', () => {
    openSamplePage('page-plan');
    const box = screen.getByRole<HTMLTextAreaElement>('textbox', { name: /gives you energy/ });
    expect(box.maxLength).toBe(2000);
    fireEvent.input(box, { target: { value: 'A walk by the river' } });
    expect(textOf(document.getElementById('reflect-energy-count'))).toMatchInlineSnapshot(`"Characters: 19 of 2,000"`);
  });

  it('shows the limit of an item of the learner’s own in a checklist', () => {
    openSamplePage('page-plan');
    const own = screen.getByRole<HTMLInputElement>('textbox', { name: 'Add your own' });
    expect(own.maxLength).toBe(200);
    fireEvent.input(own, { target: { value: 'Cook a meal' } });
    expect(textOf(document.getElementById(own.getAttribute('aria-describedby')!))).toMatchInlineSnapshot(
      `"Characters: 11 of 200"`,
    );
  });

  it('says where the learner writes that the text was not saved, and that it stays until the window closes', () => {
    full();
    openSamplePage('page-plan');
    const box = screen.getByRole('textbox', { name: /gives you energy/ });
    fireEvent.input(box, { target: { value: 'A walk by the river' } });
    const note = document.getElementById('reflect-energy-note')!;
    expect(note.getAttribute('role')).toBe('alert');
    expect(textOf(note)).toMatchInlineSnapshot(
      `"This browser could not save what you wrote (its storage is full or turned off). It stays here until you close this window, so copy it somewhere safe."`,
    );
    // Kept for this visit: the box still holds it.
    expect(box).toHaveProperty('value', 'A walk by the river');
  });

  it('says the same under a checklist whose ticks could not be saved', () => {
    full();
    openSamplePage('page-plan');
    const list = screen.getByRole('group', { name: 'Pick what you will try this week.' });
    fireEvent.click(within(list).getByRole('checkbox', { name: 'Talk with a friend' }));
    expect(textOf(document.getElementById('care-list-note'))).toMatch(/^This browser could not save what you wrote/);
  });
});
// #endregion
