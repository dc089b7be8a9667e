/**
 * The LMS inspector beside the player: which LMS, what it holds, what the tracker called,
 * and actions to test resume, failures and navigation. Collapsed by default on narrow
 * screens, where it sits below the player.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { TrackingMode } from '../scorm/scorm-version.ts';
import { AnswerKey } from './AnswerKey.tsx';
import { ApiLog } from './ApiLog.tsx';
import { CmiTable } from './CmiTable.tsx';
import { InspectorActions } from './InspectorActions.tsx';
import { NoticeList } from './NoticeList.tsx';
import { PageJump } from './PageJump.tsx';
import type { PreviewSession } from './preview-session.ts';
import { StandardPicker } from './StandardPicker.tsx';
import { usePreviewState } from './use-preview-session.ts';

const wide = () => typeof matchMedia !== 'function' || matchMedia('(min-width: 64rem)').matches;

interface Props {
  preview: PreviewSession;
  /** The LMS the author asked for (the address says it), shown at once while the session switches. */
  standard: TrackingMode;
  onStandard: (standard: TrackingMode) => void;
}

export function Inspector({ preview, standard, onStandard }: Props) {
  const state = usePreviewState(preview);
  const [open, setOpen] = useState(wide);
  const session = state.session;
  const pageId = session?.actor.getSnapshot().context.pageId;
  return (
    <aside class="inspector" aria-labelledby="inspector-title">
      <div class="inspector-head">
        <h2 id="inspector-title">LMS inspector</h2>
        <button
          type="button"
          class="button small"
          aria-expanded={open}
          aria-controls="inspector-body"
          onClick={() => setOpen(!open)}
        >
          {open ? 'Hide' : 'Show'}
        </button>
      </div>
      <div id="inspector-body" hidden={!open}>
        <StandardPicker value={standard} onChange={onStandard} />
        <Part id="values" title="Values">
          <CmiTable lms={state.lms} recordLength={preview.savedPlace()?.record.length ?? 0} />
        </Part>
        <Part id="actions" title="Actions">
          <InspectorActions preview={preview} state={state} />
        </Part>
        {session && pageId && (
          <Part id="jump" title="Go to a page">
            <PageJump preview={preview} course={session.course} pageId={pageId} />
          </Part>
        )}
        <Part id="notices" title="Tracker notices">
          <NoticeList notices={state.notices} />
        </Part>
        <Part id="log" title="API calls">
          <ApiLog lms={state.lms} />
        </Part>
        {session && (
          <Part id="answers" title="Answers">
            <AnswerKey course={session.course} />
          </Part>
        )}
      </div>
    </aside>
  );
}

function Part({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="inspector-part" aria-labelledby={`part-${id}`}>
      <h3 id={`part-${id}`}>{title}</h3>
      {children}
    </section>
  );
}
