/**
 * A lesson's opening, under the heading of its first page: the lesson's picture, what the
 * learner will do, and about how long it takes. The minutes are the course's estimate
 * shared out by pages, which is close enough for "about".
 */
import type { Course, Lesson } from '../../course/types.ts';
import { Icon } from '../Icon.tsx';
import { fill } from '../i18n/fill.ts';
import { Markdown } from '../Markdown.tsx';
import { PagePicture } from '../PagePicture.tsx';
import { usePlayer } from '../use-player.ts';

/** About how many minutes a lesson takes, never less than one. */
export function lessonMinutes(course: Course, lesson: Lesson): number {
  const pages = course.lessons.reduce((sum, l) => sum + l.pages.length, 0);
  return Math.max(1, Math.round((course.estimatedMinutes * lesson.pages.length) / pages));
}

export function LessonOpening({ lesson }: { lesson: Lesson }) {
  const { input, t, fmt } = usePlayer();
  return (
    <div class="lesson-opening">
      {lesson.image && <PagePicture picture={lesson.image} class="lesson-picture" />}
      {lesson.description && <Markdown text={lesson.description} />}
      <p class="meta">
        <Icon name="clock" />
        {fill(t.duration, fmt.minutes(lessonMinutes(input.course, lesson)))}
      </p>
    </div>
  );
}
