/** Media sniffing: each format the player plays is known by its first bytes, and a mismatch is named. */
import { describe, expect, it } from 'vitest';
import { sniffMedia } from '../../src/validator/media-sniff.ts';
import { SIGNATURES } from '../support/hostile-folders.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('sniffMedia', () => {
  it.each([
    ['.png', SIGNATURES.png],
    ['.jpg', SIGNATURES.jpeg],
    ['.jpeg', SIGNATURES.jpeg],
    ['.webp', SIGNATURES.webp],
    ['.gif', SIGNATURES.gif],
    ['.svg', SIGNATURES.svg],
    ['.mp3', SIGNATURES.mp3],
    ['.mp4', SIGNATURES.mp4],
    ['.m4a', SIGNATURES.mp4],
    ['.webm', SIGNATURES.webm],
    ['.vtt', SIGNATURES.vtt],
    ['.ogg', bytes('OggS\u0000\u0002')],
    ['.wav', bytes('RIFF\u0024\u0000\u0000\u0000WAVEfmt ')],
  ])('accepts %s holding what its name says', (extension, head) => {
    expect(sniffMedia(extension, head)).toMatchObject({ matches: true });
  });

  it('accepts an SVG with a doctype that has an internal subset, as Inkscape writes it', () => {
    const svg = bytes(
      '<?xml version="1.0"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x.dtd" [\n<!ENTITY ns "y">\n]>\n<svg>',
    );
    expect(sniffMedia('.svg', svg)).toMatchObject({ matches: true });
  });

  it('names what a mislabelled file holds', () => {
    const found = (extension: string, head: Uint8Array) => {
      const sniffed = sniffMedia(extension, head)!;
      expect(sniffed.matches).toBe(false);
      return `${extension}: ${sniffed.found}`;
    };
    expect([
      found('.png', SIGNATURES.jpeg),
      found('.jpg', SIGNATURES.png),
      found('.webp', SIGNATURES.gif),
      found('.gif', SIGNATURES.webp),
      found('.svg', SIGNATURES.png),
      found('.mp3', SIGNATURES.mp4),
      found('.mp4', SIGNATURES.webm),
      found('.webm', SIGNATURES.mp3),
      found('.vtt', bytes('1\n00:00:00,000 --> 00:00:01,000\nHello\n')),
      found('.png', bytes('')),
      found('.jpg', bytes('PK\u0003\u0004')),
      found('.mp4', Uint8Array.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])),
    ]).toMatchInlineSnapshot(`
      [
        ".png: a JPEG image",
        ".jpg: a PNG image",
        ".webp: a GIF image",
        ".gif: a WebP image",
        ".svg: a PNG image",
        ".mp3: an MP4 file",
        ".mp4: a WebM video",
        ".webm: an MP3 recording",
        ".vtt: plain text",
        ".png: nothing: the file is empty",
        ".jpg: a zip archive",
        ".mp4: no media format this tool recognises",
      ]
    `);
  });

  it('knows nothing of other endings', () => {
    expect(sniffMedia('.txt', SIGNATURES.png)).toBeUndefined();
  });
});
