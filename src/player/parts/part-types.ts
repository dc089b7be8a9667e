/**
 * What the player's own parts offer (packaging/player-parts.ts builds each into a classic
 * script beside player.js). Types only: the frame imports this file with `import type`,
 * so none of the parts' code reaches player.js.
 */
import type { ChecklistBlock } from '../blocks/ChecklistBlock.tsx';
import type { LikertBlock } from '../blocks/LikertBlock.tsx';
import type { PlanBlock } from '../blocks/PlanBlock.tsx';
import type { ReflectionBlock } from '../blocks/ReflectionBlock.tsx';
import type { ScenarioView } from '../blocks/ScenarioView.tsx';
import type { ContentsNav } from '../frame/ContentsNav.tsx';
import type { KnowledgeCheck } from '../questions/KnowledgeCheck.tsx';
import type { AssessmentIntro } from '../screens/AssessmentIntro.tsx';
import type { AssessmentQuestion } from '../screens/AssessmentQuestion.tsx';
import type { AssessmentResult } from '../screens/AssessmentResult.tsx';
import type { PageScreen } from '../screens/PageScreen.tsx';
import type { SummaryScreen } from '../screens/SummaryScreen.tsx';

/** page.js: a lesson's pages with the blocks a learner reads, and the contents list. */
export interface PagePart {
  PageScreen: typeof PageScreen;
  ContentsNav: typeof ContentsNav;
}

/** activities.js: the blocks a learner answers or writes in (isActivity in course/kinds.ts), for the pages that have them. */
export interface ActivitiesPart {
  KnowledgeCheck: typeof KnowledgeCheck;
  ScenarioView: typeof ScenarioView;
  ReflectionBlock: typeof ReflectionBlock;
  ChecklistBlock: typeof ChecklistBlock;
  PlanBlock: typeof PlanBlock;
  LikertBlock: typeof LikertBlock;
}

/** ending.js: the assessment, the summary and the completion screen. */
export interface EndingPart {
  AssessmentIntro: typeof AssessmentIntro;
  AssessmentQuestion: typeof AssessmentQuestion;
  AssessmentResult: typeof AssessmentResult;
  SummaryScreen: typeof SummaryScreen;
}
