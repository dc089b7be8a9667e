/**
 * The course flow as one XState machine, built from a validated course.
 *
 * It is pure: tracking and persistence are the named actions `persist`, `reportStatus`,
 * `reportInteraction`, `reportSurvey` and `finish`, empty here and filled in by the app
 * with `.provide()`. Nothing here touches the DOM, Preact or an LMS.
 *
 * Longer than the usual file on purpose: XState's config is one object, and the guards, actions
 * and states read against each other; the transitions themselves live in transitions.ts.
 */
import { assign } from 'xstate';
import type { Course } from '../course/types.ts';
import type { EngineContext, EngineInput } from './context.ts';
import { indexCourse } from './course-index.ts';
import type { EngineEvent, InteractionParams, SurveyParams } from './engine-events.ts';
import { setup } from './machine-setup.ts';
import { judge } from './scoring.ts';
import { allPagesComplete, assessmentStatus, courseStatus, isPageComplete, isPageUnlocked } from './selectors.ts';
import * as transitions from './transitions.ts';

/**
 * Builds the machine for one course.
 * @example createActor(createCourseMachine(course), { input: { seed: 7 } }).start().send({ type: 'course.start' })
 */
export function createCourseMachine(course: Course) {
  const index = indexCourse(course);
  const pageAt = (offset: number, ctx: EngineContext) =>
    index.pages[(index.pageById.get(ctx.pageId)?.index ?? 0) + offset]?.page.id;
  const lastPage = index.pages[index.pages.length - 1]!.page.id;
  const canLeavePage = (ctx: EngineContext) => course.navigation === 'free' || isPageComplete(course, ctx, ctx.pageId);
  const summaryUnlocked = (ctx: EngineContext) =>
    allPagesComplete(course, ctx) ||
    courseStatus(course, ctx).completion === 'completed' ||
    assessmentStatus(course, ctx).failedOut;
  // The interaction for a graded answer, judged here because the learner sees no feedback until the result.
  const gradedInteraction = {
    type: 'reportInteraction' as const,
    params: ({ context, event }: { context: EngineContext; event: EngineEvent }): InteractionParams => {
      const { questionId, response } = event as Extract<EngineEvent, { type: 'assessment.answer' }>;
      const attempt = context.attempt?.number ?? context.history.count;
      return {
        questionId,
        response,
        correct: judge(index.graded.get(questionId)!, response).correct,
        attempt,
        tries: 1,
      };
    },
  };

  return setup({
    types: {} as { context: EngineContext; events: EngineEvent; input: EngineInput | undefined },
    guards: {
      restored: ({ context }) => context.restored,
      awaitingSession: ({ context }) => context.awaitingSession,
      sessionRestored: ({ event }) => event.type === 'session.restore' && !!event.progress,
      hasNextPage: ({ context }) => !!pageAt(1, context) && canLeavePage(context),
      hasPreviousPage: ({ context }) => !!pageAt(-1, context),
      canGoto: ({ context, event }) => event.type === 'nav.goto' && isPageUnlocked(course, context, event.pageId),
      nextIsAssessment: ({ context }) =>
        !pageAt(1, context) && canLeavePage(context) && assessmentStatus(course, context).unlocked,
      nextIsSummary: ({ context }) =>
        !pageAt(1, context) && !course.assessment && canLeavePage(context) && summaryUnlocked(context),
      bookmarkIsAssessment: ({ context }) =>
        context.bookmark === 'assessment' && assessmentStatus(course, context).unlocked,
      bookmarkIsSummary: ({ context }) => context.bookmark === 'summary' && summaryUnlocked(context),
      canSubmit: ({ context, event }) =>
        event.type === 'question.submit' && transitions.canSubmit(course, context, event.questionId, event.response),
      canRetry: ({ context, event }) =>
        event.type === 'question.retry' && transitions.canRetry(course, context, event.questionId),
      canChoose: ({ context, event }) =>
        event.type === 'scenario.choose' && transitions.canChoose(course, context, event.scenarioId, event.choiceId),
      canRestartScenario: ({ context, event }) =>
        event.type === 'scenario.restart' && transitions.canRestartScenario(course, context, event.scenarioId),
      canAnswerSurvey: ({ event }) =>
        event.type === 'survey.answer' &&
        transitions.canAnswerSurvey(course, event.blockId, event.statementId, event.value),
      assessmentUnlocked: ({ context }) => assessmentStatus(course, context).unlocked,
      canStartAttempt: ({ context }) => assessmentStatus(course, context).canStart,
      canAnswerLast: ({ context, event }) =>
        event.type === 'assessment.answer' &&
        transitions.canAnswerAssessment(course, context, event.questionId, event.response) &&
        context.attempt!.responses.length + 1 === context.attempt!.questionIds.length,
      canAnswer: ({ context, event }) =>
        event.type === 'assessment.answer' &&
        transitions.canAnswerAssessment(course, context, event.questionId, event.response),
      summaryUnlocked: ({ context }) => summaryUnlocked(context),
    },
    actions: {
      // Filled in by the app with .provide(); empty so the engine runs anywhere.
      persist: () => {},
      reportStatus: () => {},
      reportInteraction: (_, _params: InteractionParams) => {},
      reportSurvey: (_, _params: SurveyParams) => {},
      finish: () => {},
      visitCurrentPage: assign(({ context }) => transitions.visitPage(context, context.pageId)),
      goNext: assign({ pageId: ({ context }) => pageAt(1, context)! }),
      goBack: assign({ pageId: ({ context }) => pageAt(-1, context)! }),
      goLast: assign({ pageId: lastPage }),
      goTo: assign({ pageId: ({ context, event }) => (event.type === 'nav.goto' ? event.pageId : context.pageId) }),
      reset: assign(({ context }) => transitions.resetProgress(course, context)),
      restoreSession: assign(({ context, event }) =>
        event.type === 'session.restore' ? transitions.restoreSession(course, context, event) : context,
      ),
      submit: assign(({ context, event }) =>
        event.type === 'question.submit'
          ? transitions.submitAnswer(course, context, event.questionId, event.response)
          : context,
      ),
      retry: assign(({ context, event }) =>
        event.type === 'question.retry' ? transitions.retryQuestion(context, event.questionId) : context,
      ),
      choose: assign(({ context, event }) =>
        event.type === 'scenario.choose'
          ? transitions.chooseInScenario(course, context, event.scenarioId, event.choiceId)
          : context,
      ),
      restartScenario: assign(({ context, event }) =>
        event.type === 'scenario.restart' ? transitions.restartScenario(context, event.scenarioId) : context,
      ),
      answerSurvey: assign(({ context, event }) =>
        event.type === 'survey.answer'
          ? transitions.answerSurvey(context, event.blockId, event.statementId, event.value)
          : context,
      ),
      startAttempt: assign(({ context }) => transitions.startAttempt(course, context)),
      answerAssessment: assign(({ context, event }) =>
        event.type === 'assessment.answer' ? transitions.answerAssessment(course, context, event.response) : context,
      ),
      bookmarkAssessment: assign({ bookmark: 'assessment' }),
      bookmarkSummary: assign({ bookmark: 'summary' }),
    },
  }).createMachine({
    id: 'course',
    context: ({ input }) => transitions.initialContext(course, input),
    initial: 'intro',
    on: { 'course.exit': { target: '.exited' } },
    states: {
      intro: {
        always: { guard: 'awaitingSession', target: 'connecting' },
        on: { 'course.start': [{ guard: 'restored', target: 'resumePrompt' }, { target: 'page' }] },
      },
      // The intro is live before the LMS session has started (issue 16); Start waits for it.
      connecting: {
        on: {
          'course.start': { target: 'starting' },
          'session.restore': { actions: 'restoreSession', target: 'intro' },
        },
      },
      starting: {
        on: {
          'session.restore': [
            { guard: 'sessionRestored', actions: 'restoreSession', target: 'resumePrompt' },
            { actions: 'restoreSession', target: 'page' },
          ],
        },
      },
      resumePrompt: {
        on: {
          'course.resume': [
            { guard: 'bookmarkIsAssessment', target: 'assessment' },
            { guard: 'bookmarkIsSummary', target: 'summary' },
            { target: 'page' },
          ],
          'course.restart': { actions: 'reset', target: 'page' },
        },
      },
      page: {
        entry: ['visitCurrentPage', 'persist', 'reportStatus'],
        on: {
          'nav.next': [
            { guard: 'hasNextPage', actions: 'goNext', target: 'page', reenter: true },
            { guard: 'nextIsAssessment', target: 'assessment' },
            { guard: 'nextIsSummary', target: 'summary' },
          ],
          'nav.back': { guard: 'hasPreviousPage', actions: 'goBack', target: 'page', reenter: true },
          'nav.goto': { guard: 'canGoto', actions: 'goTo', target: 'page', reenter: true },
          'question.submit': {
            guard: 'canSubmit',
            actions: [
              'submit',
              {
                type: 'reportInteraction',
                params: ({ context, event }) => {
                  const e = event as Extract<EngineEvent, { type: 'question.submit' }>;
                  const answer = context.answers.get(e.questionId)!;
                  return {
                    questionId: e.questionId,
                    response: answer.response,
                    correct: answer.correct,
                    tries: answer.tries,
                  };
                },
              },
              'persist',
              'reportStatus',
            ],
          },
          'question.retry': { guard: 'canRetry', actions: 'retry' },
          'scenario.choose': { guard: 'canChoose', actions: ['choose', 'persist', 'reportStatus'] },
          'scenario.restart': { guard: 'canRestartScenario', actions: ['restartScenario', 'persist'] },
          'survey.answer': {
            guard: 'canAnswerSurvey',
            actions: [
              'answerSurvey',
              { type: 'reportSurvey', params: ({ event }) => event as Extract<EngineEvent, { type: 'survey.answer' }> },
              'persist',
            ],
          },
          'assessment.open': { guard: 'assessmentUnlocked', target: 'assessment' },
          'summary.open': { guard: 'summaryUnlocked', target: 'summary' },
        },
      },
      assessment: {
        entry: ['bookmarkAssessment', 'persist'],
        initial: 'intro',
        on: {
          'nav.back': { actions: 'goLast', target: 'page' },
          'nav.goto': { guard: 'canGoto', actions: 'goTo', target: 'page' },
          'summary.open': { guard: 'summaryUnlocked', target: 'summary' },
        },
        states: {
          intro: {
            on: {
              'assessment.start': {
                guard: 'canStartAttempt',
                actions: ['startAttempt', 'persist'],
                target: 'question',
              },
            },
          },
          question: {
            on: {
              'assessment.answer': [
                {
                  guard: 'canAnswerLast',
                  actions: ['answerAssessment', gradedInteraction, 'persist', 'reportStatus'],
                  target: 'result',
                },
                {
                  guard: 'canAnswer',
                  actions: ['answerAssessment', gradedInteraction, 'persist'],
                  target: 'question',
                  reenter: true,
                },
              ],
            },
          },
          result: {
            on: {
              'assessment.start': {
                guard: 'canStartAttempt',
                actions: ['startAttempt', 'persist'],
                target: 'question',
              },
              'nav.next': { guard: 'summaryUnlocked', target: '#course.summary' },
            },
          },
        },
      },
      summary: {
        entry: ['bookmarkSummary', 'persist', 'reportStatus'],
        on: {
          'nav.back': [
            { guard: 'assessmentUnlocked', target: 'assessment' },
            { actions: 'goLast', target: 'page' },
          ],
          'nav.goto': { guard: 'canGoto', actions: 'goTo', target: 'page' },
          'assessment.open': { guard: 'assessmentUnlocked', target: 'assessment' },
        },
      },
      exited: {
        type: 'final',
        entry: ['persist', 'reportStatus', 'finish'],
      },
    },
  });
}

export type CourseMachine = ReturnType<typeof createCourseMachine>;
