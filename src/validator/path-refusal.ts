/**
 * Why a path an author wrote cannot be used: the reasons readable from the text alone,
 * here, and those only the disk can tell (links, letter case), found by
 * `contained-file.ts`. The error catalogue words each one.
 */
import type { FoundError } from './error-catalogue.ts';

/** Reasons the text of a path gives on its own. */
export type UnsafePathReason =
  | 'backslash'
  | 'absolute'
  | 'outside-folder'
  | 'empty-folder-name'
  | 'percent-encoded'
  | 'control-character';

/** Why a path is refused, with what the message needs to name. */
export type PathRefusal =
  | { reason: UnsafePathReason }
  /** `link` is the part of the path that is a symbolic link: the file itself or a folder on the way. */
  | { reason: 'symlink'; link: string }
  /** The file is a hard link, which may share its bytes with a file anywhere on the disk. */
  | { reason: 'hard-link' }
  /** The path names a folder, not a file. */
  | { reason: 'not-a-file' }
  /** The path resolves, by its real path, outside the folder (a mount or a race). */
  | { reason: 'outside-real' }
  /** The file is there, spelt `spelt`: the path differs only in letter case. */
  | { reason: 'letter-case'; spelt: string };

/**
 * Why a path is not a safe folder-relative path, or undefined when its text is fine.
 * Percent escapes are refused because a browser decodes them and a file name does not:
 * `media/%2e%2e/x.svg` is a folder named `%2e%2e` on disk and `..` in a package.
 * @example unsafePathReason('../secret.txt') // 'outside-folder'
 */
export function unsafePathReason(path: string): UnsafePathReason | undefined {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this looks for.
  if (/[\u0000-\u001f\u007f]/.test(path)) return 'control-character';
  if (path.includes('\\')) return 'backslash';
  if (/^\//.test(path) || /^[a-z]:/i.test(path)) return 'absolute';
  if (/%[0-9a-f]{2}/i.test(path)) return 'percent-encoded';
  if (path.split('/').some((part) => part === '..')) return 'outside-folder';
  if (path.split('/').some((part) => part === '' || part === '.')) return 'empty-folder-name';
  return undefined;
}

/**
 * The catalogue error for a refused path: `letter-case`, or `unsafe-path` with its reason.
 * @example refusalError('media/Photo.jpg', { reason: 'letter-case', spelt: 'media/photo.jpg' })
 */
export function refusalError(path: string, refusal: PathRefusal): FoundError {
  if (refusal.reason === 'letter-case') return { rule: 'letter-case', params: { path, spelt: refusal.spelt } };
  return { rule: 'unsafe-path', params: { path, ...refusal } };
}
