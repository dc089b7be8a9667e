/** Every course folder with its languages, time and validation status; valid ones open in the player. */
import { useCourseList } from './catalog-client.ts';
import { ProblemList, problemCount } from './ProblemList.tsx';
import type { CourseSummary } from './preview-types.ts';
import { courseHref } from './route.ts';

export function CourseList() {
  const list = useCourseList();
  if (list.state === 'loading') return <p role="status">Validating the courses…</p>;
  if (list.state !== 'ready') return <p role="alert">{list.message}</p>;
  const { root, courses } = list.data;
  const broken = courses.filter((c) => !c.ok);
  return (
    <>
      <h1>Courses</h1>
      {courses.length === 0 ? (
        <p>
          There is no course in {root}/ yet. Create one with <code>npm run new-course -- &lt;id&gt;</code>; it appears
          here by itself.
        </p>
      ) : (
        <table class="course-table">
          <caption>
            Every folder in {root}/, validated as <code>npm run validate</code> does. The list follows your edits.
          </caption>
          <thead>
            <tr>
              <th scope="col">Course</th>
              <th scope="col">Id</th>
              <th scope="col">Languages</th>
              <th scope="col">Time</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {courses.map((course) => (
              <CourseRow key={course.key} course={course} />
            ))}
          </tbody>
        </table>
      )}
      {broken.map((course) => (
        <section key={course.key} class="course-problems" aria-labelledby={`problems-${course.key}`}>
          <h2 id={`problems-${course.key}`}>
            {course.folder}: {problemCount(course.problems.length)}
          </h2>
          <ProblemList problems={course.problems} />
        </section>
      ))}
      <p class="hint">
        New course: <code>npm run new-course -- &lt;id&gt;</code>. Check from a terminal: <code>npm run validate</code>.
      </p>
    </>
  );
}

function CourseRow({ course }: { course: CourseSummary }) {
  const title = course.title ?? course.key;
  return (
    <tr data-course={course.key}>
      <th scope="row">{course.ok ? <a href={courseHref(course.key)}>{title}</a> : title}</th>
      <td>
        <code>{course.id}</code>
      </td>
      <td>
        {course.languages.length ? (
          <ul class="inline-list" aria-label={`Open ${title} in`}>
            {course.languages.map((l) => (
              <li key={l.language}>
                <a href={courseHref(course.key, l.language)} lang={l.language} title={l.title}>
                  {l.language}
                </a>
              </li>
            ))}
          </ul>
        ) : (
          '—'
        )}
      </td>
      <td>{course.estimate ? `~${course.estimate.minutes} min (declared ${course.estimate.declared})` : '—'}</td>
      <td class={course.ok ? 'status-ok' : 'status-bad'}>
        {course.ok ? (
          <span>
            <span aria-hidden="true">✓</span> valid
          </span>
        ) : (
          <a href={`#problems-${course.key}`}>{problemCount(course.problems.length)}</a>
        )}
      </td>
    </tr>
  );
}
