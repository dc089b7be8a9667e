/**
 * Keeps one PreviewSession per course language open in the page: created when the course
 * first validates, updated (keeping the learner's place) when an edit brings a new valid
 * version, switched when the author picks another LMS, disposed when the page moves on.
 */
import { useEffect, useReducer, useRef, useState } from 'preact/hooks';
import type { Course, Organisation } from '../course/types.ts';
import type { TrackingMode } from '../scorm/scorm-version.ts';
import { PreviewSession, type PreviewState } from './preview-session.ts';

export interface PlayableCourse {
  course: Course;
  organisation: Organisation;
  /** The folder's version: a new one means the files changed. */
  version: string;
}

export function usePreviewSession(
  identity: string,
  playable: PlayableCourse | undefined,
  standard: TrackingMode,
): PreviewSession | undefined {
  const [preview, setPreview] = useState<PreviewSession>();
  const seen = useRef<{ identity: string; version: string; standard: TrackingMode } | undefined>(undefined);

  useEffect(() => {
    if (!playable) return; // Invalid for now: keep the session, so the fixed course resumes from it.
    const last = seen.current;
    if (!preview || last?.identity !== identity) {
      const created = new PreviewSession(playable.course, playable.organisation, standard);
      seen.current = { identity, version: playable.version, standard };
      setPreview(created);
      void created.start();
      return;
    }
    if (last.version !== playable.version) void preview.update(playable.course, playable.organisation);
    if (last.standard !== standard) void preview.switchStandard(standard);
    seen.current = { identity, version: playable.version, standard };
  }, [identity, playable?.version, standard, preview]);

  // Disposed when replaced, and when the course view closes.
  useEffect(() => () => preview?.dispose(), [preview]);
  return preview;
}

/** The session's state, re-read at most once a frame however many LMS calls arrive. */
export function usePreviewState(preview: PreviewSession): PreviewState {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const rendered = useRef(preview.state);
  rendered.current = preview.state;
  useEffect(() => {
    let frame = 0;
    const stop = preview.subscribe(() => {
      if (!frame)
        frame = requestAnimationFrame(() => {
          frame = 0;
          rerender(0);
        });
    });
    // The session may have moved on between render and this effect.
    if (preview.state !== rendered.current) rerender(0);
    return () => {
      cancelAnimationFrame(frame);
      stop();
    };
  }, [preview]);
  return preview.state;
}
