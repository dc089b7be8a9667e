/**
 * One page of a lesson: where it sits, its heading, the lesson's opening on the lesson's
 * first page, the content note when the page is sensitive, its blocks, and Previous / Next.
 */
import { indexCourse } from '../../engine/course-index.ts';
import { Block } from '../blocks/Block.tsx';
import { fill } from '../i18n/fill.ts';
import { usePlayer, useSelector } from '../use-player.ts';
import { ContentNote } from './ContentNote.tsx';
import { LandingHeading } from './LandingHeading.tsx';
import { LessonOpening } from './LessonOpening.tsx';
import { PageNav } from './PageNav.tsx';

export function PageScreen() {
  const { input, t, fmt } = usePlayer();
  const { course } = input;
  const pageId = useSelector((s) => s.context.pageId);
  const entry = indexCourse(course).pageById.get(pageId);
  if (!entry) return null;
  const { page, lesson } = entry;
  const number = course.lessons.indexOf(lesson) + 1;
  return (
    // Keyed by page, so drafts (a half-built answer) never leak from one page to the next.
    <div class="page" key={page.id}>
      <p class="eyebrow">
        <span class="lesson-number">{fill(t.lessonOf, fmt.number(number), fmt.number(course.lessons.length))}</span>
        {' · '}
        {lesson.title}
      </p>
      <LandingHeading>{page.title}</LandingHeading>
      {lesson.pages[0] === page && <LessonOpening lesson={lesson} />}
      {page.sensitive && <ContentNote />}
      {page.blocks.map((block) => (
        <Block key={block.id} block={block} />
      ))}
      <PageNav />
    </div>
  );
}
