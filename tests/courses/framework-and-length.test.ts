/**
 * The real courses in every language: the Movement's MHPSS Framework shown as a labelled
 * diagram in the learner's language, stigma taught and assessed, and 30 to 60 minutes for a
 * reader at 130 words a minute, measured by the validator's estimate of that language.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markdownToPlainText } from '../../src/course/markdown.ts';
import type { BlockOf, Course } from '../../src/course/types.ts';
import { WORDS_PER_MINUTE } from '../../src/validator/estimate.ts';
import { extractStrings } from '../../src/validator/translations.ts';
import { loadCourse, ROOT } from '../support/courses.ts';

const REAL = ['communication', 'listening', 'self-care'];

/** The framework's four layers, from the base up, as each language names them. */
const LAYERS: Record<string, string[]> = {
  en: [
    'Basic psychosocial support',
    'Focused psychosocial support',
    'Psychological support',
    'Specialized mental health care',
  ],
  fr: [
    'Soutien psychosocial de base',
    'Soutien psychosocial ciblé',
    'Soutien psychologique',
    'Soins spécialisés de santé mentale',
  ],
  es: [
    'Apoyo psicosocial básico',
    'Apoyo psicosocial focalizado',
    'Apoyo psicológico',
    'Atención especializada en salud mental',
  ],
  ar: [
    'الدعم النفسي والاجتماعي الأساسي',
    'الدعم النفسي والاجتماعي المركّز',
    'الدعم النفسي',
    'الرعاية المتخصصة في الصحة النفسية',
  ],
};

/** How each language names stigma: the noun and the words made from it. */
const STIGMA: Record<string, RegExp> = {
  en: /\bstigma/i,
  fr: /stigmat/i,
  es: /estigma/i,
  ar: /وصم/,
};

const normal = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/** The text of each `<text>` element of an SVG, its `<tspan>` lines joined by spaces. */
function svgLabels(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) =>
    normal(m[1]!.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&')),
  );
}

/** Which names a text mentions. Longer names go first and are blanked out, so "الدعم النفسي" inside a longer layer name does not count. */
function named(text: string, names: string[]): string[] {
  let rest = normal(text);
  const found: string[] = [];
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    if (!rest.includes(normal(name))) continue;
    found.push(name);
    rest = rest.split(normal(name)).join(' | ');
  }
  return names.filter((name) => found.includes(name));
}

const blocksOf = (course: Course) => course.lessons.flatMap((l) => l.pages.flatMap((p) => p.blocks));

const languages = REAL.flatMap((id) =>
  loadCourse(`${ROOT}/courses/${id}`).map((v) => ({ id, name: `${id} (${v.course.language})`, ...v })),
);

describe.each(languages)('$name', ({ id, course, estimate }) => {
  const layers = LAYERS[course.language]!;
  const diagram = blocksOf(course).find((b) => b.id === 'img-mhpss-framework') as BlockOf<'image'> | undefined;

  it('shows the framework diagram, drawn with a text label for each of the four layers in this language', () => {
    expect(diagram?.type).toBe('image');
    const svg = readFileSync(`${ROOT}/courses/${id}/${diagram!.src}`, 'utf8');
    const labels = svgLabels(svg);
    expect(layers.filter((layer) => !labels.includes(normal(layer)))).toEqual([]);
  });

  it('names the four layers in the diagram’s alt text or caption', () => {
    expect(named(`${diagram!.alt} ${diagram!.caption ?? ''}`, layers)).toEqual(layers);
  });

  it(`takes 30 to 60 minutes at ${WORDS_PER_MINUTE} words a minute in this language`, () => {
    expect(WORDS_PER_MINUTE).toBe(130);
    expect(estimate.minutes).toBeGreaterThanOrEqual(30);
    expect(estimate.minutes).toBeLessThanOrEqual(60);
  });
});

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', fr: 'French', es: 'Spanish', ar: 'Arabic' };

describe.each(REAL)('courses/README.md on %s', (id) => {
  const readme = readFileSync(`${ROOT}/courses/README.md`, 'utf8');
  const section = readme.slice(readme.indexOf(`(\`${id}\`)`)).split('\n## ')[0]!;

  it.each(languages.filter((v) => v.id === id))(
    'states the measured length of $course.language at 130 and 200 words a minute',
    ({ course, estimate }) => {
      const row = section.split('\n').find((line) => line.startsWith(`| ${LANGUAGE_NAMES[course.language]} |`));
      const at200 = Math.round(estimate.words / 200 + estimate.activityMinutes);
      expect(row).toBe(
        `| ${LANGUAGE_NAMES[course.language]} | ${estimate.words.toLocaleString('en')} | ${estimate.readingMinutes.toFixed(1)} min | ${estimate.activityMinutes.toFixed(1)} min | **${estimate.minutes} min** | ${at200} min | ${course.estimatedMinutes} |`,
      );
    },
  );
});

describe.each(Object.keys(LAYERS))('in %s', (language) => {
  it('some course teaches stigma and asks about it', () => {
    const covering = languages
      .filter((v) => v.course.language === language)
      .filter(({ course, raw }) => {
        const questions = new Set(
          [...blocksOf(course), ...(course.assessment?.questions ?? [])].flatMap((b) => ('correct' in b ? [b.id] : [])),
        );
        const strings = extractStrings(raw).filter((s) => STIGMA[language]!.test(markdownToPlainText(s.value)));
        const inQuestion = strings.some((s) => questions.has(s.key.split('.')[0]!));
        return strings.length > 0 && inQuestion && strings.some((s) => !questions.has(s.key.split('.')[0]!));
      })
      .map((v) => v.id);
    expect(covering.length).toBeGreaterThan(0);
  });
});

describe('naming the layers', () => {
  it('tells a layer from a longer one that holds its words', () => {
    expect(named('Basic psychosocial support only', LAYERS.en!)).toEqual(['Basic psychosocial support']);
    // Psychological support is a layer of its own, not a part of the psychosocial ones.
    expect(named('الدعم النفسي والاجتماعي الأساسي', LAYERS.ar!)).toEqual(['الدعم النفسي والاجتماعي الأساسي']);
    expect(named('الدعم النفسي والاجتماعي الأساسي، ثم الدعم النفسي', LAYERS.ar!)).toEqual([
      'الدعم النفسي والاجتماعي الأساسي',
      'الدعم النفسي',
    ]);
  });
});
