/** One page of a lesson: its blocks, the content note when the page is sensitive, and Previous / Next. */
import { indexCourse } from '../../engine/course-index.ts';
import { Block } from '../blocks/Block.tsx';
import { usePlayer, useSelector } from '../use-player.ts';
import { ContentNote } from './ContentNote.tsx';
import { LandingHeading } from './LandingHeading.tsx';
import { PageNav } from './PageNav.tsx';

export function PageScreen() {
  const { input } = usePlayer();
  const pageId = useSelector((s) => s.context.pageId);
  const entry = indexCourse(input.course).pageById.get(pageId);
  if (!entry) return null;
  const { page, lesson } = entry;
  return (
    // Keyed by page, so drafts (a half-built answer) never leak from one page to the next.
    <div class="page" key={page.id}>
      <p class="eyebrow">{lesson.title}</p>
      <LandingHeading>{page.title}</LandingHeading>
      {page.sensitive && <ContentNote />}
      {page.blocks.map((block) => (
        <Block key={block.id} block={block} />
      ))}
      <PageNav />
    </div>
  );
}
