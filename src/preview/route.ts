/**
 * The preview's addresses live in the hash, so a reload (or a shared link) opens the same
 * course, language and LMS: `#/` lists the courses, `#/course/<key>?lang=fr&lms=scorm12`
 * plays one.
 */
import { useEffect, useState } from 'preact/hooks';
import type { TrackingMode } from '../scorm/scorm-version.ts';

export type Route = { view: 'list' } | { view: 'course'; key: string; language?: string; standard: TrackingMode };

const STANDARDS: readonly TrackingMode[] = ['scorm12', 'scorm2004', 'standalone'];

export function parseRoute(hash: string): Route {
  const match = /^#\/course\/([^?]+)(?:\?(.*))?$/.exec(hash);
  if (!match) return { view: 'list' };
  const params = new URLSearchParams(match[2] ?? '');
  const lms = params.get('lms') as TrackingMode | null;
  let key: string;
  try {
    key = decodeURIComponent(match[1]!);
  } catch {
    return { view: 'list' };
  }
  const language = params.get('lang') ?? undefined;
  return {
    view: 'course',
    key,
    ...(language ? { language } : {}),
    standard: lms && STANDARDS.includes(lms) ? lms : 'scorm2004',
  };
}

/** @example courseHref('self-care', 'fr', 'scorm12') // '#/course/self-care?lang=fr&lms=scorm12' */
export function courseHref(key: string, language?: string, standard: TrackingMode = 'scorm2004'): string {
  const params = new URLSearchParams();
  if (language) params.set('lang', language);
  params.set('lms', standard);
  return `#/course/${encodeURIComponent(key)}?${params}`;
}

/** The current route, following the address bar. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  return route;
}
