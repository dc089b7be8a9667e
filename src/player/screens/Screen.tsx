/** The screen for the current machine state. */
import type { ScreenName } from '../screen-of.ts';
import { AssessmentIntro } from './AssessmentIntro.tsx';
import { AssessmentQuestion } from './AssessmentQuestion.tsx';
import { AssessmentResult } from './AssessmentResult.tsx';
import { ExitedScreen } from './ExitedScreen.tsx';
import { IntroScreen } from './IntroScreen.tsx';
import { PageScreen } from './PageScreen.tsx';
import { ResumeScreen } from './ResumeScreen.tsx';
import { SummaryScreen } from './SummaryScreen.tsx';

export function Screen({ name }: { name: ScreenName }) {
  switch (name) {
    case 'intro':
      return <IntroScreen />;
    case 'resume':
      return <ResumeScreen />;
    case 'page':
      return <PageScreen />;
    case 'assessment-intro':
      return <AssessmentIntro />;
    case 'assessment-question':
      return <AssessmentQuestion />;
    case 'assessment-result':
      return <AssessmentResult />;
    case 'summary':
      return <SummaryScreen />;
    case 'exited':
      return <ExitedScreen />;
  }
}
