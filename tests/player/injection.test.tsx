// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { Course } from '../../src/course/types.ts';
import { SafeLink } from '../../src/player/Markdown.tsx';
import type { ValidatedCourse } from '../../src/validator/validate-course.ts';
import { loadCourse, makeSession, organisationFor, renderPlayer } from './helpers.tsx';

const [mini] = loadCourse('mini') as [ValidatedCourse];
const IMG = '<img src=x onerror=alert(1)>';
const SVG = '<svg onload=alert(1)>';
const SCRIPT = '<script>alert(1)</script>';

/** The mini course with hostile strings in text the validator would refuse: the player must not rely on it. */
function hostileCourse(): Course {
  const course = structuredClone(mini.course);
  course.title = `Title ${SCRIPT}`;
  course.description = `Intro ${IMG} and [click](javascript:alert(1)) and ${SVG}`;
  const [first, second] = course.lessons[0]!.pages;
  first!.title = `Page ${SVG}`;
  first!.blocks[0] = {
    type: 'text',
    id: 'intro-text',
    title: `<b onmouseover=alert(1)>bold</b>`,
    body: `${IMG}\n\n- ${SCRIPT}\n- [x](javascript:alert(1))`,
  };
  const question = second!.blocks[0]!;
  if (question.type === 'single-choice') question.choices[0]!.text = `${IMG} choice`;
  return course;
}

function expectInert(root: Element) {
  expect(root.querySelectorAll('script, iframe, object, embed').length).toBe(0);
  // The only pictures drawn in the page are the player's own icons: one path each, hidden from screen readers.
  for (const svg of root.querySelectorAll('svg'))
    expect([svg.getAttribute('class'), svg.getAttribute('aria-hidden'), svg.innerHTML]).toEqual([
      expect.stringMatching(/^icon icon-[a-z]+$/),
      'true',
      expect.stringMatching(/^<path d="[\dMmLlHhVvZzAa., -]+"><\/path>$/),
    ]);
  // The only images are the organisation's logo and the course's own.
  expect([...root.querySelectorAll('img')].map((i) => i.getAttribute('src'))).toEqual([
    organisationFor('en').logo!.src,
    ...(root.querySelector('.block-image') ? ['media/listening.svg'] : []),
  ]);
  for (const el of root.querySelectorAll('*')) {
    expect([...el.attributes].filter((a) => a.name.startsWith('on'))).toEqual([]);
    expect(el.getAttribute('href') ?? '').not.toMatch(/^\s*javascript:/i);
  }
}

describe('hostile course text', () => {
  it('renders as inert text on the intro screen', () => {
    const { container } = renderPlayer(makeSession(hostileCourse()));
    expectInert(container);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(`Title ${SCRIPT}`);
    expect(container.textContent).toContain(`Intro ${IMG} and click and ${SVG}`);
  });

  it('renders as inert text on pages, in titles, lists and choices', () => {
    const input = makeSession({ ...hostileCourse(), navigation: 'free' });
    const { container } = renderPlayer(input);
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    expectInert(container);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(`Page ${SVG}`);
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('<b onmouseover=alert(1)>bold</b>');
    expect(container.querySelector('.block-text li')!.textContent).toBe(SCRIPT);
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expectInert(container);
    expect(screen.getByRole('radio', { name: `${IMG} choice` })).toBeTruthy();
  });

  it('never links to anything but http(s), mailto: and tel:, even when handed one directly', () => {
    const { container } = render(
      <>
        {/* biome-ignore lint/security/noScriptUrl: the unsafe link under test */}
        <SafeLink href="javascript:alert(1)" newTab="">
          one
        </SafeLink>
        <SafeLink href="data:text/html,<script>alert(1)</script>" newTab="">
          two
        </SafeLink>
        {/* biome-ignore lint/security/noScriptUrl: the unsafe link under test */}
        <SafeLink href=" JaVaScRiPt:alert(1)" newTab="">
          three
        </SafeLink>
        <SafeLink href="tel:+41 22 730 42 22" newTab="">
          four
        </SafeLink>
      </>,
    );
    expect(container.querySelectorAll('a')).toHaveLength(1);
    expect(container.querySelector('a')!.getAttribute('href')).toBe('tel:+41 22 730 42 22');
    expect(container.textContent).toBe('onetwothreefour');
  });

  it('shows a contact with a hostile address as words, not a link', () => {
    const contacts = { contacts: [{ id: 'x', kind: 'helpline' as const, name: 'Line', url: 'javascript:alert(1)' }] };
    const organisation = { ...organisationFor('en'), contacts };
    const course = structuredClone(mini.course);
    course.lessons[0]!.pages[0]!.blocks.push({ type: 'contacts', id: 'c' });
    const { container } = renderPlayer(makeSession(course, organisation));
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    expect(container.querySelector('.contacts')!.textContent).toContain('javascript:alert(1)');
    expectInert(container);
  });
});
