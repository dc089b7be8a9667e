/** What both manifest writers share: XML escaping, identifiers and the resource's file list. */
import type { Course } from '../src/course/types.ts';

/** What a manifest needs to know about the package it describes. */
export interface ManifestInput {
  course: Course;
  /** The organisation's id: two organisations' packages of one course never share an identifier in an LMS. */
  organisation: string;
  /** Every file the SCO uses, relative to the zip root, such as `media/photo.jpg`. */
  files: readonly string[];
}

/**
 * Escapes text for XML element content and double-quoted attributes.
 * Characters XML 1.0 cannot hold at all (most C0 controls, lone surrogates) are dropped.
 * @example escapeXml('Tom & "Jerry" <3') // 'Tom &amp; &quot;Jerry&quot; &lt;3'
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * The manifest identifier. It is an xs:ID (an NCName): it must start with a letter and
 * may not hold ":". Dots are legal but some LMSs mangle them, so they become hyphens.
 * The organisation and the language are part of it, so two organisations' packages (on a
 * regional platform, say) and two languages of one course never collide in an LMS. The
 * organisation is set off by "_", which no id can hold, so "a" + "b-c" never meets "a-b" + "c".
 * @example manifestIdentifier('demo', 'communication', 'en', '1.2.0') // 'demo_communication-en-v1-2-0'
 */
export function manifestIdentifier(organisation: string, courseId: string, language: string, version: string): string {
  const raw = `${organisation}_${courseId}-${language}-v${version}`.replace(/[^A-Za-z0-9_-]/g, '-');
  return /^[A-Za-z_]/.test(raw) ? raw : `org-${raw}`;
}

/** Identifiers inside the manifest; each manifest has exactly one of each. */
export const IDS = { organization: 'org-1', item: 'item-1', resource: 'sco-1' } as const;

/** The `<file>` elements of the SCO resource, one per line, sorted, hrefs URI-encoded. */
export function fileElements(files: readonly string[], indent: string): string {
  return [...new Set(files)]
    .sort(byCodePoint)
    .map((file) => `${indent}<file href="${escapeXml(encodeHref(file))}"/>`)
    .join('\n');
}

/**
 * Hrefs are URI references: a space or "#" in a media file name must be percent-encoded,
 * while "/" stays as the folder separator.
 * @example encodeHref('media/my photo.jpg') // 'media/my%20photo.jpg'
 */
export function encodeHref(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** Sorts by code point, not by locale, so the order is the same on every machine. */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Shortens text to `max` characters (code points, as XML Schema counts them), ending in "…".
 * @example clip('Listening well', 9) // 'Listenin…'
 */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** The manifest's optional `version` attribute: SCORM 1.2 caps it at 20 characters, so longer versions are left out. */
export function versionAttribute(version: string): string {
  return version.length <= 20 ? ` version="${escapeXml(version)}"` : '';
}
