/**
 * jsdom, typed with the DOM lib's own types. The project has no @types/jsdom (and these
 * tests may not add packages), so the module is loaded by a specifier TypeScript does not resolve.
 */
interface JsdomModule {
  JSDOM: new (html?: string) => { window: Window & typeof globalThis };
}

const specifier: string = 'jsdom';
const { JSDOM } = (await import(specifier)) as JsdomModule;

/** An HTML document, parsed as a browser would. */
export function parseHtml(html: string): Document {
  return new JSDOM(html).window.document;
}

/** An XML document, namespace-aware. Throws when it is not well-formed. */
export function parseXml(xml: string): Document {
  const { DOMParser } = new JSDOM().window;
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return doc;
}
