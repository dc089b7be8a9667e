/**
 * A package carries a course's structure inline and its words in text parts (issue 16):
 * split and put back, every course is exactly what the validator passed.
 */
import { describe, expect, it } from 'vitest';
import { splitCourseText } from '../../packaging/course-text.ts';
import { mergeTextParts, readTextPartScript, splitText } from '../../src/course/course-text.ts';
import { dictionaryFor } from '../../src/player/i18n/index.ts';
import { courseFolders, loadCourse } from '../support/courses.ts';
import { packageInputFor } from '../support/organisations.ts';

const courses = courseFolders().flatMap((dir) =>
  loadCourse(dir).map((validated) => ({
    name: `${validated.course.id}/${validated.course.language}`,
    course: validated.course,
    organisation: packageInputFor(validated, 'demo').organisation,
  })),
);

describe('course text', () => {
  it.each(courses)('puts $name back together exactly', ({ course, organisation }) => {
    const whole = structuredClone({ course, organisation });
    const ui = dictionaryFor(course.language);
    const split = splitCourseText(structuredClone(course), structuredClone(organisation), ui);
    const bundle = {
      course: split.course,
      organisation: split.organisation,
      ui: structuredClone(split.ui),
      text: split.text,
    };
    // The banner is inline; the contacts and services wait in the common part.
    expect(bundle.organisation.name).toBe(organisation.name);
    expect(bundle.organisation.contacts).toEqual({ contacts: [] });
    mergeTextParts(bundle, (name) => readTextPartScript(split.files.get(`${name}.js`)!));
    expect(bundle.course).toEqual(whole.course);
    expect(bundle.organisation).toEqual(whole.organisation);
    expect(bundle.ui).toEqual(ui);
  });

  it('takes out only what a learner reads, in the shape it came from', () => {
    const question = {
      type: 'single-choice',
      id: 'q',
      prompt: 'Which?',
      choices: [{ id: 'a', text: 'One', feedback: 'Because.' }, { id: 'b' }],
      correct: 'a',
      feedback: { correct: 'Yes.', incorrect: 'No.' },
    };
    expect(splitText(question)).toEqual({
      structure: { type: 'single-choice', id: 'q', choices: [{ id: 'a' }, { id: 'b' }], correct: 'a' },
      words: { prompt: 'Which?', choices: [{ text: 'One', feedback: 'Because.' }, 0], feedback: question.feedback },
    });
  });
});
