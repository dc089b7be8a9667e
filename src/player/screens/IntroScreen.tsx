/** Before the course: the cover, what it is about, how long it takes, what comes with it, the content note, then Start. */

import { Icon } from '../Icon.tsx';
import { fill } from '../i18n/fill.ts';
import { Markdown } from '../Markdown.tsx';
import { Picture } from '../Picture.tsx';
import { usePlayer, useSelector } from '../use-player.ts';
import { ContentNote } from './ContentNote.tsx';
import { LandingHeading } from './LandingHeading.tsx';

export function IntroScreen() {
  const { input, t, fmt, send } = usePlayer();
  const { course } = input;
  // Pressed before the LMS session has started (runtime/session.ts): the course goes on once it has.
  const starting = useSelector((s) => s.matches('starting'));
  return (
    <>
      <LandingHeading>{t.aboutCourse}</LandingHeading>
      {course.cover && <Picture picture={course.cover} class="cover" />}
      <Markdown text={course.description} />
      <ul class="chips">
        <li>
          <Icon name="clock" />
          {fill(t.duration, fmt.minutes(course.estimatedMinutes))}
        </li>
        <li>
          <Icon name="book" />
          {fill(t.lessons, fmt.number(course.lessons.length))}
        </li>
        <li>
          <Icon name="award" />
          {t.certificate.badge}
        </li>
      </ul>
      <h3>{t.objectives}</h3>
      <ul class="ticks">
        {course.objectives.map((objective) => (
          <li key={objective.id}>
            <Icon name="check" />
            {objective.text}
          </li>
        ))}
      </ul>
      <ContentNote />
      <div class="actions">
        <button
          type="button"
          class="button primary"
          aria-busy={starting ? 'true' : undefined}
          onClick={() => send({ type: 'course.start' })}
        >
          {t.start}
          <Icon name="next" />
        </button>
      </div>
    </>
  );
}
