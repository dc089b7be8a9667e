/**
 * Inline SVG is checked against a short list at packaging time: what passes is drawn in the
 * page, written anew from the parsed tree; anything that could run script, reach out or
 * leak styles into the page keeps the picture a file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineSvg } from '../../packaging/inline-svg.ts';
import * as blocksSchema from '../../src/course/blocks-schema.ts';
import * as courseSchema from '../../src/course/course-schema.ts';
import { REPO_ROOT } from './helpers.ts';

const svg = (body: string, attributes = '') =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"${attributes}>${body}</svg>`;

function drawn(source: string): string {
  const result = inlineSvg(source, 10, 10);
  if (!('svg' in result)) throw new Error(`refused: ${result.refused}`);
  return result.svg;
}

function refusal(source: string): string {
  const result = inlineSvg(source, 10, 10);
  if (!('refused' in result)) throw new Error(`drawn: ${result.svg}`);
  return result.refused;
}

describe('inlineSvg', () => {
  it('writes the drawing anew, sized like the <img> it replaces, left to right unless it says otherwise', () => {
    expect(
      drawn(svg('<title>A dot</title><circle cx="5" cy="5" r="4" fill="#2f7f86"/>', ' width="48" height="48"')),
    ).toBe(
      "<svg direction='ltr' viewBox='0 0 10 10' width='10' height='10'><circle cx='5' cy='5' r='4' fill='#2f7f86'/></svg>",
    );
    expect(drawn(svg('<text>مرحبا</text>', ' direction="rtl" xml:lang="ar"'))).toBe(
      "<svg direction='rtl' viewBox='0 0 10 10' xml:lang='ar' width='10' height='10'><text>مرحبا</text></svg>",
    );
  });

  it('turns class rules and style attributes into attributes, with CSS’s order of precedence', () => {
    const source = svg(
      '<style>/* palette */.a{fill:#111}.b,.c{stroke:#222;stroke-width:2}</style>' +
        '<rect class="a b" fill="#999" width="1" height="1"/><rect class="a" style="fill:#333" width="2" height="2"/>',
    );
    expect(drawn(source)).toBe(
      "<svg direction='ltr' viewBox='0 0 10 10' width='10' height='10'>" +
        "<rect fill='#111' width='1' height='1' stroke='#222' stroke-width='2'/>" +
        "<rect width='2' height='2' fill='#333'/></svg>",
    );
  });

  it('lets the later class rule win, whatever the order of the class attribute, as CSS does', () => {
    const source = svg(
      '<style>.b{fill:#222}</style><style>.a{fill:#111}</style><rect class="a b"/><rect class="b a"/>',
    );
    expect(drawn(source)).toBe(
      "<svg direction='ltr' viewBox='0 0 10 10' width='10' height='10'><rect fill='#111'/><rect fill='#111'/></svg>",
    );
  });

  it('escapes text and quotes again, so nothing in a value or a label can close the markup', () => {
    expect(drawn(svg('<text font-family="\'Noto Sans\', sans-serif">a &lt;b&gt; &amp; c</text>'))).toContain(
      "<text font-family='&#39;Noto Sans&#39;, sans-serif'>a &lt;b&gt; &amp; c</text>",
    );
  });

  it.each([
    ['<script>alert(1)</script>', 'it has a <script> element'],
    ['<a href="https://example.org"><rect/></a>', 'it has a <a> element'],
    ['<foreignObject><p>hi</p></foreignObject>', 'it has a <foreignObject> element'],
    ['<image href="x.png"/>', 'it has a <image> element'],
    ['<use href="#a"/>', 'it has a <use> element'],
    ['<rect onclick="alert(1)"/>', '<rect> has the attribute onclick'],
    ['<rect fill="url(#g)"/>', 'the value of fill ("url(#g)") is not a plain value'],
    ['<rect fill="javascript:alert(1)"/>', 'the value of fill ("javascript:alert(1)") is not a plain value'],
    ['<rect style="fill:red;behavior:x"/>', '<rect>\'s style attribute sets "behavior:x"'],
    ['<rect style="fill:red !important"/>', 'the value of fill ("red !important") is not a plain value'],
    ['<style>rect{fill:red}</style>', 'the style selector "rect" is not one class'],
    ['<style>@import "x.css";</style>', 'the <style> holds "@import "x.css";", which is not a class rule'],
    ['<style>@media print{.a{fill:red}}</style>', 'the <style> holds "@media print{}", which is not a class rule'],
    ['<svg/>', 'it has a <svg> element'],
  ])('keeps a picture with %s a file: %s', (body, reason) => {
    expect(refusal(svg(body))).toBe(reason);
  });

  it('keeps a file that is not one well-formed <svg> a file', () => {
    expect(refusal('<svg><rect></svg>')).toMatch(/^it is not well-formed XML/);
    expect(refusal('<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg/>')).toBe('it declares a DOCTYPE');
    expect(refusal('<html/>')).toBe('its root is not one <svg> element');
  });

  it('is the only way markup reaches a drawing: a course that writes `svg` itself is refused', () => {
    const picture = { src: 'media/x.svg', alt: 'x', width: 1, height: 1, svg: '<svg onload="x()"/>' };
    expect(courseSchema.picture.safeParse(picture).success).toBe(false);
    expect(blocksSchema.image.safeParse({ type: 'image', id: 'i', ...picture }).success).toBe(false);
    const { svg: _svg, ...plain } = picture;
    expect(courseSchema.picture.safeParse(plain).success).toBe(true);
  });

  it('draws every SVG picture of the real courses and the demo logo inline', () => {
    const files = ['organisations/demo/logo.svg'];
    for (const course of ['communication', 'listening', 'self-care'])
      for (const name of readdirSync(join(REPO_ROOT, 'courses', course, 'media')))
        if (name.endsWith('.svg')) files.push(`courses/${course}/media/${name}`);
    const refused = files
      .map((file) => [file, inlineSvg(readFileSync(join(REPO_ROOT, file), 'utf8'), 640, 400)] as const)
      .filter(([, result]) => 'refused' in result);
    expect(refused).toEqual([]);
    expect(files.length).toBeGreaterThan(30);
  });
});
