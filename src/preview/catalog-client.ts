/**
 * The page's side of the preview server: fetches the course list and opened courses, and
 * refetches them whenever the server reports that files in a course folder changed.
 */
import { useEffect, useState } from 'preact/hooks';
import { CHANGE_EVENT, type ChangeMessage, type CourseList, ENDPOINT, type OpenedCourse } from './preview-types.ts';

export type Loaded<T> =
  | { state: 'loading' }
  | { state: 'ready'; data: T }
  | { state: 'missing'; message: string }
  | { state: 'failed'; message: string };

async function getJson<T>(path: string): Promise<Loaded<T>> {
  try {
    const response = await fetch(`${ENDPOINT}${path}`, { cache: 'no-store' });
    const body = (await response.json()) as T & { error?: string };
    if (response.status === 404) return { state: 'missing', message: body.error ?? 'Not found.' };
    if (!response.ok)
      return { state: 'failed', message: body.error ?? `The preview server answered ${response.status}.` };
    return { state: 'ready', data: body };
  } catch (error) {
    return {
      state: 'failed',
      message: `The preview server did not answer (${(error as Error).message}). Is \`npm run dev\` still running?`,
    };
  }
}

/** Calls back with the changed folder names; returns the unsubscribe function. */
export function onCoursesChanged(listener: (keys: string[]) => void): () => void {
  const hot = import.meta.hot;
  if (!hot) return () => {};
  const handler = (message: ChangeMessage) => listener(message.keys);
  hot.on(CHANGE_EVENT, handler);
  return () => hot.off(CHANGE_EVENT, handler);
}

/** Data from the server that is fetched again when `relevant` says a change concerns it. */
function useLive<T>(path: string, relevant: (keys: string[]) => boolean): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    let latest = 0;
    // Only the newest answer counts: an older, slower response must not overwrite it.
    const load = () => {
      const ticket = ++latest;
      void getJson<T>(path).then((result) => ticket === latest && setLoaded(result));
    };
    setLoaded({ state: 'loading' });
    load();
    const stop = onCoursesChanged((keys) => relevant(keys) && load());
    return () => {
      latest = -1;
      stop();
    };
  }, [path]);
  return loaded;
}

/** Every course folder, kept current. */
export const useCourseList = () => useLive<CourseList>('/courses', () => true);

/** One course, kept current while its folder changes. */
export const useOpenedCourse = (key: string) =>
  useLive<OpenedCourse>(`/courses/${encodeURIComponent(key)}`, (keys) => keys.length === 0 || keys.includes(key));
