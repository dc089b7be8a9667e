/**
 * Go straight to any page, through the engine (nav.goto). The engine decides: a locked
 * page in a linear course is refused, and the inspector says so instead of forcing it.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Course } from '../course/types.ts';
import type { PreviewSession } from './preview-session.ts';

export function PageJump({ preview, course, pageId }: { preview: PreviewSession; course: Course; pageId: string }) {
  const [target, setTarget] = useState(pageId);
  const [message, setMessage] = useState('');
  // Follow the learner, so the list opens where they are.
  useEffect(() => setTarget(pageId), [pageId]);
  return (
    <form
      class="page-jump"
      onSubmit={(e) => {
        e.preventDefault();
        setMessage(preview.jumpTo(target));
      }}
    >
      <label for="jump-page">Page</label>
      <select id="jump-page" value={target} onChange={(e) => setTarget(e.currentTarget.value)}>
        {course.lessons.map((lesson) => (
          <optgroup key={lesson.id} label={lesson.title}>
            {lesson.pages.map((page) => (
              <option key={page.id} value={page.id}>
                {page.title} ({page.id})
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <button type="submit" class="button">
        Go
      </button>
      <p role="status" class="jump-status">
        {message}
      </p>
    </form>
  );
}
