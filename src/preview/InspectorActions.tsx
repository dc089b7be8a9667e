/** The inspector's actions: start over, come back as a returning learner, and an LMS that stops saving. */
import type { PreviewSession, PreviewState } from './preview-session.ts';

export function InspectorActions({ preview, state }: { preview: PreviewSession; state: PreviewState }) {
  const hasLms = !!state.lms;
  return (
    <>
      <div class="action">
        <button type="button" class="button" aria-describedby="reset-help" onClick={() => void preview.reset()}>
          Reset the attempt
        </button>
        <p id="reset-help" class="hint">
          A first launch: nothing saved in the LMS or the browser.
        </p>
      </div>
      <div class="action">
        <button type="button" class="button" aria-describedby="relaunch-help" onClick={() => void preview.relaunch()}>
          Relaunch from saved data
        </button>
        <p id="relaunch-help" class="hint">
          Closes the course (on pagehide the tracker ends the session) and opens it again from what the LMS stored, with
          entry "resume": test the resume question and what survives.
        </p>
      </div>
      <div class="action">
        <label>
          <input
            type="checkbox"
            checked={state.failCommits}
            disabled={!hasLms}
            aria-describedby="fail-help"
            onChange={(e) => preview.setFailCommits(e.currentTarget.checked)}
          />{' '}
          Make commits fail
        </label>
        <p id="fail-help" class="hint">
          Every Commit answers "false" with error 391. Watch the tracker retry and the learner's notice; untick to see
          it recover.
        </p>
      </div>
      <p role="status" class="action-status">
        {state.status}
      </p>
    </>
  );
}
