/**
 * One course in the player with the inspector beside it. The course follows the files:
 * an edit that keeps it valid reloads it where the learner was; an edit that breaks it
 * shows the problems here, worded as the CLI words them, until the file is fixed.
 */
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import type { TrackingMode } from '../scorm/scorm-version.ts';
import { useOpenedCourse } from './catalog-client.ts';
import { Inspector } from './Inspector.tsx';
import { PlayerHost } from './PlayerHost.tsx';
import { ProblemList, problemCount } from './ProblemList.tsx';
import type { PreviewSession } from './preview-session.ts';
import { courseHref } from './route.ts';
import { usePreviewSession, usePreviewState } from './use-preview-session.ts';

interface Props {
  courseKey: string;
  language?: string;
  standard: TrackingMode;
}

export function CourseView({ courseKey, language, standard }: Props) {
  const loaded = useOpenedCourse(courseKey);
  const opened = loaded.state === 'ready' ? loaded.data : undefined;
  const summary = opened?.summary;
  const chosen = opened && (language ? opened.languages.find((l) => l.language === language) : opened.languages[0]);
  const playable =
    summary?.ok && chosen
      ? { course: chosen.course, organisation: chosen.organisation, version: summary.version }
      : undefined;
  const preview = usePreviewSession(`${courseKey}/${language ?? ''}`, playable, standard);
  const pickStandard = (next: TrackingMode) => {
    location.hash = courseHref(courseKey, language, next);
  };
  const name = summary?.title ?? courseKey;
  // Several courses open in several tabs stay tellable apart.
  useEffect(() => {
    document.title = `${summary && !summary.ok ? '✖ ' : ''}${name} · Author preview`;
  }, [name, summary?.ok]);

  return (
    <div class="course-view">
      <nav class="course-bar" aria-label="Course">
        <a href="#/">← All courses</a>
        <span class="course-name">{name}</span>
        {opened && opened.languages.length > 1 && (
          <ul class="inline-list" aria-label="Language">
            {opened.languages.map((l) => (
              <li key={l.language}>
                <a
                  href={courseHref(courseKey, l.language, standard)}
                  lang={l.language}
                  aria-current={l === chosen ? 'page' : undefined}
                >
                  {l.language}
                </a>
              </li>
            ))}
          </ul>
        )}
      </nav>
      {summary && !summary.ok && (
        <section class="course-problems" role="alert" aria-labelledby="course-problems-title">
          <h2 id="course-problems-title">
            {summary.folder}: {problemCount(summary.problems.length)}
          </h2>
          <p>
            Fix {summary.problems.length === 1 ? 'it' : 'them'} and save: the course comes back by itself, where the
            learner was.
          </p>
          <ProblemList problems={summary.problems} />
        </section>
      )}
      <div class="workspace">
        {/* Not a landmark: the player's own <main> must stay a top-level landmark. */}
        <div class="player-pane">
          {loaded.state === 'loading' && <Message>Validating the course…</Message>}
          {(loaded.state === 'missing' || loaded.state === 'failed') && <Message>{loaded.message}</Message>}
          {summary?.ok && !chosen && <Message>This course has no valid language "{language}". Pick one above.</Message>}
          {preview && playable && <SessionPlayer preview={preview} />}
        </div>
        {preview && <Inspector preview={preview} standard={standard} onStandard={pickStandard} />}
      </div>
    </div>
  );
}

function SessionPlayer({ preview }: { preview: PreviewSession }) {
  const { session, status } = usePreviewState(preview);
  if (!session) return <Message>{status || 'Starting the session…'}</Message>;
  return <PlayerHost input={session} />;
}

/** Stands in for the player's own main landmark while there is no player. */
function Message({ children }: { children: ComponentChildren }) {
  return (
    <main class="pane-message">
      <p role="status">{children}</p>
    </main>
  );
}
