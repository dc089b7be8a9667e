/** The minimal valid course that `npm run new-course` writes: one lesson, two pages, one question. */

export function starterCourse(id: string, title: string, language: string, schemaDir = '../..') {
  return {
    $schema: `${schemaDir}/course.schema.json`,
    id,
    version: '0.1.0',
    title,
    description: 'Describe in one or two sentences who this course is for and what they will be able to do.',
    language,
    estimatedMinutes: 2,
    objectives: [{ id: 'obj-first', text: 'Write what the learner will be able to do.' }],
    contentNote: {
      body: 'Say here if the course touches on distressing topics, and remind learners they can pause at any time.',
    },
    lessons: [
      {
        id: 'lesson-first',
        title: 'First lesson',
        pages: [
          {
            id: 'page-welcome',
            title: 'Welcome',
            blocks: [
              {
                type: 'text',
                id: 'welcome-text',
                body: 'Write your first page here. You can use **bold**, *italic*, lists and [links](https://www.ifrc.org).',
              },
              {
                type: 'callout',
                id: 'welcome-pause',
                variant: 'support',
                body: 'You can pause at any time and come back later. Your progress is saved.',
              },
            ],
          },
          {
            id: 'page-check',
            title: 'Check your understanding',
            blocks: [
              {
                type: 'single-choice',
                id: 'kc-first',
                prompt: 'Replace this with a question.',
                objectives: ['obj-first'],
                choices: [
                  { id: 'a', text: 'The right answer', feedback: 'Say why this is right.' },
                  { id: 'b', text: 'A tempting wrong answer', feedback: 'Say why this is not right.' },
                ],
                correct: 'a',
                feedback: {
                  correct: 'Explain why the answer is right.',
                  incorrect: 'Explain the right answer, without blame.',
                },
              },
              { type: 'contacts', id: 'support-contacts', title: 'Where to get support' },
            ],
          },
        ],
      },
    ],
    completion: { when: ['pages-complete'] },
  };
}
