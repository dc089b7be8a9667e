/**
 * The certificate on the completion screen. Its code is a part of its own
 * (certificate.js), loaded only when the learner asks, so the first screen never pays
 * for it. What it shows comes from here: the name the LMS gave, the course, and the score
 * when the course is assessed; the part dates it today.
 */
import { useRef, useState } from 'preact/hooks';
import { textDirection } from '../../course/language.ts';
import type { CourseStatus } from '../../engine/selectors.ts';
import type { CertificatePart } from '../certificate/certificate-part.ts';
import { Icon } from '../Icon.tsx';
import { loadPart } from '../load-part.ts';
import { usePlayer } from '../use-player.ts';

export function CertificateOffer({ status }: { status: CourseStatus }) {
  const { input, t } = usePlayer();
  const { course } = input;
  const [state, setState] = useState<'offered' | 'failed' | 'shown'>('offered');
  const host = useRef<HTMLDivElement>(null);

  const get = () => {
    loadPart<CertificatePart>('certificate').then(
      (part) => {
        part.show(host.current!, {
          lang: course.language,
          dir: textDirection(course.language, course.direction),
          learnerName: input.learnerName,
          courseTitle: course.title,
          scorePercent: course.assessment ? status.scorePercent : undefined,
          organisation: input.organisation,
          print: t.print,
          download: t.download,
        });
        setState('shown');
      },
      () => setState('failed'),
    );
  };

  return (
    <section class="certificate-offer" aria-labelledby="certificate-heading">
      <h3 id="certificate-heading">{t.certificate.heading}</h3>
      {state !== 'shown' && (
        <>
          <p>{t.certificate.intro}</p>
          <div class="actions">
            <button type="button" class="button primary" onClick={get}>
              <Icon name="award" />
              {t.certificate.get}
            </button>
          </div>
        </>
      )}
      {state === 'failed' && (
        <p class="hint" role="alert">
          {t.certificate.failed}
        </p>
      )}
      {/* The certificate part fills this; Preact leaves what it did not render alone. */}
      <div class="certificate-host" ref={host} />
    </section>
  );
}
