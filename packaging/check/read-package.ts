/**
 * A built zip, opened as an LMS opens it: its entries, what its manifest says (standard,
 * identifiers, launch page, pass mark) and the course its launch page carries inline.
 */
import JSZip from 'jszip';
import { descendants, parseXmlTree, type XmlElement } from '../../src/cli/xml-tree.ts';
import type { Course, Organisation } from '../../src/course/types.ts';
import type { ScormVersion } from '../../src/scorm/scorm-version.ts';

export interface ManifestFacts {
  standard: ScormVersion;
  /** As the manifest writes it, such as "2004 4th Edition". */
  schemaVersion: string;
  identifier: string;
  version?: string;
  organization?: { identifier: string; title: string };
  item?: string;
  resource?: { identifier: string; href: string };
  masteryScore?: string;
  scaledPassingScore?: string;
}

export interface OpenedPackage {
  /** Every entry by its path in the zip; folder entries end in "/". */
  files: Map<string, Uint8Array>;
  bytes: number;
  manifest?: ManifestFacts;
  /** The course and its organisation from index.html's inline course data, when it has them. */
  bundle?: { course: Course; organisation: Organisation };
  /** Why the zip, its manifest or its course data could not be read. */
  problems: string[];
}

/** The entries of a zip, or undefined when the bytes are not a zip. */
async function unzipEntries(bytes: Uint8Array): Promise<Map<string, Uint8Array> | undefined> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    const files = new Map<string, Uint8Array>();
    // JSZip cleans "../x" into "x" as it reads; the name as stored is what an unzip tool would write.
    for (const entry of Object.values(zip.files))
      files.set(entry.unsafeOriginalName ?? entry.name, await entry.async('uint8array'));
    return files;
  } catch {
    return undefined;
  }
}

const SCHEMA_VERSIONS: Record<string, ScormVersion> = {
  '1.2': 'scorm12',
  '2004 4th Edition': 'scorm2004',
  '2004 3rd Edition': 'scorm2004',
  'CAM 1.3': 'scorm2004',
};

function manifestFacts(root: XmlElement): ManifestFacts | string {
  const schemaVersion = descendants(root, 'schemaversion')[0]?.text.trim() ?? '';
  const standard = SCHEMA_VERSIONS[schemaVersion];
  if (!standard) return `the manifest's schemaversion "${schemaVersion}" is neither SCORM 1.2 nor SCORM 2004`;
  const organizations = descendants(root, 'organizations')[0];
  const organization = descendants(root, 'organization').find(
    (o) => o.attributes.identifier === organizations?.attributes.default,
  );
  const item = organization && descendants(organization, 'item').find((i) => i.attributes.identifierref);
  const resource = descendants(root, 'resource').find(
    (r) => r.attributes.identifier === item?.attributes.identifierref,
  );
  const primary = item && descendants(item, 'primaryObjective')[0];
  const measure =
    primary?.attributes.satisfiedByMeasure === 'true' ? descendants(primary, 'minNormalizedMeasure')[0] : undefined;
  const title = organization?.children.find((child) => child.name === 'title')?.text.trim() ?? '';
  return {
    standard,
    schemaVersion,
    identifier: root.attributes.identifier ?? '',
    ...(root.attributes.version ? { version: root.attributes.version } : {}),
    ...(organization ? { organization: { identifier: organization.attributes.identifier ?? '', title } } : {}),
    ...(item?.attributes.identifier ? { item: item.attributes.identifier } : {}),
    ...(resource?.attributes.href
      ? { resource: { identifier: resource.attributes.identifier ?? '', href: resource.attributes.href } }
      : {}),
    ...(item && descendants(item, 'masteryscore')[0]
      ? { masteryScore: descendants(item, 'masteryscore')[0]!.text.trim() }
      : {}),
    ...(measure ? { scaledPassingScore: measure.text.trim() } : {}),
  };
}

/** The inline `#course-data` of a launch page built by this tool. */
function courseBundle(html: string): OpenedPackage['bundle'] | string {
  const match = /<script type="application\/json" id="course-data">([\s\S]*?)<\/script>/.exec(html);
  if (!match)
    return 'the launch page carries no course data (<script id="course-data">): it was not built by npm run package';
  try {
    const data = JSON.parse(match[1]!) as { course?: Course; organisation?: Organisation };
    if (!data.course?.lessons?.[0]?.pages?.[0] || !data.organisation?.contacts) throw new Error('incomplete');
    return { course: data.course, organisation: data.organisation };
  } catch {
    return "the launch page's course data is not the JSON npm run package writes";
  }
}

/** Opens a zip's bytes. Never throws: what cannot be read becomes a problem. */
export async function openPackage(bytes: Uint8Array): Promise<OpenedPackage> {
  const files = await unzipEntries(bytes);
  if (!files) return { files: new Map(), bytes: bytes.byteLength, problems: ['this is not a zip file'] };
  const opened: OpenedPackage = { files, bytes: bytes.byteLength, problems: [] };
  const manifestBytes = files.get('imsmanifest.xml');
  if (!manifestBytes) return opened;
  const parsed = parseXmlTree(new TextDecoder().decode(manifestBytes));
  if ('error' in parsed) return opened;
  const facts = manifestFacts(parsed.root);
  if (typeof facts === 'string') opened.problems.push(facts);
  else opened.manifest = facts;
  const launch = typeof facts === 'string' ? undefined : facts.resource?.href;
  const html = launch && files.get(decodeURIComponent(launch));
  if (html) {
    const bundle = courseBundle(new TextDecoder().decode(html));
    if (typeof bundle === 'string') opened.problems.push(bundle);
    else opened.bundle = bundle;
  }
  return opened;
}
