/**
 * Each page's and lesson's status as the contents list shows it, from the engine's own
 * selectors. Its own module, so player.js (which lends the selectors to its parts) does not
 * carry what only the contents list in page.js uses (issue 16).
 */
import type { Course } from '../course/types.ts';
import type { EngineContext } from './context.ts';
import { isPageComplete, isPageUnlocked, wasVisited } from './selectors.ts';

export type PageStatus = 'locked' | 'available' | 'in-progress' | 'complete';

export function pageStatus(course: Course, ctx: EngineContext, pageId: string): PageStatus {
  if (isPageComplete(course, ctx, pageId)) return 'complete';
  if (wasVisited(ctx, pageId)) return 'in-progress';
  return isPageUnlocked(course, ctx, pageId) ? 'available' : 'locked';
}

export function lessonStatus(course: Course, ctx: EngineContext, lessonId: string): PageStatus {
  const lesson = course.lessons.find((l) => l.id === lessonId);
  const statuses = (lesson?.pages ?? []).map((p) => pageStatus(course, ctx, p.id));
  if (statuses.every((s) => s === 'complete')) return 'complete';
  if (statuses.some((s) => s !== 'available' && s !== 'locked')) return 'in-progress';
  return statuses.some((s) => s === 'available') ? 'available' : 'locked';
}
