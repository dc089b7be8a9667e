/**
 * The screen for the current machine state. The first screens (the intro, the resume
 * question, the goodbye) are in player.js; pages and the ending come in parts of their own
 * (parts/part-types.ts), with the words of the lesson on screen, and the blocks a learner
 * answers or writes in only on a page that has one (issue 16).
 */
import { registeredPart } from '../load-part.ts';
import type { EndingPart, PagePart } from '../parts/part-types.ts';
import type { ScreenName } from '../screen-of.ts';
import { partsForPage, wordsFor } from '../use-parts.ts';
import { usePlayer, useSelector } from '../use-player.ts';
import { WithParts } from '../WithParts.tsx';
import { ExitedScreen } from './ExitedScreen.tsx';
import { IntroScreen } from './IntroScreen.tsx';
import { ResumeScreen } from './ResumeScreen.tsx';

export function Screen({ name }: { name: ScreenName }) {
  switch (name) {
    case 'intro':
      return <IntroScreen />;
    case 'resume':
      return <ResumeScreen />;
    case 'exited':
      return <ExitedScreen />;
    case 'page':
      return <PageGate />;
    default:
      return <EndingGate name={name} />;
  }
}

function PageGate() {
  const { input } = usePlayer();
  const pageId = useSelector((s) => s.context.pageId);
  return (
    <WithParts names={partsForPage(input, pageId)}>
      {() => {
        const { PageScreen } = registeredPart<PagePart>('page')!;
        return <PageScreen />;
      }}
    </WithParts>
  );
}

function EndingGate({ name }: { name: Exclude<ScreenName, 'intro' | 'resume' | 'exited' | 'page'> }) {
  const { input } = usePlayer();
  return (
    // The ending's questions and contacts are drawn with the pages' components and styles.
    <WithParts names={['page', 'ending', ...wordsFor(input, 'ending')]}>
      {() => {
        const part = registeredPart<EndingPart>('ending')!;
        if (name === 'assessment-intro') return <part.AssessmentIntro />;
        if (name === 'assessment-question') return <part.AssessmentQuestion />;
        if (name === 'assessment-result') return <part.AssessmentResult />;
        return <part.SummaryScreen />;
      }}
    </WithParts>
  );
}
