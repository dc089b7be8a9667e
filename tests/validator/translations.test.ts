import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyTranslation, extractStrings, translationTemplate } from '../../src/validator/translations.ts';

const read = (path: string): unknown =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../fixtures/courses/${path}`, import.meta.url)), 'utf8'));
const mini = () => read('mini/course.json') as Record<string, any>;
const sample = () => read('sample/course.json') as Record<string, any>;
const arabic = read('mini/i18n/ar.json') as { strings: Record<string, string> };

// #region Keys
describe('extractStrings', () => {
  it('keys every learner-facing string by the ids of the items that hold it', () => {
    expect(extractStrings(mini()).map((s) => s.key)).toMatchInlineSnapshot(`
      [
        "course.title",
        "course.description",
        "obj-listen.text",
        "lesson-one.title",
        "page-intro.title",
        "intro-text.body",
        "intro-image.alt",
        "page-try.title",
        "q-reply.prompt",
        "q-reply.choices.a.text",
        "q-reply.choices.b.text",
        "q-reply.feedback.correct",
        "q-reply.feedback.incorrect",
        "scene-door.title",
        "scene-door.characters.sam.name",
        "scene-door.nodes.start.text",
        "scene-door.nodes.start.choices.respect.text",
        "scene-door.nodes.end.text",
        "scene-door.nodes.end.ending.title",
      ]
    `);
  });

  it('keeps the same key for each string when items are reordered', () => {
    const course = sample();
    const reordered = sample();
    reordered.lessons.reverse();
    reordered.lessons[1].pages[2].blocks[0].choices.reverse();
    reordered.lessons[0].pages[0].blocks[0].nodes.reverse();
    reordered.assessment.questions.reverse();
    const byKey = (value: unknown) => Object.fromEntries(extractStrings(value).map((s) => [s.key, s.value]));
    expect(byKey(reordered)).toEqual(byKey(course));
  });

  it('leaves out ids, answers, references, paths and settings', () => {
    const keys = extractStrings(sample()).map((s) => s.key);
    expect(
      keys.filter(
        (key) =>
          /\.(id|type|correct|next|start|src|poster|language|objectives|sources|variant|style|kinds)(\.|$)/.test(key) &&
          !key.includes('.feedback.'),
      ),
    ).toEqual([]);
    expect(keys).toContain('kc-open.feedback.correct');
    expect(keys).not.toContain('course.$schema');
  });

  it('gives each string its JSON path in the source', () => {
    const strings = extractStrings(sample());
    expect(strings.find((s) => s.key === 'fa-open.choices.b.text')).toEqual({
      key: 'fa-open.choices.b.text',
      value: 'What has the last day been like for you?',
      path: ['assessment', 'questions', 0, 'choices', 1, 'text'],
    });
    expect(strings.find((s) => s.key === 'survey.scale.2')?.path).toEqual([
      'lessons',
      1,
      'pages',
      2,
      'blocks',
      4,
      'scale',
      2,
    ]);
  });

  it('matches the keys of the Arabic translation of the mini course', () => {
    expect(Object.keys(translationTemplate(mini())).sort()).toEqual(Object.keys(arabic.strings).sort());
  });
});
// #endregion

// #region Applying
describe('applyTranslation', () => {
  it('replaces the translated strings and nothing else', () => {
    const source = mini();
    const translated = applyTranslation(source, {
      'course.title': 'Une minute d’écoute',
      'q-reply.choices.b.text': 'Je suis là.',
    }) as Record<string, any>;
    const question = translated.lessons[0].pages[1].blocks[0];
    expect(translated.title).toBe('Une minute d’écoute');
    expect(question.choices[1]).toEqual({ id: 'b', text: 'Je suis là.' });
    // Untranslated strings, ids, answers, numbers and paths stay as they were.
    expect(question.correct).toBe('b');
    expect(translated.estimatedMinutes).toBe(3);
    expect(translated.lessons[0].pages[0].blocks[1].src).toBe('media/listening.svg');
    expect({ ...translated, title: source.title, lessons: source.lessons }).toEqual(source);
  });

  it('does not change the source course', () => {
    const source = mini();
    applyTranslation(source, arabic.strings);
    expect(source).toEqual(mini());
  });

  it('ignores keys the course does not have and never adds fields', () => {
    expect(applyTranslation(mini(), { 'nothing.here': 'x', 'course.id': 'x', 'q-reply.correct': 'a' })).toEqual(mini());
  });
});

describe('translationTemplate', () => {
  it('round-trips: applying the template gives back the source course', () => {
    expect(applyTranslation(sample(), translationTemplate(sample()))).toEqual(sample());
  });

  it('holds each key once, with the source text', () => {
    const strings = extractStrings(sample());
    const template = translationTemplate(sample());
    expect(Object.keys(template)).toHaveLength(strings.length);
    expect(template['care-list.items.walk.text']).toBe('Take a short walk');
  });

  it('reads back from a translated course the strings that were applied', () => {
    const translated = applyTranslation(mini(), arabic.strings);
    expect(translationTemplate(translated)).toEqual(arabic.strings);
  });
});
// #endregion
