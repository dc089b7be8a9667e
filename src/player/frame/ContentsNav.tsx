/**
 * The table of contents: lessons with their progress, pages with their status, the
 * assessment and the summary. Locked entries stay in the list (so a screen reader hears
 * what is ahead) but are marked aria-disabled and send nothing. The engine decides what is
 * locked. On a phone the header's Menu button opens it; wider screens keep it beside the page.
 * A phone's closed list is not rendered at all: it is hidden there anyway, and rendering it
 * with every page's status and reachability on each turn cost a slow phone's turns (issue 16).
 */
import { useEffect, useState } from 'preact/hooks';
import { indexCourse } from '../../engine/course-index.ts';
import type { EngineEvent } from '../../engine/engine-events.ts';
import { type PageStatus, pageStatus } from '../../engine/page-status.ts';
import { assessmentStatus } from '../../engine/selectors.ts';
import { fill } from '../i18n/fill.ts';
import type { ScreenName } from '../screen-of.ts';
import { shallowEqual, usePlayer, useSelector } from '../use-player.ts';

/** Where player.css shows the contents beside the page instead of behind the Menu button. */
const BESIDE_THE_PAGE = '(min-width: 60em)';

/** Whether the contents sit beside the page; true where the browser cannot say (no matchMedia). */
function useBesideThePage(): boolean {
  const [query] = useState(() => (typeof matchMedia === 'function' ? matchMedia(BESIDE_THE_PAGE) : undefined));
  const [beside, setBeside] = useState(query?.matches ?? true);
  useEffect(() => {
    if (!query) return;
    const changed = () => setBeside(query.matches);
    changed();
    query.addEventListener?.('change', changed);
    return () => query.removeEventListener?.('change', changed);
  }, [query]);
  return beside;
}

interface Props {
  screen: ScreenName;
  /** Open on a phone (the Menu button); always shown on wider screens. */
  open: boolean;
  /** Closes the menu after the learner goes somewhere. */
  onGo: () => void;
}

export function ContentsNav(props: Props) {
  const { t } = usePlayer();
  const shown = useBesideThePage() || props.open;
  return (
    <nav class="toc" aria-label={t.contents}>
      <div id="toc-list" class="toc-list" data-open={props.open}>
        {shown && <ContentsList {...props} />}
      </div>
    </nav>
  );
}

function ContentsList({ screen, onGo }: Props) {
  const { input, t, fmt } = usePlayer();
  const { course } = input;
  const pages = indexCourse(course).pages;
  const statuses = useSelector((s) => pages.map(({ page }) => pageStatus(course, s.context, page.id)), shallowEqual);
  const reachable = useSelector(
    (s) => pages.map(({ page }) => s.can({ type: 'nav.goto', pageId: page.id })),
    shallowEqual,
  );
  const current = useSelector((s) => s.context.pageId);
  const assessment = useSelector((s) => assessmentProgress(assessmentStatus(course, s.context), !!s.context.attempt));
  const canAssessment = useSelector((s) => s.can({ type: 'assessment.open' }));
  const canSummary = useSelector((s) => s.can({ type: 'summary.open' }));
  const close = onGo;
  let n = 0;

  return (
    <ol>
      {course.lessons.map((lesson) => (
        <li key={lesson.id}>
          <span class="toc-lesson">
            {lesson.title}
            <span class="toc-count">
              {fill(
                t.lessonProgress,
                fmt.number(statuses.slice(n, n + lesson.pages.length).filter((s) => s === 'complete').length),
                fmt.number(lesson.pages.length),
              )}
            </span>
          </span>
          <ol>
            {lesson.pages.map((page) => (
              <li key={page.id}>
                <Entry
                  label={page.title}
                  status={statuses[n]!}
                  enabled={reachable[n++]!}
                  current={screen === 'page' && current === page.id}
                  event={{ type: 'nav.goto', pageId: page.id }}
                  onGo={close}
                />
              </li>
            ))}
          </ol>
        </li>
      ))}
      {course.assessment && (
        <li>
          <Entry
            label={course.assessment.title}
            status={assessment}
            enabled={canAssessment}
            current={screen.startsWith('assessment')}
            event={{ type: 'assessment.open' }}
            onGo={close}
          />
        </li>
      )}
      <li>
        <Entry
          label={t.summary}
          enabled={canSummary}
          current={screen === 'summary'}
          event={{ type: 'summary.open' }}
          onGo={close}
        />
      </li>
    </ol>
  );
}

function assessmentProgress(status: ReturnType<typeof assessmentStatus>, inAttempt: boolean): PageStatus {
  if (!status.unlocked) return 'locked';
  if (status.passed) return 'complete';
  return status.attemptsUsed > 0 || inAttempt ? 'in-progress' : 'available';
}

interface EntryProps {
  label: string;
  /** Shown as text; the summary has none. */
  status?: PageStatus;
  /** What the engine allows: snapshot.can(event). */
  enabled: boolean;
  current: boolean;
  event: EngineEvent;
  onGo: () => void;
}

function Entry({ label, status, enabled, current, event, onGo }: EntryProps) {
  const { t, send } = usePlayer();
  // Being there already is not a lock, although the assessment and summary cannot reopen themselves.
  const locked = !enabled && !current;
  return (
    <button
      type="button"
      class="toc-entry"
      data-status={locked ? 'locked' : status}
      aria-current={current ? 'page' : undefined}
      aria-disabled={locked ? 'true' : undefined}
      onClick={() => {
        if (locked || current) return;
        send(event);
        onGo();
      }}
    >
      <span class="toc-mark" aria-hidden="true" />
      <span class="toc-label">{label}</span>
      {status && <span class="toc-status">{t.pageStatus[status]}</span>}
      {!status && locked && <span class="toc-status">{t.pageStatus.locked}</span>}
    </button>
  );
}
