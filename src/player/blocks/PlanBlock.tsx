/**
 * The learner's plan, gathered live from its source checklists and reflections on this
 * device. Print shows just the plan (see the print rules in player.css); Download saves
 * it as a text file named after the plan.
 */
import { useRef } from 'preact/hooks';
import type { BlockOf } from '../../course/types.ts';
import { planFileName, planSections, planText } from '../device-answers.ts';
import { Markdown } from '../Markdown.tsx';
import { useDeviceStore } from '../use-device-value.ts';
import { usePlayer } from '../use-player.ts';

export function PlanBlock({ block }: { block: BlockOf<'plan'> }) {
  const { input, t } = usePlayer();
  // Live, so the plan follows the learner's typing on the same page.
  const store = useDeviceStore();
  const sections = planSections(input.course, block, store);
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

  const download = () => {
    // The byte order mark lets older editors see the text is UTF-8 (Arabic, accents).
    const blob = new Blob([`\ufeff${planText(block.title, sections, t.nothingYet)}`], {
      type: 'text/plain;charset=utf-8',
    });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = planFileName(block.title);
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
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
      <div class="actions no-print">
        <button type="button" class="button secondary" onClick={print}>
          {t.print}
        </button>
        <button type="button" class="button secondary" onClick={download}>
          {t.download}
        </button>
      </div>
    </div>
  );
}
