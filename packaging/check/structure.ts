/**
 * The package checks the schemas cannot make: references that resolve, files that exist,
 * files that are listed, and paths that stay inside the package.
 */
import { allElements, descendants, parseXmlTree } from '../../src/cli/xml-tree.ts';

// Files that describe the package rather than belong to the SCO, so the resource does not list them.
const isPackageControlFile = (path: string) => path === 'imsmanifest.xml' || /^[^/]+\.(?:xsd|dtd)$/.test(path);

/** Why a path in the zip could escape the folder an LMS unpacks it into, or undefined. */
export function unsafeZipPath(path: string): string | undefined {
  if (path.startsWith('/') || /^[a-z]:/i.test(path) || path.includes('\\')) return 'absolute or Windows path';
  if (path.split('/').includes('..')) return 'contains ".."';
  return undefined;
}

/** Every problem with a package's structure, as one line each; empty when it is sound. */
export function structureProblems(files: ReadonlyMap<string, Uint8Array>): string[] {
  const problems: string[] = [];
  for (const path of files.keys()) {
    const unsafe = unsafeZipPath(path);
    if (unsafe) problems.push(`${path}: ${unsafe}`);
    if (path.endsWith('/')) problems.push(`${path}: folder entry`);
  }
  const manifestBytes = files.get('imsmanifest.xml');
  if (!manifestBytes) {
    const nested = [...files.keys()].find((path) => path.endsWith('/imsmanifest.xml'));
    const where = nested ? ` (it is at ${nested}: zip the folder's contents, not the folder)` : '';
    return [...problems, `imsmanifest.xml is not at the zip root${where}`];
  }
  const parsed = parseXmlTree(new TextDecoder().decode(manifestBytes));
  if ('error' in parsed)
    return [...problems, `imsmanifest.xml is not well-formed XML (line ${parsed.line}): ${parsed.error}`];
  const { root } = parsed;

  const ids = new Set<string>();
  for (const element of allElements(root)) {
    const id = element.attributes.identifier;
    if (id === undefined) continue;
    if (ids.has(id)) problems.push(`identifier "${id}" is used twice`);
    ids.add(id);
  }
  const resources = new Map(descendants(root, 'resource').map((r) => [r.attributes.identifier, r]));
  for (const item of descendants(root, 'item')) {
    const ref = item.attributes.identifierref;
    if (ref !== undefined && !resources.has(ref))
      problems.push(`item "${item.attributes.identifier}" refers to "${ref}", which is no resource`);
  }
  const organizations = descendants(root, 'organizations')[0];
  const defaultOrg = organizations?.attributes.default;
  if (defaultOrg && !descendants(root, 'organization').some((o) => o.attributes.identifier === defaultOrg)) {
    problems.push(`organizations default="${defaultOrg}" is no organization`);
  }
  if (!descendants(root, 'schemaversion')[0]?.text.trim()) problems.push('the manifest has no schemaversion');

  const listed = new Set<string>();
  for (const resource of resources.values()) {
    const hrefs = [resource.attributes.href, ...descendants(resource, 'file').map((f) => f.attributes.href)];
    for (const href of hrefs) {
      if (href === undefined) continue;
      const path = decodeURIComponent(href);
      if (path.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(path) || path.split('/').includes('..'))
        problems.push(`href "${href}" leaves the package`);
      if (!files.has(path)) problems.push(`href "${href}" is not in the zip`);
      listed.add(path);
    }
  }
  for (const path of files.keys()) {
    if (!isPackageControlFile(path) && !path.endsWith('/') && !listed.has(path))
      problems.push(`${path} is in the zip but not listed in the manifest`);
  }
  return problems;
}
