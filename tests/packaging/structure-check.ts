/**
 * The package checks the schemas cannot make: references that resolve, files that exist,
 * files that are listed, and paths that stay inside the package.
 */
import { parseXml } from './dom.ts';

// Files that describe the package rather than belong to the SCO, so the resource does not list them.
const isPackageControlFile = (path: string) => path === 'imsmanifest.xml' || /^[^/]+\.(?:xsd|dtd)$/.test(path);

/** Every problem with a package's structure, as one line each; empty when it is sound. */
export function structureProblems(files: ReadonlyMap<string, Uint8Array>): string[] {
  const problems: string[] = [];
  for (const path of files.keys()) {
    if (path.startsWith('/') || /^[a-z]:/i.test(path) || path.includes('\\'))
      problems.push(`${path}: absolute or Windows path`);
    if (path.split('/').includes('..')) problems.push(`${path}: contains ".."`);
    if (path.endsWith('/')) problems.push(`${path}: folder entry`);
  }
  const manifestBytes = files.get('imsmanifest.xml');
  if (!manifestBytes) return [...problems, 'imsmanifest.xml is not at the zip root'];
  const doc = parseXml(new TextDecoder().decode(manifestBytes));
  const byLocalName = (name: string) => [...doc.getElementsByTagNameNS('*', name)];

  const ids = new Set<string>();
  for (const element of doc.querySelectorAll('[identifier]')) {
    const id = element.getAttribute('identifier')!;
    if (ids.has(id)) problems.push(`identifier "${id}" is used twice`);
    ids.add(id);
  }
  const resources = new Map(byLocalName('resource').map((r) => [r.getAttribute('identifier')!, r]));
  for (const item of byLocalName('item')) {
    const ref = item.getAttribute('identifierref');
    if (ref !== null && !resources.has(ref))
      problems.push(`item "${item.getAttribute('identifier')}" refers to "${ref}", which is no resource`);
  }
  const organizations = byLocalName('organizations')[0];
  const defaultOrg = organizations?.getAttribute('default');
  if (defaultOrg && !byLocalName('organization').some((o) => o.getAttribute('identifier') === defaultOrg)) {
    problems.push(`organizations default="${defaultOrg}" is no organization`);
  }
  if (!byLocalName('schemaversion')[0]?.textContent?.trim()) problems.push('the manifest has no schemaversion');

  const listed = new Set<string>();
  for (const resource of resources.values()) {
    const hrefs = [
      resource.getAttribute('href'),
      ...byLocalNameIn(resource, 'file').map((f) => f.getAttribute('href')),
    ];
    for (const href of hrefs) {
      if (href === null) continue;
      const path = decodeURIComponent(href);
      if (path.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(path) || path.split('/').includes('..'))
        problems.push(`href "${href}" leaves the package`);
      if (!files.has(path)) problems.push(`href "${href}" is not in the zip`);
      listed.add(path);
    }
  }
  for (const path of files.keys()) {
    if (!isPackageControlFile(path) && !listed.has(path))
      problems.push(`${path} is in the zip but not listed in the manifest`);
  }
  return problems;
}

function byLocalNameIn(element: Element, name: string): Element[] {
  return [...element.getElementsByTagNameNS('*', name)];
}
