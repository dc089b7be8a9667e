/** Before the course: what it is about, how long it takes, the content note, then Start. */

import { fill } from '../i18n/fill.ts';
import { Markdown } from '../Markdown.tsx';
import { usePlayer } from '../use-player.ts';
import { ContentNote } from './ContentNote.tsx';
import { LandingHeading } from './LandingHeading.tsx';

export function IntroScreen() {
  const { input, t, fmt, send } = usePlayer();
  const { course } = input;
  return (
    <>
      <LandingHeading>{t.aboutCourse}</LandingHeading>
      <Markdown text={course.description} />
      <p class="meta">{fill(t.duration, fmt.minutes(course.estimatedMinutes))}</p>
      <h3>{t.objectives}</h3>
      <ul>
        {course.objectives.map((objective) => (
          <li key={objective.id}>{objective.text}</li>
        ))}
      </ul>
      <ContentNote />
      <div class="actions">
        <button type="button" class="button primary" onClick={() => send({ type: 'course.start' })}>
          {t.start}
        </button>
      </div>
    </>
  );
}
