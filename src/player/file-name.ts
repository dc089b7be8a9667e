/**
 * A file name from a title, without characters that file systems refuse.
 * @example fileName('Plan: my week', 'txt') // 'Plan my week.txt'
 */
export function fileName(title: string, extension: string, fallback = 'file'): string {
  const name = title
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are not allowed in file names, so they go.
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return `${name || fallback}.${extension}`;
}
