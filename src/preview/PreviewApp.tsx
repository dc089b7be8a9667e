/** The author preview: the course list, or one course with its inspector. */
import { useEffect } from 'preact/hooks';
import { CourseList } from './CourseList.tsx';
import { CourseView } from './CourseView.tsx';
import { useRoute } from './route.ts';

export function PreviewApp() {
  const route = useRoute();
  useEffect(() => {
    if (route.view === 'list') document.title = 'Author preview · PSS courses';
  }, [route.view]);
  return (
    <>
      {/* Not a <header>: the player brings the page's banner, and a page has only one. */}
      <nav class="preview-header" aria-label="Author preview">
        <p class="preview-brand">
          <a href="#/">PSS author preview</a>
        </p>
        <p class="hint">Files are watched: save in your editor and this page follows.</p>
      </nav>
      {route.view === 'course' ? (
        <CourseView key={route.key} courseKey={route.key} language={route.language} standard={route.standard} />
      ) : (
        <main class="preview-main">
          <CourseList />
        </main>
      )}
    </>
  );
}
