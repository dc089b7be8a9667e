/**
 * Fills a template's numbered placeholders. Dictionaries are plain data, so the packager
 * can ship only the course's language inside the package instead of all of them in player.js.
 * @example fill('Question {0} of {1}', '2', '8') // 'Question 2 of 8'
 */
export function fill(template: string, ...values: string[]): string {
  return template.replace(/\{(\d)\}/g, (_, i: string) => values[Number(i)] ?? '');
}
