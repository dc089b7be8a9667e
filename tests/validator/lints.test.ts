/**
 * Lints for guessable assessments, and the errors of a draw that cannot keep its promises.
 * tests/fixtures/lint/guessable is a valid course that trips every lint once; variations
 * of it are validated in memory, so every line an author sees is pinned with its place.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Course } from '../../src/course/types.ts';
import { courseChecks } from '../../src/validator/flow-check.ts';
import {
  fixedCorrectCount,
  type Lint,
  longestAnswerBias,
  objectiveCanBeMissed,
  oneSidedTrueFalse,
} from '../../src/validator/lints.ts';
import { nodeCourseFolder } from '../../src/validator/node-folder.ts';
import { formatProblemLine, type JsonPath } from '../../src/validator/problem.ts';
import { translationTemplate } from '../../src/validator/translations.ts';
import { type CourseFolder, validateCourseFolder } from '../../src/validator/validate-course.ts';
import { parseCourse } from '../support/courses.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE = 'tests/fixtures/lint/guessable';
const source = () => JSON.parse(readFileSync(`${ROOT}/${FIXTURE}/course.json`, 'utf8'));

/** The fixture folder, with some files replaced or added in memory. */
function folderWith(files: Record<string, string>): CourseFolder {
  const disk = nodeCourseFolder(FIXTURE, ROOT);
  return {
    path: disk.path,
    read: (path) => files[path] ?? disk.read(path),
    exists: (path) => path in files || disk.exists(path),
    list: (dir) => [
      ...new Set([
        ...disk.list(dir),
        ...Object.keys(files)
          .filter((path) => path.startsWith(`${dir}/`))
          .map((path) => path.slice(dir.length + 1)),
      ]),
    ],
  };
}

/** Validates the fixture with course.json changed by `edit`, as the CLI would. */
function validateEdited(edit: (course: any) => void) {
  const course = source();
  edit(course);
  return validateCourseFolder(folderWith({ 'course.json': JSON.stringify(course, null, 2) }), courseChecks);
}

const lines = (problems: Parameters<typeof formatProblemLine>[0][]) => problems.map(formatProblemLine);

// #region The fixture
describe('a course whose questions can be guessed', () => {
  const result = validateCourseFolder(nodeCourseFolder(FIXTURE, ROOT), courseChecks);

  it('still validates: warnings never fail a course', () => {
    expect(result.problems).toEqual([]);
    expect(result.courses.map((c) => c.course.language)).toEqual(['en']);
  });

  it('gets one located warning per pattern, worded by the catalogue', () => {
    expect(result.warnings.every((w) => w.severity === 'warning')).toBe(true);
    expect(lines(result.warnings)).toMatchInlineSnapshot(`
      [
        "tests/fixtures/lint/guessable/course.json:38:13 → assessment.draw: an attempt can draw no question on objectives "obj-a", "obj-b", "obj-c", and the LMS would then learn nothing about them. Add "drawPerObjective": 1 to the assessment, or mark questions "alwaysDraw". [objective-can-be-missed]",
        "tests/fixtures/lint/guessable/course.json:38:13 → assessment.draw: no question in the pool assesses objective "obj-d", so the LMS never learns whether it was met. Add graded questions on it. [objective-can-be-missed]",
        "tests/fixtures/lint/guessable/course.json:43:30 → assessment.questions[0].choices[1].text: the correct answer is the strictly longest choice in 2 of 4 single-choice questions (sc-1, sc-2), more than a third, so a learner can pick the longest and pass. In 1 of them, shorten the correct answer or make a wrong one as long. [longest-answer-bias]",
        "tests/fixtures/lint/guessable/course.json:53:135 → assessment.questions[3].correct: only 0 of 3 true/false statements are true, so a learner who always answers "false" scores well. Make at least 1 of them true. [one-sided-true-false]",
        "tests/fixtures/lint/guessable/course.json:58:21 → assessment.questions[6].correct: all 3 multiple-choice questions have exactly 2 correct answers, so a learner can learn to tick 2. Vary how many choices are correct. [fixed-correct-count]",
      ]
    `);
  });

  it('checks answer lengths again in each translation, at the translated string', () => {
    const strings = translationTemplate(source());
    // In this language the right answer to sc-3 came out longest too: 3 of 4.
    strings['sc-3.choices.stay.text'] = 'Restez avec la personne et appelez les secours tout de suite, sans attendre.';
    const translation = { language: 'fr', sourceVersion: '1.0.0', strings };
    const { problems, warnings, courses } = validateCourseFolder(
      folderWith({ 'i18n/fr.json': JSON.stringify(translation, null, 2) }),
      courseChecks,
    );
    expect(problems).toEqual([]);
    expect(courses).toHaveLength(2);
    // The other patterns do not depend on the language, so only the source reports them.
    expect(lines(warnings.filter((w) => w.file.endsWith('fr.json')))).toMatchInlineSnapshot(`
      [
        "tests/fixtures/lint/guessable/i18n/fr.json:22:28 → strings["sc-1.choices.b.text"]: the correct answer is the strictly longest choice in 3 of 4 single-choice questions (sc-1, sc-2, sc-3), more than a third, so a learner can pick the longest and pass. In 2 of them, shorten the correct answer or make a wrong one as long. [longest-answer-bias]",
      ]
    `);
  });
});
// #endregion

// #region Thresholds
/** A page with no knowledge check, so that only the pool given is counted. */
const plainLessons = [
  {
    id: 'lesson-one',
    title: 'Reading',
    pages: [{ id: 'page-one', title: 'Read', blocks: [{ type: 'text', id: 'read', body: 'Read this.' }] }],
  },
];

/** Runs one lint on a course with only the given pool of questions and returns the paths it reported. */
function lint(rule: Lint, questions: object[]): JsonPath[] {
  const course: Course = parseCourse({
    ...source(),
    lessons: plainLessons,
    assessment: { ...source().assessment, draw: undefined, questions },
  });
  const found: JsonPath[] = [];
  rule(course, (path) => found.push(path));
  return found;
}

const feedback = { correct: 'Right.', incorrect: 'Not quite.' };
const single = (id: string, right: string, wrong: string) => ({
  type: 'single-choice',
  id,
  prompt: 'Which?',
  objectives: ['obj-a'],
  choices: [
    { id: 'right', text: right },
    { id: 'wrong', text: wrong },
  ],
  correct: 'right',
  feedback,
});
const trueFalse = (id: string, correct: boolean) => ({
  type: 'true-false',
  id,
  prompt: 'True?',
  objectives: ['obj-a'],
  correct,
  feedback,
});
const multiple = (id: string, correct: number) => ({
  type: 'multiple-choice',
  id,
  prompt: 'Which?',
  objectives: ['obj-a'],
  choices: ['a', 'b', 'c', 'd'].map((c) => ({ id: c, text: c })),
  correct: ['a', 'b', 'c'].slice(0, correct),
  feedback,
});

describe('the lints', () => {
  it('let a third of the correct answers be the longest, and warn above it', () => {
    const longest = (n: number) => single(`long-${n}`, 'A longer answer', 'Short');
    const shorter = (n: number) => single(`short-${n}`, 'Short', 'A longer answer');
    const tie = single('tie', 'Same', 'Same');
    expect(lint(longestAnswerBias, [longest(1), shorter(1), tie])).toEqual([]);
    expect(lint(longestAnswerBias, [longest(1), longest(2), shorter(1), shorter(2), tie])).toEqual([
      ['assessment', 'questions', 0, 'choices', 0, 'text'],
    ]);
  });

  it('judge a pattern only from three questions of its kind', () => {
    expect(lint(longestAnswerBias, [single('a', 'Longer one', 'x'), single('b', 'Longer one', 'x')])).toEqual([]);
    expect(lint(oneSidedTrueFalse, [trueFalse('a', false), trueFalse('b', false)])).toEqual([]);
    expect(lint(fixedCorrectCount, [multiple('a', 2), multiple('b', 2)])).toEqual([]);
  });

  it('want at least a third of true/false statements each way', () => {
    expect(lint(oneSidedTrueFalse, [trueFalse('a', true), trueFalse('b', false), trueFalse('c', false)])).toEqual([]);
    // All true: the warning points at the first statement on the crowded side.
    expect(lint(oneSidedTrueFalse, [trueFalse('a', true), trueFalse('b', true), trueFalse('c', true)])).toEqual([
      ['assessment', 'questions', 0, 'correct'],
    ]);
  });

  it('accept multiple-choice questions once the number of correct answers varies', () => {
    expect(lint(fixedCorrectCount, [multiple('a', 2), multiple('b', 2), multiple('c', 3)])).toEqual([]);
    expect(lint(fixedCorrectCount, [multiple('a', 1), multiple('b', 1), multiple('c', 1)])).toHaveLength(1);
  });

  it('find no objective to miss when every draw must include one on it', () => {
    const pool = [single('a1', 'x', 'y'), single('a2', 'x', 'y'), { ...single('b1', 'x', 'y'), objectives: ['obj-b'] }];
    const objectives = [
      { id: 'obj-a', text: 'A.' },
      { id: 'obj-b', text: 'B.' },
    ];
    const course = (assessment: object) =>
      parseCourse({ ...source(), objectives, assessment: { ...source().assessment, ...assessment, questions: pool } });
    const found = (assessment: object) => {
      const paths: JsonPath[] = [];
      objectiveCanBeMissed(course(assessment), (path) => paths.push(path));
      return paths.length;
    };
    expect(found({ draw: 2 })).toBe(1); // a1 and a2 leave obj-b out
    expect(found({ draw: 3 })).toBe(0); // the whole pool
    expect(found({ draw: 2, drawPerObjective: 1 })).toBe(0);
    expect(found({ draw: 1, questions: undefined })).toBe(1);
  });
});
// #endregion

// #region A draw that cannot keep its promises
describe('drawing by objective', () => {
  it('is refused when an objective has too few questions in the pool, at drawPerObjective', () => {
    const { problems, courses } = validateEdited((course) => {
      course.assessment.drawPerObjective = 2;
    });
    expect(courses).toEqual([]);
    expect(lines(problems)).toMatchInlineSnapshot(`
      [
        "tests/fixtures/lint/guessable/course.json:271:25 → assessment.drawPerObjective: objective "obj-d" has no question in the pool, but every attempt must draw 2 on it. Add questions on it to the pool, or lower "drawPerObjective". [objective-pool-too-small]",
      ]
    `);
  });

  it('is refused when the draw is smaller than the always-drawn questions plus the objectives they leave open', () => {
    const edit = (draw: number) => (course: any) => {
      course.assessment.draw = draw;
      course.assessment.drawPerObjective = 1;
      course.assessment.questions[2].objectives.push('obj-d');
      course.assessment.questions[3].alwaysDraw = true; // obj-c
      course.assessment.questions[5].alwaysDraw = true; // obj-b
    };
    // Two always drawn, then one each for obj-a and obj-d: four places.
    expect(validateEdited(edit(4)).problems).toEqual([]);
    expect(lines(validateEdited(edit(3)).problems)).toMatchInlineSnapshot(`
      [
        "tests/fixtures/lint/guessable/course.json:69:13 → assessment.draw: draws 3 questions per attempt, but every attempt must include 2 questions marked "alwaysDraw" (tf-1, tf-3) and 1 question on each of its 4 objectives, which can take up to 4. Raise "draw" to 4, or lower "drawPerObjective". [draw-too-small]",
      ]
    `);
  });

  it('warns of no objective the draw can miss once it draws by objective', () => {
    const { problems, warnings } = validateEdited((course) => {
      course.assessment.drawPerObjective = 1;
      course.assessment.questions[0].objectives.push('obj-d');
    });
    expect(problems).toEqual([]);
    expect(warnings.map((w) => w.rule)).not.toContain('objective-can-be-missed');
  });

  it('is refused when more questions are always drawn than the draw holds', () => {
    const { problems } = validateEdited((course) => {
      course.assessment.draw = 1;
      course.assessment.questions[0].alwaysDraw = true;
      course.assessment.questions[1].alwaysDraw = true;
    });
    expect(lines(problems)).toMatchInlineSnapshot(`
      [
        "tests/fixtures/lint/guessable/course.json:69:13 → assessment.draw: draws 1 question per attempt, but every attempt must include 2 questions marked "alwaysDraw" (sc-1, sc-2). Raise "draw" to 2, or mark fewer questions "alwaysDraw". [draw-too-small]",
      ]
    `);
  });

  it('refuses alwaysDraw on a knowledge check, which is never drawn', () => {
    const { problems } = validateEdited((course) => {
      course.lessons[0].pages[0].blocks[0].alwaysDraw = true;
    });
    expect(lines(problems)).toMatchInlineSnapshot(`
      [
        "tests/fixtures/lint/guessable/course.json:58:29 → lessons[0].pages[0].blocks[0].alwaysDraw: only graded questions are drawn, and a knowledge check is always on its page. Remove "alwaysDraw", or move the question into "assessment.questions". [always-draw-practice]",
      ]
    `);
  });
});
// #endregion
