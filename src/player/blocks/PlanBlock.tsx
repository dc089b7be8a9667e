/**
 * The learner's plan, gathered live from its source checklists and reflections on this
 * device. Print shows just the plan and the support contacts (see the print rules in
 * player.css); Download saves it as a page of its own that prints the same way, and
 * Download as text keeps the plain text file for any device.
 */
import { useRef } from 'preact/hooks';
import { textDirection } from '../../course/language.ts';
import type { BlockOf } from '../../course/types.ts';
import { planFileName, planSections, planText } from '../device-answers.ts';
import { Icon } from '../Icon.tsx';
import { loadPart } from '../load-part.ts';
import { Markdown } from '../Markdown.tsx';
import type { PlanPagePart } from '../plan-page/plan-page-part.ts';
import { saveFile } from '../save-file.ts';
import { useDeviceStore } from '../use-device-value.ts';
import { usePlayer } from '../use-player.ts';
import { ContactsBlock } from './ContactsBlock.tsx';

export function PlanBlock({ block }: { block: BlockOf<'plan'> }) {
  const { input, t } = usePlayer();
  const { course } = input;
  const { contacts } = input.organisation;
  // Live, so the plan follows the learner's typing on the same page.
  const store = useDeviceStore();
  const sections = planSections(course, block, store);
  const root = useRef<HTMLDivElement>(null);

  const print = () => {
    const html = document.documentElement;
    html.setAttribute('data-printing', '');
    root.current?.setAttribute('data-print-target', '');
    const done = () => {
      html.removeAttribute('data-printing');
      root.current?.removeAttribute('data-print-target');
    };
    // Some mobile browsers return from print() before printing, so clean up after it instead.
    window.addEventListener('afterprint', done, { once: true });
    window.print();
  };

  // The byte order mark lets older editors see the text is UTF-8 (Arabic, accents).
  const downloadText = () =>
    saveFile(
      `\ufeff${planText(block.title, sections, t.nothingYet)}`,
      planFileName(block.title),
      'text/plain;charset=utf-8',
    );

  const download = () => {
    const dir = textDirection(course.language, course.direction);
    const input = { lang: course.language, dir, title: block.title, intro: block.intro, sections, contacts, t };
    // The page's code loads only now; when it cannot (offline, say), the text file still can.
    loadPart<PlanPagePart>('plan-page').then(
      ({ planPage }) => saveFile(planPage(input), planFileName(block.title, 'html'), 'text/html;charset=utf-8'),
      downloadText,
    );
  };

  return (
    <div class="block plan" ref={root}>
      <h3>{block.title}</h3>
      {block.intro && <Markdown text={block.intro} />}
      {sections.map((section) => (
        <div class="plan-section" key={section.id}>
          <h4>{section.heading}</h4>
          {!section.lines.length ? (
            <p class="hint">{t.nothingYet}</p>
          ) : section.kind === 'checklist' ? (
            <ul>
              {section.lines.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          ) : (
            section.lines.map((line, i) => <p key={i}>{line}</p>)
          )}
        </div>
      ))}
      <div class="print-only">
        <ContactsBlock block={{ id: `${block.id}-contacts`, title: t.supportTitle }} directory={false} />
      </div>
      <div class="actions no-print">
        <button type="button" class="button secondary" onClick={print}>
          <Icon name="print" />
          {t.print}
        </button>
        <button type="button" class="button secondary" onClick={download}>
          <Icon name="download" />
          {t.download}
        </button>
        <button type="button" class="button secondary" onClick={downloadText}>
          {t.downloadText}
        </button>
      </div>
    </div>
  );
}
