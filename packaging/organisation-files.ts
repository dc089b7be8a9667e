/**
 * What an organisation adds to each package: its profile in the package's language, and
 * its logo. A tiny SVG logo is drawn inside index.html (inline-svg.ts), a tiny PNG travels
 * there as a data: address; any other is only a file of its own, so the first screen's HTML
 * stays small and the browser fetches the picture beside everything else.
 */
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Organisation } from '../src/course/types.ts';
import { organisationIn } from '../src/validator/profile-language.ts';
import type { ValidatedProfile } from '../src/validator/validate-profile.ts';
import { inlineSvg } from './inline-svg.ts';

/** Logos up to this size (in bytes) are inlined; their data: address costs less than a request. */
export const INLINE_LOGO_BYTES = 1024;

/** Where a packaged logo lives in the zip: a folder no course media path starts with by convention. */
export const LOGO_FOLDER = 'organisation';

const MIME: Record<string, string> = { '.svg': 'image/svg+xml', '.png': 'image/png' };

export interface OrganisationFiles {
  organisation: Organisation;
  /** Files the organisation brings, by path in the zip. */
  files: Map<string, Uint8Array>;
}

/**
 * The organisation in one language, with its logo placed.
 * @example organisationFiles(profile, 'organisations/acme', 'fr').files // Map { 'organisation/logo.png' => … }
 */
export function organisationFiles(
  validated: ValidatedProfile,
  profileDir: string,
  language: string,
): OrganisationFiles {
  const { logo } = validated.profile;
  const files = new Map<string, Uint8Array>();
  if (!logo) return { organisation: organisationIn(validated.profile, language), files };
  const bytes = new Uint8Array(readFileSync(join(profileDir, logo.src)));
  const ext = extname(logo.src).toLowerCase();
  const file = `${LOGO_FOLDER}/logo${ext}`;
  if (ext === '.svg' && bytes.byteLength <= INLINE_LOGO_BYTES) {
    // Drawn in the banner, not an <img>: Chromium makes each SVG <img> a document of its own,
    // 48 to 128 ms of a slow phone's main thread before the first paint (issue 16).
    const drawn = inlineSvg(new TextDecoder().decode(bytes), logo.width, logo.height);
    if ('svg' in drawn) {
      files.set(file, bytes);
      const organisation = organisationIn(validated.profile, language, file);
      return { organisation: { ...organisation, logo: { ...organisation.logo!, svg: drawn.svg } }, files };
    }
  }
  let src: string;
  if (bytes.byteLength <= INLINE_LOGO_BYTES) {
    // SVG stays text, which gzip squeezes far better than base64.
    src =
      ext === '.svg'
        ? `data:image/svg+xml,${encodeURIComponent(new TextDecoder().decode(bytes))}`
        : `data:${MIME[ext]};base64,${Buffer.from(bytes).toString('base64')}`;
  } else {
    src = file;
    files.set(src, bytes);
  }
  return { organisation: organisationIn(validated.profile, language, src), files };
}
