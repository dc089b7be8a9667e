/**
 * The learner's name in reading order. SCORM 1.2 LMSs send `cmi.core.student_name` as
 * "Last, First" and many SCORM 2004 LMSs do the same in `cmi.learner_name`; a name without
 * a comma is already in order.
 * @example displayName('Doe, Jane') // 'Jane Doe'
 */
export function displayName(raw: string | undefined): string | undefined {
  const name = raw?.replace(/\s+/g, ' ').trim();
  if (!name) return undefined;
  const comma = name.indexOf(',');
  if (comma < 0) return name;
  const last = name.slice(0, comma).trim();
  const first = name.slice(comma + 1).trim();
  return [first, last].filter(Boolean).join(' ');
}
