/**
 * The organisation the preview plays courses for: organisations/<id> under the project
 * ($PSS_ORG, the demo by default), validated as `npm run validate` does, and re-read when
 * its files change. Each course language plays with the organisation in that language,
 * exactly as its package would, and a language the profile lacks is a problem, not a
 * fallback. The logo comes inline: the preview has no package to hold it.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Organisation } from '../course/types.ts';
import { nodeCourseFolder } from '../validator/node-folder.ts';
import type { Problem } from '../validator/problem.ts';
import { hasLanguage, organisationIn } from '../validator/profile-language.ts';
import { type ProfileResult, profileProblem, validateProfileFolder } from '../validator/validate-profile.ts';

export interface PreviewOrganisation {
  /** The profile folder, absolute. */
  dir: string;
  /** Changes whenever profile.json does, so the courses played for it are opened afresh. */
  stamp(): string;
  /** The organisation in a course language, or the problems that keep that language from playing. */
  forLanguage(language: string, courseLabel: string): { organisation: Organisation } | { problems: Problem[] };
}

/** A short hex version of the profile that changes whenever profile.json does. */
function folderStamp(dir: string): string {
  let stamp = 'missing';
  try {
    const stat = statSync(join(dir, 'profile.json'));
    stamp = `${stat.size}:${stat.mtimeMs}`;
  } catch {
    // No profile: its problems say so, and the stamp changes once one is written.
  }
  return createHash('sha1').update(stamp).digest('hex').slice(0, 8);
}

export function previewOrganisation(dir: string, cwd: string): PreviewOrganisation {
  let cached: { stamp: string; result: ProfileResult } | undefined;
  const current = () => {
    const stamp = folderStamp(dir);
    if (cached?.stamp !== stamp) cached = { stamp, result: validateProfileFolder(nodeCourseFolder(dir, cwd)) };
    return cached.result;
  };
  return {
    dir,
    stamp: () => folderStamp(dir),
    forLanguage(language, courseLabel) {
      const { problems, profile } = current();
      if (!profile) return { problems };
      if (!hasLanguage(profile.profile, language))
        return {
          problems: [
            profileProblem(profile, ['contacts'], 'no-contacts-in-language', { language, course: courseLabel }),
          ],
        };
      const logo = profile.profile.logo;
      const src = logo && logoDataUrl(join(dir, logo.src));
      return { organisation: organisationIn(profile.profile, language, src) };
    },
  };
}

function logoDataUrl(file: string): string | undefined {
  try {
    const type = extname(file).toLowerCase() === '.svg' ? 'image/svg+xml' : 'image/png';
    return `data:${type};base64,${readFileSync(file).toString('base64')}`;
  } catch {
    return undefined;
  }
}
