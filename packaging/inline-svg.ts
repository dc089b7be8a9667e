/**
 * SVG pictures drawn inside the page rather than as <img> files (issue 16). Chromium makes
 * every SVG <img> a document of its own, which took 41 to 132 ms of a slow phone's main
 * thread per picture in traces: the banner's logo before the first paint, each page's
 * illustration just after its turn. Inline, the same drawing is a few elements of the page.
 *
 * An <img>'s SVG never runs script or reaches the page; inline SVG could. So only a short
 * list of drawing elements and presentation attributes passes, values are checked, and the
 * markup is written anew from the parsed tree: nothing of the source file is copied as text.
 * A picture that needs anything else (script, links, ids, gradients, images, foreign
 * content, CSS beyond one class per rule) stays a file, shown by an <img> as before.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** Elements drawn as they are. `title`, `desc` and `metadata` are dropped: the picture's alt text names it. */
const DRAWING = new Set([
  'svg',
  'g',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
]);
const DROPPED = new Set(['title', 'desc', 'metadata']);

/** Presentation properties: allowed as attributes, and as declarations in a `style` attribute or a class rule. */
const PRESENTATION = new Set([
  'fill',
  'fill-opacity',
  'fill-rule',
  'clip-rule',
  'stroke',
  'stroke-width',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
  'direction',
  'visibility',
]);

/** Geometry and the root's own attributes. */
const GEOMETRY = new Set(['x', 'y', 'width', 'height', 'rx', 'ry', 'cx', 'cy', 'r', 'x1', 'y1', 'x2', 'y2']);
const SHAPE = new Set(['d', 'points', 'transform', 'dx', 'dy', 'xml:lang']);
const ROOT = new Set(['viewBox', 'preserveAspectRatio']);
/** Said by the source and not needed inline: the namespace (the HTML parser gives it), the picture's role (its wrapper's), and ids no reference may use. */
const IGNORED = new Set(['xmlns', 'role', 'id', 'version', 'aria-hidden', 'focusable']);

// No url() (a reference, which needs ids), no escapes or comments that could hide one, no "!important".
const SAFE_VALUE = /^[\w\s#.,%+\-()'"]*$/;
const UNSAFE_VALUE = /url\s*\(|expression|javascript|!/i;

export type InlineSvg = { svg: string } | { refused: string };

type Ordered = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  ignoreDeclaration: true,
});

class Refused extends Error {}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/</g, '&lt;');
const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function checkedValue(name: string, value: string): string {
  const trimmed = value.trim();
  if (!SAFE_VALUE.test(trimmed) || UNSAFE_VALUE.test(trimmed))
    throw new Refused(`the value of ${name} ("${trimmed.slice(0, 40)}") is not a plain value`);
  return trimmed;
}

/** `fill:#fff;stroke:none` as presentation attributes. */
function declarations(text: string, where: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const declaration of text.split(';')) {
    if (!declaration.trim()) continue;
    const colon = declaration.indexOf(':');
    const name = declaration.slice(0, colon).trim();
    if (colon < 0 || !PRESENTATION.has(name)) throw new Refused(`${where} sets "${declaration.trim()}"`);
    found[name] = checkedValue(name, declaration.slice(colon + 1));
  }
  return found;
}

/** Every class rule's declarations in stylesheet order: as in CSS, the later rule wins, whatever the class attribute's order. */
type ClassRules = [className: string, property: string, value: string][];

/** A `<style>` of rules like `.a{fill:#2F3A45}` (one class per selector, commas allowed), added to `rules`. */
function readClassRules(css: string, rules: ClassRules): void {
  const rest = css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/([^{}]+)\{([^{}]*)\}/g, (_rule, selectors: string, body: string) => {
      const properties = declarations(body, `the style rule "${selectors.trim()}"`);
      for (const selector of selectors.split(',')) {
        const name = /^\s*\.([A-Za-z_][\w-]*)\s*$/.exec(selector)?.[1];
        if (!name) throw new Refused(`the style selector "${selector.trim()}" is not one class`);
        for (const [property, value] of Object.entries(properties)) rules.push([name, property, value]);
      }
      return '';
    });
  if (rest.trim()) throw new Refused(`the <style> holds "${rest.trim().slice(0, 40)}", which is not a class rule`);
}

const tagOf = (node: Ordered) => Object.keys(node).find((key) => key !== ':@') ?? '';

/** Every `<style>` in the drawing, read and removed; classes are then written out as attributes. */
function takeStyles(nodes: Ordered[], rules: ClassRules): Ordered[] {
  return nodes.filter((node) => {
    const tag = tagOf(node);
    if (tag === 'style') {
      const text = (node.style as Ordered[]).map((child) => String(child['#text'] ?? '')).join('');
      readClassRules(text, rules);
      return false;
    }
    if (tag !== '#text' && Array.isArray(node[tag])) node[tag] = takeStyles(node[tag] as Ordered[], rules);
    return true;
  });
}

function attributesOf(tag: string, given: Record<string, string>, rules: ClassRules): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(given)) {
    if (name === 'class' || name === 'style' || IGNORED.has(name)) continue;
    const allowed =
      PRESENTATION.has(name) || GEOMETRY.has(name) || SHAPE.has(name) || (tag === 'svg' && ROOT.has(name));
    if (!allowed) throw new Refused(`<${tag}> has the attribute ${name}`);
    out[name] = checkedValue(name, value);
  }
  // As in CSS: a class rule outweighs a presentation attribute, and a style attribute both.
  const classes = new Set((given.class ?? '').split(/\s+/));
  for (const [className, name, value] of rules) if (classes.has(className)) out[name] = value;
  if (given.style) Object.assign(out, declarations(given.style, `<${tag}>'s style attribute`));
  return out;
}

function write(node: Ordered, rules: ClassRules, root: boolean): string {
  const tag = tagOf(node);
  if (tag === '#text') return escapeText(String(node['#text']));
  if (tag === '#comment' || DROPPED.has(tag)) return '';
  if (!DRAWING.has(tag) || (tag === 'svg') !== root) throw new Refused(`it has a <${tag}> element`);
  const attributes = attributesOf(tag, node[':@'] ?? {}, rules);
  const children = (node[tag] as Ordered[]).map((child) => write(child, rules, false)).join('');
  const written = Object.entries(attributes)
    .map(([name, value]) => ` ${name}='${escapeAttribute(value)}'`)
    .join('');
  // The HTML parser honours a self-closing tag inside <svg>.
  return children ? `<${tag}${written}>${children}</${tag}>` : `<${tag}${written}/>`;
}

/**
 * The drawing as markup to put inside the page, with the given size on its root (as an
 * <img> would have), or why it stays a file.
 * @example inlineSvg('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><rect width="4" height="4"/></svg>', 4, 4)
 * // { svg: "<svg direction='ltr' viewBox='0 0 4 4' width='4' height='4'><rect width='4' height='4'/></svg>" }
 */
export function inlineSvg(source: string, width: number, height: number): InlineSvg {
  if (/<!DOCTYPE|<!ENTITY/i.test(source)) return { refused: 'it declares a DOCTYPE' };
  const valid = XMLValidator.validate(source);
  if (valid !== true) return { refused: `it is not well-formed XML (${valid.err.msg}, line ${valid.err.line})` };
  try {
    const rules: ClassRules = [];
    const nodes = takeStyles(parser.parse(source) as Ordered[], rules).filter((node) => {
      const tag = tagOf(node);
      return tag !== '#comment' && !(tag === '#text' && !String(node['#text']).trim());
    });
    const [svg] = nodes;
    if (nodes.length !== 1 || !svg || tagOf(svg) !== 'svg') return { refused: 'its root is not one <svg> element' };
    // The size an <img> would have; an <img>'s SVG reads left to right unless it says otherwise.
    svg[':@'] = { direction: 'ltr', ...svg[':@'], width: String(width), height: String(height) };
    return { svg: write(svg, rules, true) };
  } catch (error) {
    if (error instanceof Refused) return { refused: error.message };
    throw error;
  }
}
