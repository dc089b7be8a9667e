/**
 * A package carries a course's structure inline and its words in text parts (issue 16):
 * split and put back, every course is exactly what the validator passed.
 */
import { describe, expect, it } from 'vitest';
import { splitCourseText } from '../../packaging/course-text.ts';
import { mergeTextParts, readTextPartScript, splitText } from '../../src/course/course-text.ts';
import { dictionaryFor } from '../../src/player/i18n/index.ts';
import { courseFolders, loadCourse } from '../support/courses.ts';

const courses = courseFolders().flatMap((dir) =>
  loadCourse(dir).map(({ course, contacts }) => ({ name: `${course.id}/${course.language}`, course, contacts })),
);

describe('course text', () => {
  it.each(courses)('puts $name back together exactly', ({ course, contacts }) => {
    const whole = structuredClone({ course, contacts });
    const ui = dictionaryFor(course.language);
    const split = splitCourseText(structuredClone(course), structuredClone(contacts), ui);
    const bundle = { course: split.course, contacts: split.contacts, ui: structuredClone(split.ui), text: split.text };
    mergeTextParts(bundle, (name) => readTextPartScript(split.files.get(`${name}.js`)!));
    expect(bundle.course).toEqual(whole.course);
    expect(bundle.contacts).toEqual(whole.contacts);
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
