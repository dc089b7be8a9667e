/**
 * Finds a file an author named inside one folder (a course folder, or an organisation's
 * profile folder) and refuses anything that could lead outside it. The path is checked
 * as text first, then walked on disk one name at a time: every name must be spelt as on
 * disk (letter case too, since LMS servers tell them apart), and no name may be a
 * symbolic link, whether the file itself or a folder on the way. The real path is then
 * checked once more against the folder's own. Validation, packaging and the preview all
 * read author files through here, so what one accepts the others serve.
 */
import { lstatSync, readdirSync, readFileSync, realpathSync, type Stats } from 'node:fs';
import { join, sep } from 'node:path';
import { type FoundError, foundErrorMessage } from './error-catalogue.ts';
import { type PathRefusal, refusalError, unsafePathReason } from './path-refusal.ts';

/** A file found, with its real path; or not found, with the reason when it is there but refused. */
export type Containment = { found: true; file: string } | { found: false; refused?: PathRefusal };

/** The real path, or undefined when nothing is there. */
function realPath(folder: string): string | undefined {
  try {
    return realpathSync(folder);
  } catch {
    return undefined;
  }
}

function statOf(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

function names(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/**
 * Where `relativePath` (with "/" between names) leads inside `folder`.
 * @example findContained('courses/self-care', 'media/leak.svg') // { found: false, refused: { reason: 'symlink', link: 'media/leak.svg' } }
 */
export function findContained(folder: string, relativePath: string): Containment {
  const text = unsafePathReason(relativePath);
  if (text) return { found: false, refused: { reason: text } };
  const root = realPath(folder);
  if (!root) return { found: false };
  const parts = relativePath.split('/');
  let at = root;
  for (const [i, part] of parts.entries()) {
    const here = names(at);
    if (!here.includes(part)) {
      const other = here.find((name) => name.toLowerCase() === part.toLowerCase());
      if (other === undefined) return { found: false };
      const spelt = [...parts.slice(0, i), other, ...parts.slice(i + 1)].join('/');
      return { found: false, refused: { reason: 'letter-case', spelt } };
    }
    at = join(at, part);
    const stat = statOf(at);
    if (!stat) return { found: false };
    if (stat.isSymbolicLink())
      return { found: false, refused: { reason: 'symlink', link: parts.slice(0, i + 1).join('/') } };
    const last = i === parts.length - 1;
    if (!last && !stat.isDirectory()) return { found: false };
    if (last && !stat.isFile()) return { found: false, refused: { reason: 'not-a-file' } };
    // A second name for the same bytes may sit anywhere on this disk, a private key as easily as a photo.
    if (last && stat.nlink > 1) return { found: false, refused: { reason: 'hard-link' } };
  }
  // Nothing above was a link, so this only fails when the disk changed under us or a mount sits inside.
  const real = realPath(at);
  if (!real) return { found: false };
  if (!real.startsWith(root + sep)) return { found: false, refused: { reason: 'outside-real' } };
  return { found: true, file: real };
}

/** Thrown by `readContained` when a file is refused or missing; its message is the catalogue's. */
export class ContainedFileError extends Error {
  readonly error: FoundError;
  constructor(
    readonly path: string,
    refused: PathRefusal | undefined,
  ) {
    const error: FoundError = refused
      ? refusalError(path, refused)
      : { rule: 'missing-file', params: { what: 'asset', path } };
    super(foundErrorMessage(error));
    this.error = error;
  }
}

/**
 * The bytes of a file inside `folder`, read only when `findContained` finds it.
 * @example readContained(courseDir, 'media/listening.svg')
 */
export function readContained(folder: string, relativePath: string): Buffer {
  const found = findContained(folder, relativePath);
  if (!found.found) throw new ContainedFileError(relativePath, found.refused);
  return readFileSync(found.file);
}
