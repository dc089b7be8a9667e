/**
 * The end of a completed course: congratulations in one line, the outcome and score, the
 * certificate, what to do next (further learning, then the support contacts), and Close
 * the course in place of Pause and exit. What comes after the certificate follows a frame
 * later (issue 16).
 */
import type { CourseStatus } from '../../engine/selectors.ts';
import { ContactsBlock } from '../blocks/ContactsBlock.tsx';
import { Icon } from '../Icon.tsx';
import { fill } from '../i18n/fill.ts';
import { Markdown, SafeLink } from '../Markdown.tsx';
import { usePlayer } from '../use-player.ts';
import { CertificateOffer } from './CertificateOffer.tsx';
import { LandingHeading } from './LandingHeading.tsx';
import { Later } from './Later.tsx';

export function CompletionScreen({ status }: { status: CourseStatus }) {
  const { input, t, fmt, send } = usePlayer();
  const { course } = input;
  const passed = status.success === 'passed' && status.scorePercent !== undefined;
  return (
    <>
      <div class="celebrate" aria-hidden="true">
        <Icon name="award" />
      </div>
      <LandingHeading>{t.courseComplete}</LandingHeading>
      <p class="outcome">{passed ? fill(t.outcomePassed, fmt.percent(status.scorePercent! / 100)) : t.outcomeDone}</p>
      <CertificateOffer status={status} />
      {/* What to do next and the actions are below a phone's first screen: they follow a frame later (Later.tsx). */}
      <Later>
        {() => (
          <>
            {!!course.furtherLearning?.length && (
              <section class="further" aria-labelledby="further-heading">
                <h3 id="further-heading">{t.whatNext}</h3>
                <ul class="further-list">
                  {course.furtherLearning.map((item) => (
                    <li key={item.id}>
                      <h4>
                        {item.url ? (
                          <SafeLink href={item.url} newTab={t.opensInNewTab}>
                            {item.title}
                            <Icon name="link" />
                          </SafeLink>
                        ) : (
                          item.title
                        )}
                      </h4>
                      {item.description && <Markdown text={item.description} />}
                    </li>
                  ))}
                </ul>
              </section>
            )}
            <ContactsBlock block={{ id: 'support-at-the-end', title: t.supportTitle, intro: t.supportIntro }} />
            <div class="actions">
              <button type="button" class="button primary finish-button" onClick={() => send({ type: 'course.exit' })}>
                {t.finish}
              </button>
              <button type="button" class="button secondary" onClick={() => send({ type: 'nav.back' })}>
                {t.previous}
              </button>
            </div>
          </>
        )}
      </Later>
    </>
  );
}
