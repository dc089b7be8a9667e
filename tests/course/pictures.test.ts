/**
 * The course format's pictures and further learning: a cover and lesson pictures that are
 * always described and sized, resources with their own ids, and every word of them
 * translatable like the rest of the course.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { course as courseSchema } from '../../src/course/course-schema.ts';
import { coursePictures } from '../../src/course/pictures.ts';
import { extractStrings } from '../../src/validator/translations.ts';
import { ROOT } from '../support/courses.ts';

const raw = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/courses/sample/course.json'), 'utf8'));
const issues = (input: unknown) =>
  courseSchema.safeParse(input).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('course pictures and further learning', () => {
  it('accept a cover, lesson pictures and resources, each optional', () => {
    expect(issues(raw)).toEqual([]);
    const { cover: _cover, furtherLearning: _further, ...bare } = raw;
    expect(issues(bare)).toEqual([]);
  });

  it('refuse a cover without alt text or size', () => {
    expect(issues({ ...raw, cover: { src: 'media/cover.svg' } })).toMatchInlineSnapshot(`
      [
        "cover.alt: Invalid input: expected string, received undefined",
        "cover.width: Invalid input: expected number, received undefined",
        "cover.height: Invalid input: expected number, received undefined",
      ]
    `);
  });

  it('refuse two resources with one id, and a link that is not http(s)', () => {
    const twice = { id: 'guide', title: 'A guide', url: 'javascript:alert(1)' };
    expect(
      issues({ ...raw, furtherLearning: [twice, { ...twice, url: 'https://example.org' }] }),
    ).toMatchInlineSnapshot(`
        [
          "furtherLearning.0.url: Invalid URL",
          "furtherLearning.1.id: "guide" is used twice in furtherLearning. Give each resource its own id",
        ]
      `);
  });

  it('lists the cover, then each lesson picture, where they sit in course.json', () => {
    const course = courseSchema.parse(raw);
    expect([...coursePictures(course)].map(({ picture, path }) => `${path.join('.')}: ${picture.src}`)).toEqual([
      'cover: media/cover.svg',
      'lessons.0.image: media/listening.svg',
    ]);
  });

  it('give translators the alt text and every resource title and description, keyed by id, but not the addresses', () => {
    const keys = extractStrings(raw).map((s) => s.key);
    expect(keys.filter((key) => /^course\.cover|\.image\.|furtherLearning/.test(key))).toEqual([
      'course.cover.alt',
      'lesson-basics.image.alt',
      'course.furtherLearning.ps-centre.title',
      'course.furtherLearning.ps-centre.description',
      'course.furtherLearning.course-self-care.title',
      'course.furtherLearning.course-self-care.description',
    ]);
  });
});
