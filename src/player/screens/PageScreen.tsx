/**
 * One page of a lesson: where it sits, its heading, the lesson's opening on the lesson's
 * first page, the content note when the page is sensitive, its blocks, and Previous / Next.
 */
import type { Page } from '../../course/types.ts';
import { indexCourse } from '../../engine/course-index.ts';
import { Block } from '../blocks/Block.tsx';
import { fill } from '../i18n/fill.ts';
import { usePlayer, useSelector } from '../use-player.ts';
import { ContentNote } from './ContentNote.tsx';
import { LandingHeading } from './LandingHeading.tsx';
import { Later } from './Later.tsx';
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
      <Blocks page={page} />
    </div>
  );
}

/**
 * How many blocks come with the heading on a turn: on a phone, the eyebrow, heading and
 * first block fill the first screen, or the lesson's opening does.
 */
const FIRST_BLOCKS = 1;

/**
 * The page's blocks and Previous / Next. On a turn the first block comes with the heading;
 * the rest (Previous and Next among them, at the bottom) come a frame later (Later.tsx): a
 * turn's median fell from 71 to 58 ms, its 90th percentile from 106 to 91 ms, in three
 * walks each of self-care/en at 4x CPU (issue 16).
 */
function Blocks({ page }: { page: Page }) {
  return (
    <>
      {page.blocks.slice(0, FIRST_BLOCKS).map((block) => (
        <Block key={block.id} block={block} />
      ))}
      <Later now={page.blocks.length <= FIRST_BLOCKS}>
        {() => (
          <>
            {page.blocks.slice(FIRST_BLOCKS).map((block) => (
              <Block key={block.id} block={block} />
            ))}
            <PageNav />
          </>
        )}
      </Later>
    </>
  );
}
