/**
 * A small, read-only element tree over fast-xml-parser, for the documents the tools read:
 * a package's imsmanifest.xml and a translator's XLIFF file. Prefixes are dropped (the XSD
 * check holds the namespaces), text is kept as written, and each element keeps the order
 * of its children.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface XmlElement {
  /** The local name, without its prefix. */
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text and its descendants', in document order. */
  text: string;
}

type Ordered = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
});

function toElement(node: Ordered): XmlElement | undefined {
  const name = Object.keys(node).find((key) => key !== ':@');
  if (!name || name === '#text' || name.startsWith('?') || name.startsWith('!')) return undefined;
  const children: XmlElement[] = [];
  let text = '';
  for (const child of node[name] as Ordered[]) {
    if ('#text' in child) text += String(child['#text']);
    const element = toElement(child);
    if (element) {
      children.push(element);
      text += element.text;
    }
  }
  return { name, attributes: { ...(node[':@'] ?? {}) }, children, text };
}

/** The document element, or the parser's reason with its line when the XML is not well-formed. */
export function parseXmlTree(xml: string): { root: XmlElement } | { error: string; line: number; column: number } {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return { error: valid.err.msg, line: valid.err.line, column: valid.err.col };
  const root = (parser.parse(xml) as Ordered[]).map(toElement).find((element) => element !== undefined);
  return root ? { root } : { error: 'the document has no element', line: 1, column: 1 };
}

/** Every element named `name` below `root` (not `root` itself), in document order. */
export function descendants(root: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (element: XmlElement) => {
    for (const child of element.children) {
      if (child.name === name) found.push(child);
      walk(child);
    }
  };
  walk(root);
  return found;
}

/** `root` and every element below it. */
export function allElements(root: XmlElement): XmlElement[] {
  return [root, ...root.children.flatMap(allElements)];
}
