/**
 * Defence in depth: a course whose every text field is an XSS corpus, packaged without the
 * validator (which refuses raw HTML and unsafe links), walked from intro to resume in
 * Chromium. Nothing may run, no dialog may open, no element may carry an event handler,
 * a script URL, injected markup or injected style, and the payloads must show as words.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Course, Organisation } from '../../../src/course/types.ts';
import { loadCourse } from '../../support/courses.ts';
import { organisationFor } from '../../support/organisations.ts';
import { openPlayer, useChromium } from './support/browser.ts';
import { CORPUS, PAYLOADS, poison, ran } from './support/hostile-course.ts';
import { walkCourse } from './support/learner.ts';
import { packageUnvalidated } from './support/unvalidated-package.ts';

const FOLDER = 'tests/fixtures/courses/sample';
const chromium = useChromium();
const sample = loadCourse(FOLDER)[0]!;

/**
 * The sample course and its organisation with every text field poisoned, plus hostile values
 * where the player builds attributes, links and the root's style.
 */
function hostileCourse(): { course: Course; organisation: Organisation } {
  const course = poison(structuredClone(sample.course));
  const blocks = course.lessons.flatMap((l) => l.pages.flatMap((p) => p.blocks));
  for (const block of blocks) {
    if (block.type === 'reveal' && block.style === 'cards') block.id = `cards" onfocus="${ran('block-id')}`;
    if (block.type === 'callout') (block as { variant: string }).variant = `tip" onmouseover="${ran('variant')}`;
    if (block.type === 'image')
      block.src = `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${ran('image-src')}"/>`;
  }
  course.cover!.src = `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${ran('cover-src')}"/>`;
  course.furtherLearning![0]!.url = `javascript:${ran('further-url')}`;
  const organisation = poison(structuredClone(organisationFor('en')));
  organisation.logo!.src = `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${ran('logo-src')}"/>`;
  organisation.colours = {
    '--org-brand': `red;background-image:url("javascript:${ran('colour')}")`,
    '--org-on-brand" onmouseover="x': '#ffffff',
  };
  organisation.services.push({
    id: 'hostile',
    layer: 'psychological-support',
    name: `Service ${CORPUS}`,
    offers: CORPUS,
    serves: CORPUS,
    languages: ['en'],
    url: `javascript:${ran('service-url')}`,
    phone: `+41<img src=x onerror=${ran('service-phone')}>`,
  });
  const { contacts } = organisation.contacts;
  contacts.push({
    id: 'hostile',
    kind: 'helpline',
    name: `Helpline ${CORPUS}`,
    url: `javascript:${ran('contact-url')}`,
    email: `x@example.org"><script>${ran('contact-email')}</script>`,
    phone: `+41<img src=x onerror=${ran('contact-phone')}>`,
  });
  return { course, organisation };
}

/** Everything on the page now that is not inert: ran payloads, handlers, script URLs, injected elements and style. */
function activeContent(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const flag = (window as unknown as { xssRan?: string }).xssRan;
    if (flag !== undefined) problems.push(`a payload ran: ${flag}`);
    const where = (el: Element) =>
      `<${el.tagName.toLowerCase()}${el.id ? ` id="${el.id}"` : ''}${el.getAttribute('class') ? ` class="${el.getAttribute('class')}"` : ''}>`;
    // The player's own icons: one path each, with nothing but these attributes.
    const isIcon = (svg: Element) =>
      /^icon icon-[a-z]+$/.test(svg.getAttribute('class') ?? '') &&
      [...svg.attributes].every((a) => ['class', 'viewBox', 'aria-hidden', 'focusable'].includes(a.name)) &&
      svg.children.length === 1 &&
      svg.children[0]!.tagName === 'path' &&
      svg.children[0]!.attributes.length === 1;
    for (const el of document.querySelectorAll('*')) {
      for (const { name, value } of el.attributes) {
        if (/^on/i.test(name)) problems.push(`${where(el)} has the handler ${name}="${value}"`);
        if (/^(href|action|formaction|xlink:href)$/i.test(name) && /^\s*(javascript|data|vbscript):/i.test(value))
          problems.push(`${where(el)} links to ${value}`);
        // The progress bar's width, and the organisation's colours on the player root, are the only inline styles.
        const colours = el.matches('.player') && /^(?:\s*--org-[a-z-]+:\s*#[0-9a-f]{6};?)+\s*$/i.test(value);
        if (name === 'style' && !el.matches('.progress-fill') && !colours)
          problems.push(`${where(el)} has the style "${value}"`);
      }
    }
    for (const el of document.querySelectorAll(
      '#app :is(script, style, link, meta, base, iframe, frame, object, embed, svg, math, template, body, form[action], [autofocus])',
    )) {
      if (!(el.tagName === 'svg' && isIcon(el))) problems.push(`injected ${where(el)}`);
    }
    // player.css (inline in index.html), and the styles page.js, ending.js and the certificate add once they have loaded.
    const sheets = [...document.styleSheets].filter(
      (sheet) =>
        !(sheet.ownerNode as Element | null)?.matches(
          'style#pss-certificate-style, style#pss-part-page, style#pss-part-ending',
        ),
    );
    if (sheets.length !== 1 || !(sheets[0]!.ownerNode as Element).matches('head > style#pss-player-style'))
      problems.push(`${sheets.length} style sheets, where player.css (style#pss-player-style) is the only one`);
    if (getComputedStyle(document.querySelector('main')!).display === 'none') problems.push('main is hidden');
    return problems;
  });
}

/** The hostile helpline as shown: its name, and each way to reach it with its link target. */
function hostileContact(page: Page) {
  return page
    .locator('.contact[data-kind="helpline"]')
    .last()
    .evaluate((li) => ({
      name: li.querySelector('h3, h4')!.textContent,
      ways: [...li.querySelectorAll('.contact-ways li')].map((way) => ({
        text: way.textContent,
        href: way.querySelector('a')?.getAttribute('href') ?? null,
      })),
    }));
}

describe('hostile course text in the browser', () => {
  const { course, organisation } = hostileCourse();
  let dir: string;
  beforeAll(async () => {
    dir = await packageUnvalidated(course, organisation, `${FOLDER}/media`);
  });

  it('runs nothing, opens no dialog and renders no active content on any screen, learner input included', async () => {
    const player = await openPlayer(chromium(), dir);
    const dialogs: string[] = [];
    player.page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    const problems: string[] = [];
    let stops = 0;
    let contact: Awaited<ReturnType<typeof hostileContact>> | undefined;
    try {
      // The package really carries the corpus, unescaped, to the player.
      expect(
        await player.page.evaluate(() => JSON.parse(document.getElementById('course-data')!.textContent!).course.title),
      ).toBe(course.title);
      await walkCourse(
        player.page,
        course,
        async (stop) => {
          stops += 1;
          // Focus and hover every element, so a handler that did get in would fire.
          if (stop.page?.done)
            await player.page.evaluate(() =>
              document.querySelectorAll<HTMLElement>('#app *').forEach((el) => {
                el.focus();
                el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
              }),
            );
          problems.push(...(await activeContent(player.page)).map((p) => `${stop.label}: ${p}`));
          if (stop.page?.done && (await player.page.locator('.contact[data-kind="helpline"]').count()))
            contact = await hostileContact(player.page);
        },
        { typed: `Mine ${CORPUS}`, name: `<img src=x onerror="${ran('certificate-name')}">` },
      );
    } finally {
      await player.close();
    }
    expect(problems, problems.join('\n')).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(player.errors).toEqual([]);
    expect(stops).toBeGreaterThan(15);
    // The hostile contact shows its name as words, its javascript: address as words, and harmless mailto: and tel: links.
    expect(contact).toEqual({
      name: `Helpline ${CORPUS}`,
      ways: [
        { text: `Phone: +41<img src=x onerror=${ran('contact-phone')}>`, href: 'tel:+41' },
        {
          text: `Email: x@example.org"><script>${ran('contact-email')}</script>`,
          href: `mailto:x@example.org"><script>${ran('contact-email')}</script>`,
        },
        { text: `Website: javascript:${ran('contact-url')}`, href: null },
      ],
    });
  }, 90_000);

  it('shows the corpus as words: the title, Markdown paragraphs, and unsafe links as their label only', async () => {
    const player = await openPlayer(chromium(), dir);
    try {
      const { page } = player;
      // document.title collapses ASCII whitespace, as HTML says it must.
      expect(await page.title()).toBe(course.title.replace(/[\t\n\f\r ]+/g, ' ').replace(/^ | $/g, ''));
      expect(await page.locator('h1').textContent()).toBe(course.title);
      // Each payload is a paragraph of the description. Markup and entities stay as typed;
      // unsafe links keep only their words; the safe ones are links whose target is inert.
      const description = page.locator('main > .md').first();
      const paragraphs = await description.locator('p').allTextContents();
      const link = PAYLOADS.indexOf('[x](javascript:alert(1))');
      expect(paragraphs).toEqual([
        `description: ${PAYLOADS[0]}`,
        ...PAYLOADS.slice(1, link),
        // A space before the scheme no longer hides a link from the parser: it is unsafe, so its words only.
        ...['x', 'js', 'JS', 'data', 'vb', 'tab', 'colon', 'space'],
        'quote (opens in a new tab)',
        'mail',
        PAYLOADS[link + 10],
      ]);
      const links = await description.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links).toEqual([
        `https://example.org/"onmouseover="${ran('md-quote')}`,
        `mailto:x@example.org"onclick="${ran('md-mail')}`,
      ]);
    } finally {
      await player.close();
    }
  });

  it('reports a payload that runs, so the checks above can fail', async () => {
    const player = await openPlayer(chromium(), dir);
    try {
      await player.page.evaluate(
        (html) => document.querySelector('main')!.insertAdjacentHTML('beforeend', html),
        `<img src=x onerror="${ran('control')}">`,
      );
      await player.page.waitForFunction(() => 'xssRan' in window);
      expect(await activeContent(player.page)).toEqual([
        'a payload ran: control',
        `<img> has the handler onerror="${ran('control')}"`,
      ]);
    } finally {
      await player.close();
    }
  });
});
