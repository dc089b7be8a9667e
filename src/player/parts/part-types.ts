/**
 * What the player's own parts offer (packaging/player-parts.ts builds each into a classic
 * script beside player.js). Types only: the frame imports this file with `import type`,
 * so none of the parts' code reaches player.js.
 */
import type { ContentsNav } from '../frame/ContentsNav.tsx';
import type { AssessmentIntro } from '../screens/AssessmentIntro.tsx';
import type { AssessmentQuestion } from '../screens/AssessmentQuestion.tsx';
import type { AssessmentResult } from '../screens/AssessmentResult.tsx';
import type { PageScreen } from '../screens/PageScreen.tsx';
import type { SummaryScreen } from '../screens/SummaryScreen.tsx';

/** page.js: a lesson's pages with every kind of block, and the contents list. */
export interface PagePart {
  PageScreen: typeof PageScreen;
  ContentsNav: typeof ContentsNav;
}

/** ending.js: the assessment, the summary and the completion screen. */
export interface EndingPart {
  AssessmentIntro: typeof AssessmentIntro;
  AssessmentQuestion: typeof AssessmentQuestion;
  AssessmentResult: typeof AssessmentResult;
  SummaryScreen: typeof SummaryScreen;
}
