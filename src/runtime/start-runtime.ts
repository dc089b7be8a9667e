/**
 * The learner runtime's composition root, in one step: the course actor (session.ts), then
 * the LMS found (or this browser as the fallback), saved progress restored and tracking
 * wired in (connect-session.ts). What it returns is the player's input. A package takes the
 * same two steps with the first screen shown in between (main.tsx).
 */
import { type ConnectOptions, connectSession } from './connect-session.ts';
import type { CourseData } from './course-data.ts';
import { createSession, type SessionOptions } from './session.ts';

export type RuntimeOptions = ConnectOptions & SessionOptions;

export function startRuntime(data: CourseData, options: RuntimeOptions = {}) {
  return connectSession(createSession(data, options), options);
}
