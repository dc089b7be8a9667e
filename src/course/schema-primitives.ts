/**
 * The small schemas every part of the course format is made of: ids, text, Markdown,
 * asset paths. Authoring-time only: the player imports types from here, never values.
 */
import { z } from 'zod';
import { parseMarkdown } from './markdown.ts';

/** Stable ids: lower-case words joined by hyphens. Learner progress is keyed by them. */
export const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'must be lower-case letters, digits and single hyphens, like "listening-basics"',
  })
  .max(64)
  .meta({
    id: 'id',
    description:
      'A stable id: lower-case letters, digits and hyphens. Never reuse or renumber it; learner progress is stored under it.',
  });

/** A reference to an id defined elsewhere in the course. */
export const idRef = z.string().min(1).max(64);

// The validator words these problems for authors from `params` (its error catalogue sits above
// the course format); `rule` names the catalogue entry, `find` is where the text is, `detail` what it is.
/** One line of plain text: titles, labels, names. */
export const plainText = z
  .string()
  .trim()
  .min(1)
  .max(300)
  .superRefine((value, ctx) => {
    const html = /<\/?[a-z][^>]*>|<!--/i.exec(value);
    if (html)
      ctx.addIssue({
        code: 'custom',
        message: `contains raw HTML (found ${JSON.stringify(html[0])})`,
        params: { rule: 'raw-html', find: html[0], detail: html[0] },
      });
  })
  .meta({ id: 'plainText', description: 'Plain text on one line. No Markdown, no HTML.' });

/** Author text in the safe Markdown subset. */
export const markdown = z
  .string()
  .trim()
  .min(1)
  .max(20_000)
  .superRefine((value, ctx) => {
    for (const problem of parseMarkdown(value).problems) {
      if (problem.kind === 'raw-html') {
        ctx.addIssue({
          code: 'custom',
          message: `contains raw HTML (found ${JSON.stringify(problem.detail)})`,
          params: { rule: 'raw-html', find: problem.text, detail: problem.detail },
        });
      } else {
        ctx.addIssue({
          code: 'custom',
          message: `links to ${JSON.stringify(problem.detail)}, which is not allowed`,
          params: { rule: 'unsafe-link', find: problem.text, detail: problem.detail },
        });
      }
    }
  })
  .meta({
    id: 'markdown',
    description:
      'Markdown subset: paragraphs, "- " and "1. " lists, **bold**, *italic*, [links](https://…). No headings, images or HTML.',
  });

/** A file inside the course folder, or a remote URL the course allows. Checked against the disk by the validator. */
export const assetPath = z.string().min(1).max(500).meta({
  id: 'assetPath',
  description:
    'A path relative to the course folder, such as "media/listening.jpg". No "..", no leading "/", no URLs unless listed in assets.allowRemote.',
});

export const semver = z
  .string()
  .regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, { error: 'must be a semantic version such as "1.0.0"' });
