/** The name one organisation's package of one course language goes by on a learner's device. */
import type { Course } from './types.ts';

/**
 * The package's name for device storage (progress, device-only answers) and SCORM 2004
 * objective ids: organisation, course and language. Ids hold no dots, so the three parts
 * never run into each other, and two organisations' packages of a course never share data.
 * @example packageKey('demo', { id: 'self-care', language: 'fr' }) // 'demo.self-care.fr'
 */
export function packageKey(organisation: string, course: Pick<Course, 'id' | 'language'>): string {
  return `${organisation}.${course.id}.${course.language}`;
}
