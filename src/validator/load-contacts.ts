/** Reads a course's contacts file, named in course.json or in a translation, as strictly as the course. */
import { contactsFile } from '../course/course-schema.ts';
import type { ContactsFile } from '../course/types.ts';
import { unsafePathReason } from './path-refusal.ts';
import type { Problem, Report } from './problem.ts';
import type { CourseFolder } from './validate-course.ts';
import { validateJsonFile } from './validate-file.ts';

/**
 * The contacts file at `relative`, or undefined when it cannot be used. Problems in the file
 * go to `problems`; a path that is unsafe or missing is reported at the "contacts" reference.
 */
export function loadContacts(
  folder: CourseFolder,
  relative: string,
  problems: Problem[],
  report: Report,
): ContactsFile | undefined {
  const reason = unsafePathReason(relative);
  if (reason) {
    report(['contacts'], 'unsafe-path', { path: relative, reason });
    return undefined;
  }
  const text = folder.read(relative);
  const refused = text === undefined ? folder.refusal?.(relative) : undefined;
  if (refused?.reason === 'letter-case') {
    report(['contacts'], 'letter-case', { path: relative, spelt: refused.spelt });
    return undefined;
  }
  if (refused) {
    report(['contacts'], 'unsafe-path', { path: relative, ...refused });
    return undefined;
  }
  if (text === undefined) {
    report(['contacts'], 'missing-file', { what: 'contacts', path: relative });
    return undefined;
  }
  const result = validateJsonFile(`${folder.path}/${relative}`, text, contactsFile, { kind: 'contacts' });
  problems.push(...result.problems);
  return result.value;
}
